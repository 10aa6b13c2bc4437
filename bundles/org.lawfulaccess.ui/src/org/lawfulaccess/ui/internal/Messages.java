/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Strings the user reads in the workbench shell. */
public final class Messages extends NLS {
    public static String windowTitle;
    public static String windowTitleWithModel;
    public static String validated;
    public static String validating;
    public static String evidenceSelect;
    public static String evidenceNone;
    public static String evidenceUncited;
    public static String evidenceQuote;
    public static String menuFile;
    public static String menuEdit;
    public static String menuWindow;
    public static String menuHelp;
    public static String menuShowView;
    public static String documentNoEcosystem;
    public static String editorNotAFile;
    public static String editorCannotOpen;
    public static String saveFailedTitle;
    public static String revertAction;
    public static String revertTitle;
    public static String revertQuestion;
    public static String reloadFailedTitle;
    public static String changedOnDiskTitle;
    public static String changedOnDisk;
    public static String changedOnDiskDirty;
    public static String overviewType;
    public static String overviewCount;
    public static String overviewFacts;
    public static String overviewNoDate;
    public static String overviewWarnings;
    public static String undo;
    public static String redo;
    public static String problemsRule;
    public static String problemsMessage;
    public static String problemsWaive;
    public static String problemsUnwaive;
    public static String undoNamed;
    public static String redoNamed;
    public static String explorerGroup;
    public static String explorerRange;
    public static String explorerNew;
    public static String explorerDelete;
    public static String explorerRename;
    public static String explorerCopy;
    public static String explorerPaste;
    public static String explorerMoveActor;
    public static String deleteTitle;
    public static String deleteReferred;
    public static String deleteMore;
    public static String propertiesSeveral;
    public static String openFailedTitle;
    public static String openNoSuchFile;
    public static String openFilterModels;
    public static String openFilterAll;

    static {
        NLS.initializeMessages("org.lawfulaccess.ui.internal.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
