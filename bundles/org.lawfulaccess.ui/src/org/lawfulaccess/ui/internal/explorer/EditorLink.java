/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.explorer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.navigator.ILinkHelper;
import org.eclipse.ui.part.FileEditorInput;
import org.lawfulaccess.edit.ui.Selections;
import org.lawfulaccess.ui.ModelDocuments;

/** Link with Editor: the editor in front selects its model in the explorer, and an element selected there brings its model's editor to the front. */
public final class EditorLink implements ILinkHelper {

    @Override
    public IStructuredSelection findSelection(IEditorInput input) {
        if (input instanceof IFileEditorInput fileInput) {
            return ModelDocuments.get().find(fileInput.getFile())
                    .map(document -> (IStructuredSelection) new StructuredSelection(document.ecosystem()))
                    .orElse(StructuredSelection.EMPTY);
        }
        return StructuredSelection.EMPTY;
    }

    @Override
    public void activateEditor(IWorkbenchPage page, IStructuredSelection selection) {
        EObject element = Selections.first(selection).orElse(null);
        if (element == null) {
            return;
        }
        ModelDocuments.get().documentOf(element).ifPresent(document -> {
            IEditorPart editor = page.findEditor(new FileEditorInput(document.file()));
            if (editor != null) {
                page.bringToTop(editor);
            }
        });
    }
}
