/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.explorer;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ICellModifier;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Item;
import org.eclipse.ui.actions.ActionFactory;
import org.lawfulaccess.edit.ui.Selections;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.NamedElement;
import org.lawfulaccess.ui.ModelDocuments;
import org.lawfulaccess.ui.internal.Messages;

/**
 * Rename in place (F2): edits the selected element's name in the tree; Enter applies it as one
 * command, Escape cancels. The tree shows the full label, the editor the name alone.
 */
final class RenameAction extends Action {

    private static final String NAME = "name"; //$NON-NLS-1$

    private final StructuredViewer viewer;
    private NamedElement selected;
    private boolean editing;

    RenameAction(StructuredViewer viewer) {
        super(Messages.explorerRename);
        this.viewer = viewer;
        setId(ActionFactory.RENAME.getId());
        setActionDefinitionId("org.eclipse.ui.edit.rename"); //$NON-NLS-1$
        if (viewer instanceof TreeViewer tree) {
            tree.setColumnProperties(new String[] { NAME });
            tree.setCellEditors(new TextCellEditor[] { new TextCellEditor(tree.getTree()) });
            tree.setCellModifier(new NameModifier());
        }
    }

    void selectionChanged(IStructuredSelection selection) {
        List<EObject> elements = Selections.eObjects(selection);
        selected = elements.size() == 1 && elements.get(0) instanceof NamedElement named && named.eContainer() != null ? named : null;
        setEnabled(selected != null && viewer instanceof TreeViewer);
    }

    @Override
    public void run() {
        if (selected != null && viewer instanceof TreeViewer tree) {
            editing = true;
            try {
                tree.editElement(selected, 0);
            } finally {
                editing = false;
            }
        }
    }

    /** Lets the tree edit only when asked to rename, so a click never starts editing. */
    private final class NameModifier implements ICellModifier {
        @Override
        public boolean canModify(Object element, String property) {
            return editing && element instanceof NamedElement;
        }

        @Override
        public Object getValue(Object element, String property) {
            String name = ((NamedElement) element).getName();
            return name == null ? "" : name; //$NON-NLS-1$
        }

        @Override
        public void modify(Object element, String property, Object value) {
            Object target = element instanceof Item item ? item.getData() : element;
            if (!(target instanceof NamedElement named) || value == null || value.equals(named.getName())) {
                return;
            }
            EditingDomain domain = ModelDocuments.get().documentOf(named).map(d -> (EditingDomain) d.editingDomain()).orElse(null);
            if (domain != null) {
                domain.getCommandStack().execute(SetCommand.create(domain, named, LawfulPackage.Literals.NAMED_ELEMENT__NAME, value));
            }
        }
    }
}
