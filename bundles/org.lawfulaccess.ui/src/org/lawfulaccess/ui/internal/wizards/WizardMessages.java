/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** Strings of the New Model wizard and of Help &gt; Open Example, from {@code wizard-messages.properties}. */
final class WizardMessages extends NLS {
    public static String wizardTitle;
    public static String creating;
    public static String startTitle;
    public static String startDescription;
    public static String startFrom;
    public static String startEmpty;
    public static String startEmptyDescription;
    public static String startExampleDescription;
    public static String startNoDate;
    public static String startName;
    public static String startDefaultName;
    public static String startNoName;
    public static String locationTitle;
    public static String locationDescription;
    public static String locationFileName;
    public static String locationFolder;
    public static String locationBrowse;
    public static String locationBrowseMessage;
    public static String locationResult;
    public static String locationNoName;
    public static String locationBadName;
    public static String locationNoFolder;
    public static String locationRelative;
    public static String locationNoSuchFolder;
    public static String locationReadOnly;
    public static String locationExists;
    public static String createFailed;
    public static String openExampleTitle;
    public static String openExampleMissing;
    public static String openExampleFailed;
    public static String examplesNone;

    static {
        NLS.initializeMessages("org.lawfulaccess.ui.internal.wizards.wizard-messages", WizardMessages.class); //$NON-NLS-1$
    }

    private WizardMessages() {
    }
}
