/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.quickfix;

import org.eclipse.osgi.util.NLS;

/** Strings of the quick fixes, from {@code quickfix-messages.properties}. */
final class QuickFixMessages extends NLS {
    public static String unknownRule;
    public static String notAFix;
    public static String cannotCreate;
    public static String dialogTitle;
    public static String dialogMessage;
    public static String noFix;
    public static String proposal;
    public static String proposalDetail;
    public static String contactLabel;
    public static String contactDescription;
    public static String providerContactLabel;
    public static String providerContactDescription;
    public static String citeExistingLabel;
    public static String citeExistingDescription;
    public static String citeNewLabel;
    public static String citeNewDescription;
    public static String newSourceName;
    public static String newSourceTitle;
    public static String openValidityLabel;
    public static String openValidityDescription;
    public static String extendValidityLabel;
    public static String extendValidityDescription;
    public static String danglingLabel;
    public static String danglingDescription;
    public static String latencyLabel;
    public static String latencyDescription;
    public static String validityLabel;
    public static String validityDescription;
    public static String levelLabel;
    public static String levelDescription;
    public static String urgentLabel;
    public static String urgentDescription;
    public static String preservationLabel;
    public static String preservationDescription;
    public static String preservationName;

    static {
        NLS.initializeMessages("org.lawfulaccess.ui.internal.quickfix.quickfix-messages", QuickFixMessages.class); //$NON-NLS-1$
    }

    private QuickFixMessages() {
    }
}
