/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.validation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.part.FileEditorInput;
import org.lawfulaccess.ui.internal.editor.ModelEditor;
import org.lawfulaccess.validation.ConfigException;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.Suppression;
import org.lawfulaccess.validation.SuppressionFile;

/**
 * Waive Finding… and Remove Waiver, on the findings selected in the Problems view. A waiver asks
 * for a justification and records the user's name and today's date in the model's side file, where
 * {@code lawful validate} reads it too; the finding stays listed, as waived. Declared as
 * {@code WaiveHandler:waive} or {@code WaiveHandler:unwaive}.
 */
public final class WaiveHandler extends AbstractHandler implements IExecutableExtension {

    private boolean waive = true;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        waive = !"unwaive".equals(data); //$NON-NLS-1$
    }

    @Override
    public Object execute(ExecutionEvent event) {
        run(HandlerUtil.getActiveShell(event), HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(),
                HandlerUtil.getCurrentSelection(event), waive);
        return null;
    }

    /**
     * Waives or un-waives findings, as the commands do; also used by the Properties' Problems tab.
     *
     * @param shell the shell for the justification and messages
     * @param page the page with the models' editors
     * @param selection finding markers (or what adapts to them)
     * @param waive true to waive, false to remove waivers
     */
    public static void run(Shell shell, IWorkbenchPage page, Object selection, boolean waive) {
        WaiveHandler handler = new WaiveHandler();
        handler.waive = waive;
        handler.apply(shell, page, selection);
    }

    private void apply(Shell shell, IWorkbenchPage page, Object selection) {
        List<Target> targets = targets(selection, page);
        if (targets.isEmpty()) {
            MessageDialog.openInformation(shell, title(), waive ? ValidationMessages.waiveNothing : ValidationMessages.unwaiveNothing);
            return;
        }
        Suppression template = null;
        if (waive) {
            Path side = targets.get(0).editor.document().path();
            InputDialog dialog = new InputDialog(shell, title(), ValidationMessages.bind(ValidationMessages.waiveQuestion,
                    targets.size(), SuppressionFile.of(side).getFileName()), "", //$NON-NLS-1$
                    text -> text.isBlank() ? ValidationMessages.waiveEmpty : null);
            if (dialog.open() != Window.OK) {
                return;
            }
            template = new Suppression("-", dialog.getValue().strip(), System.getProperty("user.name", "?"), LocalDate.now()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        for (Target target : targets) {
            Suppression waiver = template == null ? null
                    : new Suppression(target.finding.fingerprint(), template.justification(), template.author(), template.date());
            try {
                target.editor.validation().setWaiver(target.finding, waiver);
            } catch (ConfigException e) {
                MessageDialog.openError(shell, ValidationMessages.waiveFailedTitle, e.getMessage());
                return;
            }
        }
    }

    private String title() {
        return waive ? ValidationMessages.waiveTitle : ValidationMessages.unwaiveTitle;
    }

    private record Target(ModelEditor editor, Finding finding) {
    }

    /** The selected findings that can take the action: not yet waived to waive, waived in the side file to un-waive. */
    private List<Target> targets(Object selection, IWorkbenchPage page) {
        List<Target> targets = new ArrayList<>();
        if (!(selection instanceof IStructuredSelection structured)) {
            return targets;
        }
        for (Object element : structured) {
            IMarker marker = Adapters.adapt(element, IMarker.class);
            if (marker == null || !(marker.getResource() instanceof IFile file) || !isFinding(marker)
                    || !(page.findEditor(new FileEditorInput(file)) instanceof ModelEditor editor) || editor.validation() == null) {
                continue;
            }
            Optional<Finding> finding = editor.validation().findingOf(marker);
            if (finding.isPresent() && finding.get().isSuppressed() != waive) {
                targets.add(new Target(editor, finding.get()));
            }
        }
        return targets;
    }

    private static boolean isFinding(IMarker marker) {
        try {
            return LiveValidation.MARKER.equals(marker.getType());
        } catch (CoreException e) {
            return false;
        }
    }
}
