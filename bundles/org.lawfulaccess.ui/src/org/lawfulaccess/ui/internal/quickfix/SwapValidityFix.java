/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.ui.QuickFix;
import org.lawfulaccess.validation.Finding;

/** LA-INT-01: a fact whose validity ends before it starts gets its two dates exchanged (not when they are equal). */
public final class SwapValidityFix implements QuickFix {

    @Override
    public String label() {
        return QuickFixMessages.validityLabel;
    }

    @Override
    public String description() {
        return QuickFixMessages.validityDescription;
    }

    @Override
    public boolean canFix(Finding finding, Context context) {
        return Fixes.element(finding, 0, Fact.class).filter(f -> f.getValidFrom() != null && f.getValidTo() != null
                && f.getValidTo().isBefore(f.getValidFrom())).isPresent() && Fixes.is(finding, "validity"); //$NON-NLS-1$
    }

    @Override
    public Command createCommand(List<Finding> findings, Context context) {
        List<Command> commands = new ArrayList<>();
        for (Finding finding : findings) {
            Fact fact = Fixes.element(finding, 0, Fact.class).orElse(null);
            if (fact != null) {
                commands.add(SetCommand.create(context.domain(), fact, LawfulPackage.Literals.FACT__VALID_FROM, fact.getValidTo()));
                commands.add(SetCommand.create(context.domain(), fact, LawfulPackage.Literals.FACT__VALID_TO, fact.getValidFrom()));
            }
        }
        return Fixes.compound(label(), commands);
    }
}
