package org.lawfulaccess.core.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Describes one persisted model format: its package, its root class, the root attribute that
 * carries the {@link FormatVersion}, the current version and the migrations from older versions.
 * <p>
 * The package's namespace URI must end in {@code /<major>} of the current version, for example
 * {@code https://lawfulaccess.org/ns/ecosystem/2}; older and newer majors are recognised by the same
 * prefix. Everything else in the persistence layer is independent of the concrete metamodel.
 */
public final class ModelFormat {

    private final EClass rootClass;
    private final EAttribute versionAttribute;
    private final FormatVersion currentVersion;
    private final String namespacePrefix;
    private final Map<FormatVersion, FormatMigration> migrations;

    private ModelFormat(Builder builder) {
        this.rootClass = builder.rootClass;
        this.versionAttribute = builder.versionAttribute;
        this.currentVersion = builder.currentVersion;
        String nsURI = nsURI();
        String majorSuffix = "/" + currentVersion.major(); //$NON-NLS-1$
        if (nsURI == null || !nsURI.endsWith(majorSuffix)) {
            throw new IllegalArgumentException("Namespace " + nsURI + " must end in " + majorSuffix); //$NON-NLS-1$ //$NON-NLS-2$
        }
        this.namespacePrefix = nsURI.substring(0, nsURI.length() - majorSuffix.length() + 1);
        this.migrations = Collections.unmodifiableMap(new TreeMap<>(builder.migrations));
    }

    /**
     * Starts describing a format.
     *
     * @param rootClass the class of the model root
     * @param versionAttribute the root's attribute that holds the format version (a string or an
     *            integer attribute)
     * @param currentVersion the version this release writes
     * @return a builder
     */
    public static Builder builder(EClass rootClass, EAttribute versionAttribute, FormatVersion currentVersion) {
        return new Builder(rootClass, versionAttribute, currentVersion);
    }

    /** @return the package of the root class */
    public EPackage ePackage() {
        return rootClass.getEPackage();
    }

    /** @return the namespace URI of the current major version */
    public String nsURI() {
        return ePackage().getNsURI();
    }

    /** @return the class of the model root */
    public EClass rootClass() {
        return rootClass;
    }

    /** @return the root attribute holding the format version */
    public EAttribute versionAttribute() {
        return versionAttribute;
    }

    /** @return the version this release writes */
    public FormatVersion currentVersion() {
        return currentVersion;
    }

    /**
     * Tells the major version a namespace URI belongs to, if it belongs to this format at all.
     *
     * @param namespace a namespace URI found in a file
     * @return the major version, or -1 if the namespace is not one of this format's
     */
    public int majorOf(String namespace) {
        if (namespace == null || !namespace.startsWith(namespacePrefix)) {
            return -1;
        }
        String rest = namespace.substring(namespacePrefix.length());
        // "01" is not "1": EMF matches namespaces exactly, so a file in it would read as foreign.
        if (rest.isEmpty() || rest.length() > 6 || !rest.chars().allMatch(Character::isDigit)
                || (rest.length() > 1 && rest.charAt(0) == '0')) {
            return -1;
        }
        return Integer.parseInt(rest);
    }

    /**
     * Finds the migrations that take a file from the given version to the current one.
     *
     * @param from the version found in a file
     * @return the steps in order; empty if the file needs none (current or newer minor version)
     * @throws IllegalStateException if no chain of migrations leads from that version
     */
    public List<FormatMigration> migrationPath(FormatVersion from) {
        List<FormatMigration> path = new ArrayList<>();
        FormatVersion at = from;
        while (at.compareTo(currentVersion) < 0) {
            FormatMigration step = migrations.get(at);
            if (step == null) {
                // Minor versions within the current major read as they are: they only add content.
                if (at.major() == currentVersion.major()) {
                    break;
                }
                throw new IllegalStateException("No migration from format " + at); //$NON-NLS-1$
            }
            path.add(step);
            at = step.to();
        }
        return path;
    }

    /**
     * Reads the version a loaded root declares.
     *
     * @param root a root of {@link #rootClass()}
     * @return the version, or null if the root does not declare one or declares nonsense
     */
    public FormatVersion versionOf(EObject root) {
        if (!root.eIsSet(versionAttribute)) {
            return null;
        }
        try {
            return FormatVersion.parse(String.valueOf(root.eGet(versionAttribute)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Writes the current version onto a root unless it already declares this or a newer one (a
     * newer minor version stays: its unknown content is kept, so the claim remains true).
     *
     * @param root a root of {@link #rootClass()}
     */
    public void stampCurrentVersion(EObject root) {
        FormatVersion declared = versionOf(root);
        if (declared != null && declared.compareTo(currentVersion) >= 0) {
            return;
        }
        EDataType type = versionAttribute.getEAttributeType();
        String literal = isInteger(type) ? Integer.toString(currentVersion.major()) : currentVersion.toString();
        root.eSet(versionAttribute, EcoreUtil.createFromString(type, literal));
    }

    private static boolean isInteger(EDataType type) {
        Class<?> instanceClass = type.getInstanceClass();
        return instanceClass == int.class || instanceClass == Integer.class
                || type == EcorePackage.Literals.EINT || type == EcorePackage.Literals.EINTEGER_OBJECT;
    }

    /** Collects the parts of a {@link ModelFormat}. */
    public static final class Builder {
        private final EClass rootClass;
        private final EAttribute versionAttribute;
        private final FormatVersion currentVersion;
        private final Map<FormatVersion, FormatMigration> migrations = new TreeMap<>();

        private Builder(EClass rootClass, EAttribute versionAttribute, FormatVersion currentVersion) {
            this.rootClass = Objects.requireNonNull(rootClass, "rootClass"); //$NON-NLS-1$
            this.versionAttribute = Objects.requireNonNull(versionAttribute, "versionAttribute"); //$NON-NLS-1$
            this.currentVersion = Objects.requireNonNull(currentVersion, "currentVersion"); //$NON-NLS-1$
        }

        /**
         * Adds a migration step; there is at most one step per from-version.
         *
         * @param migration the step
         * @return this builder
         */
        public Builder migration(FormatMigration migration) {
            if (migration.to().compareTo(migration.from()) <= 0) {
                throw new IllegalArgumentException("A migration must go forward: " + migration.from() + " -> " + migration.to()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (migrations.putIfAbsent(migration.from(), migration) != null) {
                throw new IllegalArgumentException("Two migrations from " + migration.from()); //$NON-NLS-1$
            }
            return this;
        }

        /** @return the format */
        public ModelFormat build() {
            return new ModelFormat(this);
        }
    }
}
