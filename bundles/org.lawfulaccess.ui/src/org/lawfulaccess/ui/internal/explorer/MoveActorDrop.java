/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.explorer;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.ui.navigator.CommonDropAdapter;
import org.eclipse.ui.navigator.CommonDropAdapterAssistant;
import org.lawfulaccess.edit.ui.Selections;
import org.lawfulaccess.model.Actor;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.ui.ModelDocuments;
import org.lawfulaccess.ui.internal.Messages;

/**
 * Dropping actors on a jurisdiction in the Model Explorer moves them there: one undoable command
 * that sets their jurisdiction (for a provider, its seat), as docs/metamodel.md describes; their ids,
 * establishments and the references to them stay as they are.
 */
public final class MoveActorDrop extends CommonDropAdapterAssistant {

    @Override
    public IStatus validateDrop(Object target, int operation, TransferData transferType) {
        return command(target, LocalSelectionTransfer.getTransfer().getSelection()) != null ? Status.OK_STATUS : Status.CANCEL_STATUS;
    }

    @Override
    public IStatus handleDrop(CommonDropAdapter adapter, DropTargetEvent event, Object target) {
        Command move = command(target, LocalSelectionTransfer.getTransfer().getSelection());
        if (move == null) {
            return Status.CANCEL_STATUS;
        }
        ModelDocuments.get().documentOf((Jurisdiction) target).orElseThrow().editingDomain().getCommandStack().execute(move);
        return Status.OK_STATUS;
    }

    /**
     * @param target the element dropped on
     * @param dragged what is dragged
     * @return the move of the dragged actors of the target's model that are elsewhere, or null if there is none
     */
    static Command command(Object target, Object dragged) {
        if (!(target instanceof Jurisdiction jurisdiction) || !(dragged instanceof ISelection selection)) {
            return null;
        }
        List<Actor> actors = Selections.eObjects(selection).stream().filter(Actor.class::isInstance).map(Actor.class::cast)
                .filter(a -> a.eResource() == jurisdiction.eResource() && a.getJurisdiction() != jurisdiction).toList();
        EditingDomain domain = ModelDocuments.get().documentOf(jurisdiction).map(d -> (EditingDomain) d.editingDomain()).orElse(null);
        if (actors.isEmpty() || domain == null) {
            return null;
        }
        String names = actors.size() == 1 ? actors.get(0).getName() : Integer.toString(actors.size());
        CompoundCommand move = new CompoundCommand(Messages.bind(Messages.explorerMoveActor, names, jurisdiction.getName()));
        actors.forEach(a -> move.append(SetCommand.create(domain, a, LawfulPackage.Literals.ACTOR__JURISDICTION, jurisdiction)));
        return move.canExecute() ? move : null;
    }
}
