package org.lawfulaccess.core;

import java.util.List;
import java.util.ServiceLoader;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.lawfulaccess.core.internal.persistence.LawfulResourceFactory;
import org.lawfulaccess.core.persistence.FormatVersion;
import org.lawfulaccess.core.persistence.ModelFormat;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.core.persistence.RenamingMigration;
import org.lawfulaccess.model.LawfulPackage;

/**
 * Entry point to {@code .lawful} files for plain Java, for tests and for the command line; it needs
 * no OSGi. Under OSGi the file extension is also registered globally through {@code plugin.xml},
 * but going through {@link #newModelStore()} is still preferred: it reports problems properly.
 */
public final class LawfulResources {

    /** The file extension of model files, without the dot. */
    public static final String FILE_EXTENSION = "lawful"; //$NON-NLS-1$

    /** The name of the root attribute that carries the format version. */
    public static final String FORMAT_VERSION_ATTRIBUTE = "formatVersion"; //$NON-NLS-1$

    /** The namespace of pre-release files, read through a migration. */
    static final String DRAFT_NS_URI = "https://lawfulaccess.org/ns/ecosystem/0"; //$NON-NLS-1$
    /** The namespace of format 1, which left unstated values unwritten and read them as the first literal. */
    static final String FORMAT_ONE_NS_URI = "https://lawfulaccess.org/ns/ecosystem/1"; //$NON-NLS-1$

    /** The format version this release writes unless the metamodel declares another default. */
    private static final FormatVersion CURRENT = new FormatVersion(2, 0);

    private LawfulResources() {
    }

    /** @return the format of ecosystem files, with its migrations */
    public static ModelFormat format() {
        return FormatHolder.FORMAT;
    }

    /**
     * Makes a resource set in which {@code .lawful} files load and save; the package and the
     * extension are registered in the set itself, so the global registries are not touched.
     *
     * @return a new resource set
     */
    public static ResourceSet newResourceSet() {
        return register(new ResourceSetImpl(), new LawfulResourceFactory(format()));
    }

    /**
     * @return a store for loading and saving ecosystem files with the default limits
     */
    public static ModelStore newModelStore() {
        LawfulResourceFactory factory = new LawfulResourceFactory(format());
        return ModelStore.builder(format(), () -> register(new ResourceSetImpl(), factory)).build();
    }

    private static ResourceSet register(ResourceSet set, LawfulResourceFactory factory) {
        EPackage ePackage = LawfulPackage.eINSTANCE;
        set.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
        for (EPackage extension : ExtensionHolder.PACKAGES) {
            set.getPackageRegistry().put(extension.getNsURI(), extension);
        }
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, factory);
        // A model saved under another name (model.xml, model.lawful.orig) is still read as one; what
        // is not a model is refused by its content.
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION, factory);
        return set;
    }

    /** The {@link ModelExtension}s on the class path, looked up once. */
    private static final class ExtensionHolder {
        static final List<EPackage> PACKAGES = ServiceLoader.load(ModelExtension.class, LawfulResources.class.getClassLoader())
                .stream().map(provider -> provider.get().ePackage()).toList();
    }

    /** Built on first use, after the package is initialised; immutable afterwards. */
    private static final class FormatHolder {
        static final ModelFormat FORMAT = create();

        private static ModelFormat create() {
            EClass root = LawfulPackage.eINSTANCE.getEcosystem();
            EAttribute version = (EAttribute) root.getEStructuralFeature(FORMAT_VERSION_ATTRIBUTE);
            if (version == null) {
                throw new IllegalStateException(root.getName() + " has no attribute " + FORMAT_VERSION_ATTRIBUTE); //$NON-NLS-1$
            }
            FormatVersion current = version.getDefaultValueLiteral() == null ? CURRENT : FormatVersion.parse(version.getDefaultValueLiteral());
            return ModelFormat.builder(root, version, current)
                    .migration(RenamingMigration.from(new FormatVersion(0, 0), new FormatVersion(1, 0))
                            .namespace(DRAFT_NS_URI, FORMAT_ONE_NS_URI)
                            .build())
                    // Format 2 states "not stated" explicitly; format 1 meant the first literal by writing nothing.
                    .migration(RenamingMigration.from(new FormatVersion(1, 0), new FormatVersion(2, 0))
                            .namespace(FORMAT_ONE_NS_URI, LawfulPackage.eNS_URI)
                            .implied("memberships", "status", "SIGNATORY") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            .implied("Criminalisation", "status", "CRIMINAL") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            .implied("ProviderPractice", "outcome", "COMPLIES") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            .implied("ProviderPractice", "routeKind", "DIRECT_REQUEST") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            .attributeToElements("ProviderPractice", "routeKind", "routeKinds") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            .implied("provisions", "legalForce", "BINDING") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            .build())
                    .build();
        }
    }
}
