package org.lawfulaccess.core.persistence;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.core.internal.persistence.LawfulResource;

/**
 * Elements that a model file gives the same {@code xmi:id}. The file loads, since refusing it
 * would leave the user no way to repair it in the workbench, but a reference to that id reaches
 * only one of them; validation reports each of them (LA-INT-01).
 * <p>
 * The elements are recorded while loading. An element removed since, or given another id, no
 * longer counts.
 */
public final class DuplicateIds {

    private DuplicateIds() {
    }

    /**
     * @param element an element, possibly null
     * @return the elements of its resource that were read with its id and still carry it, in file
     *         order and including the element itself; empty if no other element does
     */
    public static List<EObject> sharing(EObject element) {
        return element != null && element.eResource() instanceof LawfulResource lawful ? lawful.sharingId(element) : List.of();
    }
}
