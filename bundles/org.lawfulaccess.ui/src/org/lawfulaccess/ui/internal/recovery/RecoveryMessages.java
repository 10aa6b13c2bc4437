/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.recovery;

import org.eclipse.osgi.util.NLS;

/** Strings of crash recovery, from {@code recovery-messages.properties}. */
final class RecoveryMessages extends NLS {
    public static String copyFailed;
    public static String deleteFailed;
    public static String restoreTitle;
    public static String restoreQuestion;
    public static String restoreEntry;
    public static String restoreButton;
    public static String discardButton;
    public static String laterButton;
    public static String restoreFailedTitle;
    public static String restoreMissing;
    public static String restoreUnreadable;

    static {
        NLS.initializeMessages(RecoveryMessages.class.getPackageName() + ".recovery-messages", RecoveryMessages.class); //$NON-NLS-1$
    }

    private RecoveryMessages() {
    }
}
