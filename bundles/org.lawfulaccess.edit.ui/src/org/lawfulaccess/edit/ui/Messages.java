/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import org.eclipse.osgi.util.NLS;

/** Strings the user reads in property editors: why a typed value is refused. */
final class Messages extends NLS {
    public static String notADate;
    public static String notADuration;
    public static String notValid;
    public static String valueRequired;
    public static String typeWholeNumber;
    public static String typeNumber;
    public static String listSeparator;

    static {
        NLS.initializeMessages("org.lawfulaccess.edit.ui.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
