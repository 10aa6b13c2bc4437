/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Strings the user reads in the workbench shell. */
final class Messages extends NLS {
    public static String windowTitle;
    public static String menuFile;
    public static String menuEdit;
    public static String menuWindow;
    public static String menuHelp;

    static {
        NLS.initializeMessages("org.lawfulaccess.ui.internal.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
