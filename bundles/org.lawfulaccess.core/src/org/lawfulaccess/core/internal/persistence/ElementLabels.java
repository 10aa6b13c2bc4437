package org.lawfulaccess.core.internal.persistence;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.lawfulaccess.core.internal.Messages;

/**
 * Names an element in a message without the edit layer: its type and its name if it has one,
 * otherwise its id. Good enough for load errors, where item providers may not be available.
 */
final class ElementLabels {

    private ElementLabels() {
    }

    static String label(EObject element) {
        if (element == null) {
            return "?"; //$NON-NLS-1$
        }
        String type = element.eClass().getName();
        EStructuralFeature nameFeature = element.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
        if (nameFeature != null && !nameFeature.isMany() && element.eGet(nameFeature) instanceof String name && !name.isBlank()) {
            return Messages.format("element.named", type, name); //$NON-NLS-1$
        }
        if (element instanceof AnyType unknown) {
            // Content of a type this release does not know: its attributes are all it has.
            for (FeatureMap.Entry entry : unknown.getAnyAttribute()) {
                if ("name".equals(entry.getEStructuralFeature().getName()) && entry.getValue() != null) { //$NON-NLS-1$
                    return Messages.format("element.named", type, entry.getValue()); //$NON-NLS-1$
                }
            }
            return Messages.format("element.plain", type); //$NON-NLS-1$
        }
        Resource resource = element.eResource();
        String id = resource instanceof XMLResource xml ? xml.getID(element) : null;
        if (id == null) {
            id = EcoreUtil.getURI(element).fragment();
        }
        return id == null ? Messages.format("element.plain", type) : Messages.format("element.anonymous", type, id); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
