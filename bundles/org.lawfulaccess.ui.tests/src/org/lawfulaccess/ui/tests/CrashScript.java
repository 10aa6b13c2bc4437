/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.ui.ModelDocument;
import org.lawfulaccess.ui.ModelDocuments;
import org.lawfulaccess.ui.internal.editor.ModelEditor;
import org.lawfulaccess.ui.internal.explorer.ModelExplorer;
import org.lawfulaccess.ui.tests.support.Ui;

/**
 * One step of {@link CrashRecoveryTest}, played inside a workbench that the test starts as a
 * separate process and kills: {@value #EDIT} renames the open model, as the properties would;
 * {@value #RESTORE} answers the offer to restore unsaved changes and reports what the editor, the
 * window title and the Model Explorer then show. Each step writes its report to the file the test names; a workbench not started by the
 * test does nothing.
 */
public final class CrashScript implements IStartup {

    static final String STEP = "lawful.crash.step"; //$NON-NLS-1$
    static final String REPORT = "lawful.crash.report"; //$NON-NLS-1$
    static final String EDIT = "edit"; //$NON-NLS-1$
    static final String RESTORE = "restore"; //$NON-NLS-1$
    static final String NEW_NAME = "France 2016, edited before the crash"; //$NON-NLS-1$

    @Override
    public void earlyStartup() {
        String step = System.getProperty(STEP);
        if (step == null) {
            return;
        }
        Path report = Path.of(System.getProperty(REPORT));
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            if (EDIT.equals(step)) {
                when(report, () -> ModelDocuments.get().all().stream().findFirst(), CrashScript::edit);
            } else if (RESTORE.equals(step)) {
                List<String> seen = new ArrayList<>();
                Ui.answerDialog("Restore Unsaved Changes", "Restore", seen); //$NON-NLS-1$ //$NON-NLS-2$
                when(report, CrashScript::restored, editor -> reportRestored(editor, seen));
            }
        });
    }

    /**
     * Polls from the event loop, without blocking it (the workbench opens its dialogs meanwhile),
     * until the value is there, then reports what the action returns.
     */
    private static <T> void when(Path report, Supplier<Optional<T>> value, Function<T, String> action) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 90_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            try {
                Optional<T> found = value.get();
                if (found.isPresent()) {
                    write(report, action.apply(found.get()));
                } else if (System.currentTimeMillis() < end) {
                    display.timerExec(200, poll[0]);
                } else {
                    write(report, "failed: nothing to act on in time"); //$NON-NLS-1$
                }
            } catch (RuntimeException | AssertionError e) {
                write(report, "failed: " + e); //$NON-NLS-1$
            }
        };
        display.timerExec(200, poll[0]);
    }

    private static String edit(ModelDocument document) {
        EditingDomain domain = document.editingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, document.ecosystem(), LawfulPackage.Literals.NAMED_ELEMENT__NAME, NEW_NAME));
        return "edited"; //$NON-NLS-1$
    }

    private static Optional<IEditorPart> restored() {
        IEditorPart active = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
        return active != null && active.isDirty() ? Optional.of(active) : Optional.empty();
    }

    private static String reportRestored(IEditorPart editor, List<String> seen) {
        IWorkbenchWindow window = editor.getSite().getWorkbenchWindow();
        Ecosystem ecosystem = ((ModelEditor) editor).document().ecosystem();
        try {
            Ui.screenshot(window.getShell(), "restored-after-crash.png"); //$NON-NLS-1$
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ModelExplorer explorer = (ModelExplorer) window.getActivePage().findView(ModelExplorer.ID);
        String explorerRoots = String.join(" | ", Ui.texts(explorer.getCommonViewer().getTree().getItems())); //$NON-NLS-1$
        return String.join("\n", "restored", ecosystem.getName(), editor.getTitle(), window.getShell().getText(), //$NON-NLS-1$ //$NON-NLS-2$
                explorerRoots, String.join(" ", seen)); //$NON-NLS-1$
    }

    private static void write(Path report, String text) {
        try {
            Path partial = report.resolveSibling(report.getFileName() + ".partial"); //$NON-NLS-1$
            Files.writeString(partial, text);
            Files.move(partial, report, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
