/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.wizards;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.lawfulaccess.core.persistence.ModelLoadException;
import org.lawfulaccess.core.persistence.ModelSaveException;
import org.lawfulaccess.ui.ModelFiles;
import org.lawfulaccess.ui.internal.OpenModel;

/**
 * Help &gt; Open Example &gt; (an example): opens the analyst's own copy of the example in the
 * workspace project {@value ModelFiles#PROJECT}, made on first use; the installed example is never
 * edited. A copy made before is opened again as it is, with the analyst's changes: File &gt; New &gt;
 * Model... makes a fresh one. See docs/workspace.md.
 */
public final class OpenExampleHandler extends AbstractHandler {

    /** The command's id. */
    public static final String COMMAND = "org.lawfulaccess.ui.openExample"; //$NON-NLS-1$

    /** The command's parameter: the example's file name. */
    public static final String EXAMPLE = "org.lawfulaccess.ui.example"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        String fileName = event.getParameter(EXAMPLE);
        Optional<Example> example = Examples.named(fileName);
        if (example.isEmpty()) {
            MessageDialog.openError(window.getShell(), WizardMessages.openExampleTitle, WizardMessages.bind(WizardMessages.openExampleMissing, fileName));
            return null;
        }
        try {
            IFile copy = copyOf(example.get());
            OpenModel.open(window.getActivePage(), copy.getLocation().toFile().toPath());
        } catch (CoreException e) {
            MessageDialog.openError(window.getShell(), WizardMessages.openExampleTitle,
                    WizardMessages.bind(WizardMessages.openExampleFailed, e.getStatus().getMessage()));
        } catch (ModelLoadException | ModelSaveException e) {
            MessageDialog.openError(window.getShell(), WizardMessages.openExampleTitle, WizardMessages.bind(WizardMessages.openExampleFailed, e.getMessage()));
        }
        return null;
    }

    /** @return the analyst's copy of the example, written now if there is none yet */
    private static IFile copyOf(Example example) throws CoreException, ModelLoadException, ModelSaveException {
        IProject project = ModelFiles.project(null);
        String name = example.fileName();
        IFile copy = project.getFile(name);
        // A link of that name stands for a file opened from elsewhere (the installed example itself, perhaps): not the copy.
        for (int n = 2; copy.isLinked(); n++) {
            copy = project.getFile(name.substring(0, name.lastIndexOf('.')) + " (" + n + ")" + name.substring(name.lastIndexOf('.'))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        copy.refreshLocal(IResource.DEPTH_ZERO, null);
        if (!copy.exists()) {
            NewModels.writeCopy(copy.getLocation().toFile().toPath(), example, null);
        }
        return copy;
    }
}
