/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;

/** The window title names the model in front and shows {@code *} while it has unsaved changes, as the editor tab does. */
final class WindowTitle implements IPartListener2, IPropertyListener {

    private final IWorkbenchWindow window;
    private IEditorPart editor;

    private WindowTitle(IWorkbenchWindow window) {
        this.window = window;
    }

    static void follow(IWorkbenchWindow window) {
        WindowTitle title = new WindowTitle(window);
        window.getPartService().addPartListener(title);
        title.editorChanged(window.getActivePage() == null ? null : window.getActivePage().getActiveEditor());
    }

    @Override
    public void partBroughtToTop(IWorkbenchPartReference reference) {
        partActivated(reference);
    }

    @Override
    public void partActivated(IWorkbenchPartReference reference) {
        if (reference.getPart(false) instanceof IEditorPart part) {
            editorChanged(part);
        }
    }

    @Override
    public void partClosed(IWorkbenchPartReference reference) {
        if (reference.getPart(false) == editor) {
            editorChanged(window.getActivePage() == null ? null : window.getActivePage().getActiveEditor());
        }
    }

    @Override
    public void propertyChanged(Object source, int property) {
        update();
    }

    private void editorChanged(IEditorPart next) {
        if (editor != null) {
            editor.removePropertyListener(this);
        }
        editor = next;
        if (editor != null) {
            editor.addPropertyListener(this);
        }
        update();
    }

    private void update() {
        if (window.getShell() == null || window.getShell().isDisposed()) {
            return;
        }
        String title = editor == null ? Messages.windowTitle
                : Messages.bind(Messages.windowTitleWithModel, (editor.isDirty() ? "*" : "") + editor.getTitle(), Messages.windowTitle); //$NON-NLS-1$ //$NON-NLS-2$
        if (!title.equals(window.getShell().getText())) {
            window.getShell().setText(title);
        }
    }
}
