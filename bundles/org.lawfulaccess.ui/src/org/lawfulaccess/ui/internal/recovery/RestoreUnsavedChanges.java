/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.recovery;

import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.lawfulaccess.core.persistence.ModelLoadException;
import org.lawfulaccess.ui.internal.OpenModel;
import org.lawfulaccess.ui.internal.editor.ModelEditor;
import org.lawfulaccess.ui.internal.recovery.RecoveryCopies.Copy;

/**
 * Offers, at start, the unsaved changes that a workbench which did not stop cleanly left as recovery
 * copies: restore them (each model opens with the changes, dirty, and its file is untouched until
 * saved), discard them, or decide at the next start.
 */
public final class RestoreUnsavedChanges {

    private static final int RESTORE = 0;
    private static final int DISCARD = 1;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private RestoreUnsavedChanges() {
    }

    /**
     * @param page where restored models open
     * @param copies the copies being kept
     * @param leftOver what an earlier run left, oldest first; nothing is asked when empty
     */
    public static void offer(IWorkbenchPage page, RecoveryCopies copies, List<Copy> leftOver) {
        if (leftOver.isEmpty()) {
            return;
        }
        String entries = leftOver.stream()
                .map(c -> RecoveryMessages.bind(RecoveryMessages.restoreEntry, c.file(), TIME.format(c.time())))
                .collect(Collectors.joining("\n")); //$NON-NLS-1$
        MessageDialog dialog = new MessageDialog(page.getWorkbenchWindow().getShell(), RecoveryMessages.restoreTitle, null,
                RecoveryMessages.bind(RecoveryMessages.restoreQuestion, entries), MessageDialog.QUESTION, RESTORE,
                RecoveryMessages.restoreButton, RecoveryMessages.discardButton, RecoveryMessages.laterButton);
        int answer = dialog.open();
        if (answer == DISCARD) {
            leftOver.forEach(copies::delete);
        } else if (answer == RESTORE) {
            restore(page, copies, leftOver);
        }
    }

    private static void restore(IWorkbenchPage page, RecoveryCopies copies, List<Copy> leftOver) {
        List<String> failures = new ArrayList<>();
        for (Copy copy : leftOver) {
            if (!Files.exists(copy.file())) {
                failures.add(RecoveryMessages.bind(RecoveryMessages.restoreMissing, copy.file(), copy.model()));
                continue;
            }
            IEditorPart editor = OpenModel.open(page, copy.file());
            if (editor instanceof ModelEditor modelEditor && modelEditor.document() != null) {
                try {
                    modelEditor.document().restore(copy.model());
                    copies.delete(copy); // the document is dirty now, so a fresh copy is taken
                } catch (ModelLoadException e) {
                    failures.add(RecoveryMessages.bind(RecoveryMessages.restoreUnreadable,
                            new Object[] { copy.file(), copy.model(), e.getMessage() }));
                }
            }
        }
        if (!failures.isEmpty()) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), RecoveryMessages.restoreFailedTitle,
                    String.join("\n\n", failures)); //$NON-NLS-1$
        }
    }
}
