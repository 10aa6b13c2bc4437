/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

/**
 * The rules cannot be assembled: two contributors declare one id (the message names the id and
 * both contributors), or a provider cannot be created.
 */
public final class RuleDiscoveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message the user-readable message */
    public RuleDiscoveryException(String message) {
        super(message);
    }

    /** @param message the user-readable message @param cause the underlying problem */
    public RuleDiscoveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
