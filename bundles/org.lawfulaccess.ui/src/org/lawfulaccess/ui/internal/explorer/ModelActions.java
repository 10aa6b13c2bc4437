/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.explorer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.lawfulaccess.ui.ModelDocuments;
import org.lawfulaccess.ui.internal.Messages;
import org.lawfulaccess.ui.internal.editor.CommandStackAction;

/**
 * The explorer's actions on model elements: New &gt; (every child the item providers offer, or for
 * a folder the elements that go in it), Delete with a warning naming what refers to the deleted
 * elements, Rename in place (F2), and Undo/Redo on the command stack of the selected model. Every
 * change is one command on that model's editing domain.
 */
public final class ModelActions extends CommonActionProvider {

    private final CommandStackAction undo = CommandStackAction.undo();
    private final CommandStackAction redo = CommandStackAction.redo();
    private DeleteAction delete;
    private RenameAction rename;
    private ClipboardAction copy;
    private ClipboardAction paste;
    private StructuredViewer viewer;
    private final ISelectionChangedListener follow = event -> follow();

    @Override
    public void init(ICommonActionExtensionSite site) {
        viewer = site.getStructuredViewer();
        delete = new DeleteAction(site.getViewSite().getShell(), viewer);
        rename = new RenameAction(viewer);
        paste = ClipboardAction.paste(viewer);
        copy = ClipboardAction.copy(viewer, paste);
        viewer.addSelectionChangedListener(follow);
        follow();
    }

    /** Follows the selected model; with nothing selected (after a delete) Undo stays on the last one. */
    private void follow() {
        Object first = first();
        if (first != null) {
            EditingDomain domain = domain(first).orElse(null);
            undo.setDomain(domain);
            redo.setDomain(domain);
        }
        delete.selectionChanged(viewer.getStructuredSelection());
        rename.selectionChanged(viewer.getStructuredSelection());
        copy.selectionChanged(viewer.getStructuredSelection());
        paste.selectionChanged(viewer.getStructuredSelection());
    }

    @Override
    public void fillActionBars(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
        bars.setGlobalActionHandler(ICommonActionConstants.OPEN, null);
        bars.updateActionBars();
    }

    @Override
    public void fillContextMenu(IMenuManager menu) {
        Object selected = first();
        EObject owner = selected instanceof ModelGroup group ? group.ecosystem()
                : selected instanceof ModelRange range ? range.group().ecosystem()
                : selected instanceof EObject element ? element : null;
        if (owner == null) {
            return;
        }
        domain(owner).ifPresent(domain -> {
            MenuManager newMenu = new MenuManager(Messages.explorerNew, "org.lawfulaccess.ui.new"); //$NON-NLS-1$
            for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
                if (fits(selected, descriptor)) {
                    newMenu.add(new CreateChildAction(domain, owner, descriptor, viewer));
                }
            }
            menu.appendToGroup(ICommonMenuConstants.GROUP_NEW, newMenu);
        });
        menu.appendToGroup(ICommonMenuConstants.GROUP_EDIT, copy);
        menu.appendToGroup(ICommonMenuConstants.GROUP_EDIT, paste);
        menu.appendToGroup(ICommonMenuConstants.GROUP_EDIT, rename);
        menu.appendToGroup(ICommonMenuConstants.GROUP_EDIT, delete);
    }

    /** A folder offers only what goes in it: New on "Jurisdictions" creates a jurisdiction. */
    private static boolean fits(Object selected, Object descriptor) {
        ModelGroup group = selected instanceof ModelGroup g ? g : selected instanceof ModelRange r ? r.group() : null;
        if (group == null || !(descriptor instanceof CommandParameter parameter)) {
            return true;
        }
        return parameter.getEStructuralFeature() == group.feature()
                && (group.kind() == null || parameter.getEValue() != null && parameter.getEValue().eClass() == group.kind());
    }

    private Object first() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        return selection.isEmpty() ? null : selection.getFirstElement();
    }

    private static Optional<EditingDomain> domain(Object selected) {
        EObject element = selected instanceof ModelGroup group ? group.ecosystem()
                : selected instanceof ModelRange range ? range.group().ecosystem()
                : selected instanceof EObject e ? e : null;
        return element == null ? Optional.empty()
                : ModelDocuments.get().documentOf(element).map(d -> (EditingDomain) d.editingDomain());
    }

    @Override
    public void dispose() {
        viewer.removeSelectionChangedListener(follow);
        undo.setDomain(null);
        redo.setDomain(null);
        super.dispose();
    }

    /** Creates one child as the item providers describe it, and selects it. */
    private static final class CreateChildAction extends Action {
        private final EditingDomain domain;
        private final EObject owner;
        private final Object descriptor;
        private final StructuredViewer viewer;

        CreateChildAction(EditingDomain domain, EObject owner, Object descriptor, StructuredViewer viewer) {
            this.domain = domain;
            this.owner = owner;
            this.descriptor = descriptor;
            this.viewer = viewer;
            Command command = command();
            if (command instanceof CommandActionDelegate delegate) {
                setText(delegate.getText());
                setToolTipText(delegate.getToolTipText());
            } else {
                setText(command.getLabel());
            }
            setEnabled(command.canExecute());
            command.dispose();
        }

        private Command command() {
            return CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
        }

        @Override
        public void run() {
            Command command = command();
            domain.getCommandStack().execute(command);
            Collection<?> created = command.getAffectedObjects();
            viewer.setSelection(new StructuredSelection(created.toArray()), true);
        }
    }
}
