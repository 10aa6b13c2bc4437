/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal;

import org.lawfulaccess.cli.Main;

/** The exit codes as the help lists them ({@code code:description}), numbered by {@link Main}'s constants. */
final class ExitCodes {

    static final String OK = Main.OK + ":clean: nothing at or above --fail-on"; //$NON-NLS-1$
    static final String FINDINGS = Main.FINDINGS + ":findings at or above --fail-on (validate)"; //$NON-NLS-1$
    static final String USAGE_OR_INPUT = Main.USAGE_OR_INPUT
            + ":a usage or input error (such as an unreadable file), explained on standard error"; //$NON-NLS-1$
    static final String INTERNAL_ERROR = Main.INTERNAL_ERROR
            + ":an internal error, a bug: one line on standard error naming the log file with the stack trace (--debug prints it)"; //$NON-NLS-1$

    private ExitCodes() {
    }
}
