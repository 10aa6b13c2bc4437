package org.lawfulaccess.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * One step that rewrites a model file from an older format version to a newer one.
 * <p>
 * Migrations work on the XML text before EMF reads it, so that they can rename namespaces, types
 * and features that the current metamodel no longer knows. They are keyed by {@link #from()} and
 * chained until the current version is reached; the loader then stamps the current version on the
 * root. {@link RenamingMigration} covers the common renames.
 */
public interface FormatMigration {

    /** @return the version this step reads */
    FormatVersion from();

    /** @return the version this step writes; greater than {@link #from()} */
    FormatVersion to();

    /**
     * Rewrites one document. The input never contains a document type declaration: hostile input
     * has been refused before any migration runs.
     *
     * @param in the document in version {@link #from()}; not to be closed
     * @param out receives the document in version {@link #to()}, UTF-8 encoded; not to be closed
     * @throws IOException if the input cannot be read or rewritten
     */
    void migrate(InputStream in, OutputStream out) throws IOException;
}
