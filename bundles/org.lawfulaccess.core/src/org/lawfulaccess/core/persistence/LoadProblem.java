package org.lawfulaccess.core.persistence;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.core.internal.Messages;

/**
 * A problem of a model file, in words a user can act on: a reason it could not be loaded (in a
 * {@link ModelLoadException}), or content that was loaded but is kept aside, unread (a warning in
 * {@link Resource#getWarnings()}, see {@link ModelStore#warnings(Resource)}).
 *
 * @param kind what went wrong
 * @param file the file as shown to the user
 * @param line the 1-based line, or 0 if the problem has no position
 * @param column the 1-based column, or 0 if unknown
 * @param message what went wrong, without the file and position
 */
public record LoadProblem(Kind kind, String file, int line, int column, String message) implements Resource.Diagnostic {

    /** What kind of problem a {@link LoadProblem} is. */
    public enum Kind {
        /** The file could not be read at all (missing, unreadable). */
        UNREADABLE,
        /** The file is larger than the configured limit. */
        TOO_LARGE,
        /** The file contains a document type declaration, which is refused. */
        DOCTYPE_REFUSED,
        /** The file is not well-formed XML, for example because it is truncated. */
        MALFORMED,
        /** A reference names an id that no element in the file carries. */
        DANGLING_REFERENCE,
        /** The file is in a format this release cannot read or migrate. */
        UNSUPPORTED_FORMAT,
        /** The file's root is not a model root of this format (another namespace or element). */
        NOT_A_MODEL,
        /** The content does not fit the metamodel (wrong value, unknown type in a known place). */
        INVALID_CONTENT,
        /**
         * A warning: content this release does not know (a type, an element, an attribute, a root)
         * is kept as it is and saved again, but not analysed.
         */
        UNKNOWN_CONTENT
    }

    /** Creates a problem; null file or message are not allowed. */
    public LoadProblem {
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        Objects.requireNonNull(file, "file"); //$NON-NLS-1$
        Objects.requireNonNull(message, "message"); //$NON-NLS-1$
    }

    /** @return whether {@link #line()} and {@link #column()} are known */
    public boolean hasPosition() {
        return line > 0;
    }

    /** @return the problem as one line: file, line and column where known, and the message */
    public String describe() {
        return Messages.describe(List.of(this));
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public String getLocation() {
        return file;
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getColumn() {
        return column;
    }
}
