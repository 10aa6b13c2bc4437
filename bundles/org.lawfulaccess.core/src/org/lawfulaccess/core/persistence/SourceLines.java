package org.lawfulaccess.core.persistence;

import java.util.OptionalInt;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.core.internal.persistence.LawfulResource;

/**
 * Where the elements of a loaded model file are written: the line on which each element's start
 * tag begins, for reports that point at {@code file:line}.
 * <p>
 * Lines are recorded while loading and describe the file as it was read. Editing the model does not
 * move them, so after edits they may be stale until the file is saved and loaded again; elements
 * created after the load have none. A file in an older format has none either: it is migrated
 * before it is read, and the migrated text is laid out differently; once saved in the current
 * format it has lines on the next load.
 * <p>
 * Looking lines up is thread-safe. Loading records a line per element (about 8 bytes each); the
 * first look-up in a resource builds an index (some 25 ms and 2 MB for 100,000 elements).
 */
public final class SourceLines {

    private static final SourceLines NONE = new SourceLines(null);

    private final LawfulResource resource;

    private SourceLines(LawfulResource resource) {
        this.resource = resource;
    }

    /**
     * @param resource a resource, possibly null
     * @return the lines of the resource; knows none if it was not loaded from a model file
     */
    public static SourceLines of(Resource resource) {
        return resource instanceof LawfulResource lawful ? new SourceLines(lawful) : NONE;
    }

    /**
     * Shorthand for {@code of(element.eResource()).lineOf(element)}.
     *
     * @param element an element, possibly null
     * @return the line of the element in the file its resource was loaded from, if known
     */
    public static OptionalInt find(EObject element) {
        return element == null ? OptionalInt.empty() : of(element.eResource()).lineOf(element);
    }

    /**
     * @param element an element, possibly null
     * @return the line (from 1) on which the element's start tag begins in the file; empty for an
     *         element of another resource, one created after the load, or one of a migrated file
     */
    public OptionalInt lineOf(EObject element) {
        if (resource == null || element == null || element.eResource() != resource) {
            return OptionalInt.empty();
        }
        int line = resource.sourceLine(element);
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }
}
