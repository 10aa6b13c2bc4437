/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.lawfulaccess.ui.ModelFiles;
import org.lawfulaccess.ui.internal.editor.ModelEditor;

/** Opens a model file from disk in the model editor: the one way File &gt; Open, the command line and the tests open models. */
public final class OpenModel {

    private OpenModel() {
    }

    /**
     * @param page the page to open it in
     * @param file a file on disk
     * @return the editor, or null if the file does not exist or the workspace cannot link it (the user was told)
     */
    public static IEditorPart open(IWorkbenchPage page, Path file) {
        if (!Files.exists(file)) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.openFailedTitle,
                    Messages.bind(Messages.openNoSuchFile, file));
            return null;
        }
        try {
            IFile workspaceFile = ModelFiles.forPath(file, null);
            return IDE.openEditor(page, workspaceFile, ModelEditor.ID, true);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.openFailedTitle, e.getMessage());
        } catch (CoreException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.openFailedTitle, e.getStatus().getMessage());
        }
        return null;
    }
}
