/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.explorer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.lawfulaccess.edit.ui.Selections;
import org.lawfulaccess.ui.ModelDocuments;
import org.lawfulaccess.ui.internal.Messages;

/**
 * Copy and Paste in the Model Explorer, as EMF's editors do them through the editing domain's
 * clipboard. Copy takes a copy of the selected elements with what they contain; Paste adds fresh
 * copies of those (with new ids) to the selected element, folder or, when they do not fit there, the
 * selected element's container, as one undoable command, and selects them. References to elements
 * that were not copied keep pointing at the same elements, so pasting stays within the model copied
 * from.
 */
final class ClipboardAction extends Action {

    private static Collection<EObject> clipboard = List.of();
    private static Resource copiedFrom;

    private final boolean copy;
    private final StructuredViewer viewer;
    private final ClipboardAction paste;
    private IStructuredSelection selection = StructuredSelection.EMPTY;

    private ClipboardAction(boolean copy, StructuredViewer viewer, ClipboardAction paste) {
        super(copy ? Messages.explorerCopy : Messages.explorerPaste);
        this.copy = copy;
        this.viewer = viewer;
        this.paste = paste;
        setId(copy ? ActionFactory.COPY.getId() : ActionFactory.PASTE.getId());
        setActionDefinitionId(copy ? "org.eclipse.ui.edit.copy" : "org.eclipse.ui.edit.paste"); //$NON-NLS-1$ //$NON-NLS-2$
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(copy ? ISharedImages.IMG_TOOL_COPY : ISharedImages.IMG_TOOL_PASTE));
    }

    /** @param paste the Paste action, which a copy enables */
    static ClipboardAction copy(StructuredViewer viewer, ClipboardAction paste) {
        return new ClipboardAction(true, viewer, paste);
    }

    static ClipboardAction paste(StructuredViewer viewer) {
        return new ClipboardAction(false, viewer, null);
    }

    void selectionChanged(IStructuredSelection next) {
        selection = next;
        setEnabled(copy ? !copied().isEmpty() : target() != null && target().eResource() == copiedFrom && !clipboard.isEmpty());
    }

    /** @return the selected elements that can be copied: not the roots, and not what a selected element already contains */
    private List<EObject> copied() {
        List<EObject> elements = Selections.eObjects(selection).stream().filter(e -> e.eContainer() != null).toList();
        return elements.stream().filter(e -> elements.stream().noneMatch(other -> other != e && EcoreUtil.isAncestor(other, e))).toList();
    }

    /** @return the element or folder's model root that a paste goes into */
    private EObject target() {
        Object first = selection.getFirstElement();
        return first instanceof ModelGroup group ? group.ecosystem()
                : first instanceof ModelRange range ? range.group().ecosystem()
                : first instanceof EObject element ? element : null;
    }

    @Override
    public void run() {
        if (copy) {
            List<EObject> elements = copied();
            clipboard = EcoreUtil.copyAll(elements);
            copiedFrom = elements.get(0).eResource();
            paste.selectionChanged(selection);
            return;
        }
        EObject owner = target();
        EditingDomain domain = ModelDocuments.get().documentOf(owner).map(d -> (EditingDomain) d.editingDomain()).orElse(null);
        if (domain == null) {
            return;
        }
        domain.setClipboard(new ArrayList<>(clipboard));
        Object first = selection.getFirstElement();
        EStructuralFeature feature = first instanceof ModelGroup group ? group.feature()
                : first instanceof ModelRange range ? range.group().feature() : null;
        Command paste = PasteFromClipboardCommand.create(domain, owner, feature);
        if (!paste.canExecute() && feature == null && owner.eContainer() != null) {
            paste = PasteFromClipboardCommand.create(domain, owner.eContainer(), owner.eContainingFeature()); // beside the selected element
        }
        if (paste.canExecute()) {
            domain.getCommandStack().execute(paste);
            // After the explorer has shown them (it refreshes once per event-loop turn); the selection
            // also keeps the explorer's actions, Undo among them, in place.
            IStructuredSelection before = selection;
            StructuredSelection pasted = new StructuredSelection(List.copyOf(paste.getAffectedObjects()));
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.setSelection(pasted, true);
                    if (viewer.getSelection().isEmpty()) {
                        viewer.setSelection(before, true);
                    }
                }
            });
        }
    }
}
