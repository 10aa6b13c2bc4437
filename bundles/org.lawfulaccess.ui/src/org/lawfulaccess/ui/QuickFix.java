/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.validation.Finding;

/**
 * A fix for findings of one rule, contributed through the extension point
 * {@code org.lawfulaccess.ui.quickFixes} under that rule's id. The workbench offers it in the
 * Problems view (Quick Fix, Ctrl+1) and on a selected element of the Model Explorer.
 * <p>
 * A fix changes the model only through the command it returns: the workbench executes it on the
 * model's command stack, so it is one step of Edit &gt; Undo, named by the command's label, and the
 * model is validated again right after it. Implementations need a public no-argument constructor;
 * they are created once and must keep no state between calls.
 *
 * @since 0.1
 */
public interface QuickFix {

    /**
     * What a fix works on: the model, its editing domain and the date it is evaluated at.
     *
     * @param domain the model's editing domain; create the command on it
     * @param ecosystem the model root
     * @param date the date findings were computed at (the as-of date in force)
     */
    record Context(EditingDomain domain, Ecosystem ecosystem, LocalDate date) {
        /** Checks that nothing is missing. */
        public Context {
            Objects.requireNonNull(domain, "domain"); //$NON-NLS-1$
            Objects.requireNonNull(ecosystem, "ecosystem"); //$NON-NLS-1$
            Objects.requireNonNull(date, "date"); //$NON-NLS-1$
        }
    }

    /** @return a short imperative label, e.g. "Designate a 24/7 point of contact" */
    String label();

    /** @return a sentence on what the fix changes in the model */
    String description();

    /**
     * @param finding a current finding of the fix's rule
     * @param context the model
     * @return whether this fix applies to that finding (a rule's findings may need different fixes)
     */
    default boolean canFix(Finding finding, Context context) {
        return true;
    }

    /**
     * @param findings current findings of the fix's rule, each one it {@linkplain #canFix can fix}
     * @param context the model
     * @return one command that fixes them all, labelled for the Edit menu; never null
     */
    Command createCommand(List<Finding> findings, Context context);
}
