/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

/**
 * A configuration, suppression or baseline file is wrong. The message is meant for the user as it
 * is and names the file and line ({@code checks.properties:12: ...}).
 */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the user-readable message */
    public ConfigException(String message) {
        super(message);
    }

    /** @param message the user-readable message @param cause the underlying problem */
    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
