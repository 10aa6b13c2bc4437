/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.explorer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.edit.ui.Selections;
import org.lawfulaccess.ui.ModelDocuments;
import org.lawfulaccess.ui.internal.Messages;

/**
 * Deletes the selected elements with everything they contain, as one undoable command that also
 * clears the references to them. When other elements refer to what is deleted, it first says which
 * (a provider's practices, a scenario's requester) and asks.
 */
final class DeleteAction extends Action {

    private static final int SHOWN = 12;

    private final Shell shell;
    private final StructuredViewer viewer;
    private List<EObject> selected = List.of();

    DeleteAction(Shell shell, StructuredViewer viewer) {
        super(Messages.explorerDelete);
        this.shell = shell;
        this.viewer = viewer;
        setId(ActionFactory.DELETE.getId());
        setActionDefinitionId("org.eclipse.ui.edit.delete"); //$NON-NLS-1$
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
    }

    void selectionChanged(IStructuredSelection selection) {
        selected = Selections.eObjects(selection).stream().filter(e -> e.eContainer() != null).toList();
        setEnabled(!selected.isEmpty());
    }

    @Override
    public void run() {
        if (selected.isEmpty()) {
            return;
        }
        EditingDomain domain = ModelDocuments.get().documentOf(selected.get(0)).map(d -> d.editingDomain()).orElse(null);
        if (domain == null) {
            return;
        }
        List<String> referrers = referrers(selected);
        if (!referrers.isEmpty()) {
            String shown = String.join("\n", referrers.subList(0, Math.min(SHOWN, referrers.size()))); //$NON-NLS-1$
            if (referrers.size() > SHOWN) {
                shown += "\n" + Messages.bind(Messages.deleteMore, referrers.size() - SHOWN); //$NON-NLS-1$
            }
            if (!MessageDialog.openConfirm(shell, Messages.deleteTitle, Messages.bind(Messages.deleteReferred, shown))) {
                return;
            }
        }
        // What was around the deleted elements stays selected (their folder), so Undo is one keystroke away.
        Object parent = viewer.getContentProvider() instanceof ITreeContentProvider tree ? tree.getParent(selected.get(0)) : null;
        Command command = DeleteCommand.create(domain, selected);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
            if (parent != null) {
                viewer.setSelection(new StructuredSelection(parent), true);
            }
        }
        viewer.getControl().setFocus();
    }

    /** @return the elements outside the deleted ones that refer to one of them, labelled */
    static List<String> referrers(Collection<EObject> deleted) {
        Set<EObject> gone = new LinkedHashSet<>();
        for (EObject element : deleted) {
            gone.add(element);
            element.eAllContents().forEachRemaining(gone::add);
        }
        Map<EObject, Collection<Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(gone, EcoreUtil.getRootContainer(deleted.iterator().next()));
        Set<String> found = new LinkedHashSet<>();
        for (Collection<Setting> settings : usages.values()) {
            for (Setting setting : settings) {
                EObject referrer = setting.getEObject();
                if (!gone.contains(referrer) && !setting.getEStructuralFeature().isDerived()) {
                    found.add(Labels.reference(referrer));
                }
            }
        }
        return new ArrayList<>(found);
    }
}
