/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.validation;

import java.lang.reflect.InvocationTargetException;
import java.util.Iterator;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.lawfulaccess.ui.internal.Messages;
import org.lawfulaccess.validation.IncrementalValidation;

/**
 * Runs a full validation for the user: a small model in the UI thread under a busy cursor; a large
 * one in a modal progress dialog with Cancel, so nothing edits the model while the rules read it.
 * The count of findings, or the cancellation, goes to the status line.
 */
final class ValidationProgress {

    /** Below this many elements a full run takes well under half a second: no dialog. */
    private static final int DIALOG_THRESHOLD = 20_000;

    private ValidationProgress() {
    }

    static void run(LiveValidation live) {
        Display display = Display.getCurrent();
        String name = live.document().file().getName();
        IStatusLineManager status = statusLine();
        if (status != null) {
            status.setMessage(Messages.bind(Messages.validating, name));
        }
        IncrementalValidation[] result = new IncrementalValidation[1];
        if (isSmall(live)) {
            BusyIndicator.showWhile(display, () -> result[0] = live.compute(() -> false));
        } else {
            Shell shell = display.getActiveShell();
            try {
                new ProgressMonitorDialog(shell).run(true, true, monitor -> result[0] = compute(live, name, monitor));
            } catch (InterruptedException e) {
                if (status != null) {
                    status.setMessage(Messages.bind(ValidationMessages.validationCancelled, name));
                }
                return;
            } catch (InvocationTargetException e) {
                ILog.of(ValidationProgress.class).error(e.getCause().toString(), e.getCause());
                MessageDialog.openError(shell, ValidationMessages.validationFailedTitle, String.valueOf(e.getCause()));
                return;
            }
        }
        live.install(result[0]);
        if (status != null) {
            status.setMessage(Messages.bind(Messages.validated, name, live.findings().size()));
        }
    }

    private static IncrementalValidation compute(LiveValidation live, String name, IProgressMonitor monitor) throws InterruptedException {
        monitor.beginTask(Messages.bind(Messages.validating, name), IProgressMonitor.UNKNOWN);
        try {
            return live.compute(monitor::isCanceled);
        } catch (CancellationException e) {
            throw new InterruptedException();
        } finally {
            monitor.done();
        }
    }

    private static boolean isSmall(LiveValidation live) {
        int count = 0;
        for (Iterator<?> it = live.document().resource().getAllContents(); it.hasNext() && count < DIALOG_THRESHOLD; it.next()) {
            count++;
        }
        return count < DIALOG_THRESHOLD;
    }

    private static IStatusLineManager statusLine() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IEditorPart editor = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
        return editor == null ? null : editor.getEditorSite().getActionBars().getStatusLineManager();
    }
}
