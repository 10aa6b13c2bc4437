/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.validation;

import org.eclipse.osgi.util.NLS;

/** Strings of validation in the workbench, from {@code validation-messages.properties}. */
final class ValidationMessages extends NLS {
    public static String waivedMarker;
    public static String validationCancelled;
    public static String validationFailedTitle;
    public static String preferencesDescription;
    public static String preferencesFile;
    public static String preferencesBrowse;
    public static String preferencesRule;
    public static String preferencesSeverity;
    public static String preferencesParameters;
    public static String preferencesDefaultSeverity;
    public static String preferencesBadParameters;
    public static String preferencesUnwritable;
    public static String asOfLabel;
    public static String asOfTooltip;
    public static String asOfReset;
    public static String asOfResetTooltip;
    public static String waiveTitle;
    public static String unwaiveTitle;
    public static String waiveQuestion;
    public static String waiveEmpty;
    public static String waiveNothing;
    public static String unwaiveNothing;
    public static String waiveFailedTitle;

    static {
        NLS.initializeMessages("org.lawfulaccess.ui.internal.validation.validation-messages", ValidationMessages.class); //$NON-NLS-1$
    }

    private ValidationMessages() {
    }
}
