/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.ui.QuickFix;
import org.lawfulaccess.validation.Finding;

/** LA-INT-01: a provision whose minimum latency exceeds its maximum gets the two exchanged. */
public final class SwapLatencyFix implements QuickFix {

    @Override
    public String label() {
        return QuickFixMessages.latencyLabel;
    }

    @Override
    public String description() {
        return QuickFixMessages.latencyDescription;
    }

    @Override
    public boolean canFix(Finding finding, Context context) {
        return Fixes.element(finding, 0, Provision.class).isPresent() && Fixes.is(finding, "latency"); //$NON-NLS-1$
    }

    @Override
    public Command createCommand(List<Finding> findings, Context context) {
        List<Command> commands = new ArrayList<>();
        for (Finding finding : findings) {
            Provision provision = Fixes.element(finding, 0, Provision.class).orElse(null);
            if (provision != null) {
                commands.add(SetCommand.create(context.domain(), provision, LawfulPackage.Literals.PROVISION__MIN_LATENCY,
                        provision.getMaxLatency()));
                commands.add(SetCommand.create(context.domain(), provision, LawfulPackage.Literals.PROVISION__MAX_LATENCY,
                        provision.getMinLatency()));
            }
        }
        return Fixes.compound(label(), commands);
    }
}
