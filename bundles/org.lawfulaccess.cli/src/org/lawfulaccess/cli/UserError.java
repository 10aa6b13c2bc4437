/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli;

/**
 * A problem the user can fix (bad arguments, an unreadable or malformed file): reported as one
 * clear message and exit code {@link Main#USAGE_OR_INPUT}, never as a stack trace.
 */
public final class UserError extends Exception {

    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
