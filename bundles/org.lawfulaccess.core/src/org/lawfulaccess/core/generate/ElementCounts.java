package org.lawfulaccess.core.generate;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * How many elements of each type a model has. An element is any {@link EObject} in the
 * containment tree, root and citations included, because that is what loading, saving and memory
 * scale with; types are counted by the name of their exact class, so {@code DomesticObligation}
 * is not also counted as {@code Instrument}.
 *
 * @param byType the count of each type, by class name in alphabetical order
 */
public record ElementCounts(SortedMap<String, Integer> byType) {

    /** Keeps an unmodifiable copy. */
    public ElementCounts {
        byType = Collections.unmodifiableSortedMap(new TreeMap<>(byType));
    }

    /**
     * @param root the root of a tree
     * @return the counts of the root and everything it contains
     */
    public static ElementCounts of(EObject root) {
        Map<String, Integer> counts = new TreeMap<>();
        counts.merge(root.eClass().getName(), 1, Integer::sum);
        count(root.eAllContents(), counts);
        return new ElementCounts(new TreeMap<>(counts));
    }

    /**
     * @param resource a resource
     * @return the counts of all its roots and their contents, foreign roots included
     */
    public static ElementCounts of(Resource resource) {
        Map<String, Integer> counts = new TreeMap<>();
        count(resource.getAllContents(), counts);
        return new ElementCounts(new TreeMap<>(counts));
    }

    private static void count(Iterator<EObject> elements, Map<String, Integer> counts) {
        while (elements.hasNext()) {
            counts.merge(elements.next().eClass().getName(), 1, Integer::sum);
        }
    }

    /** @return the number of elements of all types */
    public int total() {
        return byType.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * @param type a class name such as {@code "Provision"}
     * @return how many elements of exactly that class there are, 0 if none
     */
    public int get(String type) {
        return byType.getOrDefault(type, 0);
    }
}
