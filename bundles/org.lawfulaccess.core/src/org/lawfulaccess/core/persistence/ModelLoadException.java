package org.lawfulaccess.core.persistence;

import java.io.IOException;
import java.util.List;

import org.lawfulaccess.core.internal.Messages;

/**
 * A model file could not be loaded. {@link #getMessage()} is meant for the user as it is: it names
 * the file and, where known, line and column; it never contains parser internals or a stack trace.
 * <p>
 * It is an {@link IOException} so that it passes unchanged through EMF's
 * {@link org.eclipse.emf.ecore.resource.Resource#load(java.util.Map)}.
 */
public class ModelLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient List<LoadProblem> problems;

    /**
     * @param problems at least one problem
     * @param cause the underlying exception, kept for logs; may be null
     */
    public ModelLoadException(List<LoadProblem> problems, Throwable cause) {
        super(Messages.describe(problems), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A load failure needs at least one problem"); //$NON-NLS-1$
        }
        this.problems = List.copyOf(problems);
    }

    /** @param problem the single problem */
    public ModelLoadException(LoadProblem problem) {
        this(List.of(problem), null);
    }

    /** @return the problems, in file order where known; never empty */
    public List<LoadProblem> problems() {
        return problems;
    }
}
