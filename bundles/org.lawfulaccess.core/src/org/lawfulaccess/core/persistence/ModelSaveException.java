package org.lawfulaccess.core.persistence;

import java.io.IOException;

/**
 * A model could not be saved; the file on disk is unchanged. {@link #getMessage()} names the file
 * and the reason in words meant for the user.
 */
public class ModelSaveException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message the user-readable message
     * @param cause the underlying exception, kept for logs; may be null
     */
    public ModelSaveException(String message, Throwable cause) {
        super(message, cause);
    }
}
