package org.lawfulaccess.core.internal.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.core.internal.Messages;
import org.lawfulaccess.core.persistence.LoadProblem;
import org.lawfulaccess.core.persistence.LoadProblem.Kind;

/**
 * Says where a loaded file has content this release does not know. EMF keeps such content for
 * saving, as roots of made-up types and, below a model element, in the resource's extension map:
 * an element of an unknown type in a known list, an unknown element or an unknown attribute. No
 * analysis sees it, so a typo in a type name would otherwise silently remove an element and its
 * findings.
 */
final class UnknownContent {

    /** Warnings listed per file; the rest are counted, so a file of a newer release stays readable. */
    static final int LISTED = 20;

    private UnknownContent() {
    }

    /**
     * @param resource the resource just loaded
     * @param file the file as shown to the user
     * @return the warnings, by line, at most {@link #LISTED} and a count of the others
     */
    static List<LoadProblem> find(LawfulResource resource, String file) {
        EPackage model = resource.format().rootClass().getEPackage();
        List<LoadProblem> found = new ArrayList<>();
        for (EObject root : resource.getContents()) {
            if (root instanceof AnyType) {
                found.add(warning(file, resource.sourceLine(root), Messages.format("load.unknownRoot", //$NON-NLS-1$
                        Messages.shorten(root.eClass().getName()), Messages.shorten(namespaceOf(root.eClass())))));
            }
        }
        for (Map.Entry<EObject, AnyType> entry : resource.getEObjectToExtensionMap().entrySet()) {
            EObject owner = entry.getKey();
            if (!(owner instanceof AnyType)) {
                describe(resource, file, model, owner, entry.getValue(), found);
            }
        }
        found.sort(Comparator.comparingInt(LoadProblem::line));
        if (found.size() <= LISTED) {
            return found;
        }
        List<LoadProblem> listed = new ArrayList<>(found.subList(0, LISTED));
        listed.add(warning(file, 0, Messages.format("load.unknownMore", found.size() - LISTED))); //$NON-NLS-1$
        return listed;
    }

    private static void describe(LawfulResource resource, String file, EPackage model, EObject owner, AnyType extension,
            List<LoadProblem> found) {
        String label = Messages.shorten(Labels.reference(owner));
        int ownerLine = resource.sourceLine(owner);
        for (FeatureMap.Entry element : extension.getAny()) {
            String name = Messages.shorten(element.getEStructuralFeature().getName());
            Object value = element.getValue();
            int line = value instanceof EObject child && resource.sourceLine(child) > 0 ? resource.sourceLine(child) : ownerLine;
            String message;
            if (owner.eClass().getEStructuralFeature(element.getEStructuralFeature().getName()) == null) {
                message = Messages.format("load.unknownElement", name, label); //$NON-NLS-1$
            } else if (value instanceof AnyType unknown) {
                EClass type = unknown.eClass();
                String namespace = namespaceOf(type);
                if (!namespace.equals(model.getNsURI())) {
                    message = Messages.format("load.unknownTypeIn", qualified(type.getEPackage(), type), name, label, Messages.shorten(namespace)); //$NON-NLS-1$
                } else {
                    // The model's own prefix: a made-up package for this namespace has a made-up one.
                    boolean isAbstract = model.getEClassifier(type.getName()) instanceof EClass known && known.isAbstract();
                    message = Messages.format(isAbstract ? "load.abstractType" : "load.unknownType", qualified(model, type), name, label); //$NON-NLS-1$ //$NON-NLS-2$
                }
            } else {
                String type = value instanceof EObject child ? child.eClass().getName() : "?"; //$NON-NLS-1$
                message = Messages.format("load.misplacedType", type, name, label); //$NON-NLS-1$
            }
            found.add(warning(file, line, message));
        }
        for (FeatureMap.Entry attribute : extension.getAnyAttribute()) {
            found.add(warning(file, ownerLine,
                    Messages.format("load.unknownAttribute", Messages.shorten(attribute.getEStructuralFeature().getName()), label))); //$NON-NLS-1$
        }
    }

    private static String qualified(EPackage ePackage, EClass type) {
        String prefix = ePackage == null ? null : ePackage.getNsPrefix();
        return Messages.shorten(prefix == null || prefix.isEmpty() ? type.getName() : prefix + ':' + type.getName());
    }

    private static String namespaceOf(EClass type) {
        String uri = type.getEPackage() == null ? null : type.getEPackage().getNsURI();
        return uri == null ? "" : uri; //$NON-NLS-1$
    }

    private static LoadProblem warning(String file, int line, String message) {
        return new LoadProblem(Kind.UNKNOWN_CONTENT, file, line, 0, message);
    }
}
