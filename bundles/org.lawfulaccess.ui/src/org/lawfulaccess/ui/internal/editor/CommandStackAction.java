/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.editor;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.actions.ActionFactory;
import org.lawfulaccess.ui.internal.Messages;

/**
 * Undo or redo on the command stack of the model in front, named after the command ("Undo Set
 * Name"), as the Edit menu of every Eclipse editor does. The editor and the explorer each hand it
 * the editing domain of what they show.
 */
public final class CommandStackAction extends Action implements CommandStackListener {

    private final boolean undo;
    private CommandStack stack;

    private CommandStackAction(boolean undo) {
        this.undo = undo;
        setId((undo ? ActionFactory.UNDO : ActionFactory.REDO).getId());
        setActionDefinitionId(undo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo"); //$NON-NLS-1$ //$NON-NLS-2$
        update();
    }

    /** @return an Undo action */
    public static CommandStackAction undo() {
        return new CommandStackAction(true);
    }

    /** @return a Redo action */
    public static CommandStackAction redo() {
        return new CommandStackAction(false);
    }

    /** @param domain the domain whose stack to follow, or null for none */
    public void setDomain(EditingDomain domain) {
        CommandStack next = domain == null ? null : domain.getCommandStack();
        if (next == stack) {
            return;
        }
        if (stack != null) {
            stack.removeCommandStackListener(this);
        }
        stack = next;
        if (stack != null) {
            stack.addCommandStackListener(this);
        }
        update();
    }

    @Override
    public void commandStackChanged(EventObject event) {
        update();
    }

    private void update() {
        Command command = stack == null ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
        setEnabled(stack != null && (undo ? stack.canUndo() : stack.canRedo()));
        String label = command == null || command.getLabel() == null ? null : command.getLabel();
        String plain = undo ? Messages.undo : Messages.redo;
        setText(label == null ? plain : Messages.bind(undo ? Messages.undoNamed : Messages.redoNamed, label));
    }

    @Override
    public void run() {
        if (stack != null && isEnabled()) {
            if (undo) {
                stack.undo();
            } else {
                stack.redo();
            }
        }
    }
}
