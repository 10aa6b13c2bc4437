/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.editor;

import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.lawfulaccess.ui.internal.Messages;

/** Binds Edit > Undo/Redo and File > Revert to the model editor in front. */
public final class ModelEditorContributor extends EditorActionBarContributor {

    private final CommandStackAction undo = CommandStackAction.undo();
    private final CommandStackAction redo = CommandStackAction.redo();
    private ModelEditor editor;
    private final Action revert = new Action(Messages.revertAction) {
        @Override
        public void run() {
            if (editor != null) {
                editor.revert();
            }
        }
    };

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        editor = part instanceof ModelEditor modelEditor ? modelEditor : null;
        undo.setDomain(part instanceof IEditingDomainProvider provider ? provider.getEditingDomain() : null);
        redo.setDomain(part instanceof IEditingDomainProvider provider ? provider.getEditingDomain() : null);
        getActionBars().updateActionBars();
    }

    @Override
    public void dispose() {
        undo.setDomain(null);
        redo.setDomain(null);
        super.dispose();
    }
}
