/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.quickfix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.model.Urgency;
import org.lawfulaccess.ui.QuickFix;
import org.lawfulaccess.validation.Finding;

/**
 * LA-TIME-01: marks the scenario as urgent in the sense the route analysis reads, an imminent
 * threat, which opens emergency procedures (emergency-only provisions and their emergency
 * latencies). One attribute: cheap whatever the model's size.
 */
public final class ImminentThreatFix implements QuickFix {

    @Override
    public String label() {
        return QuickFixMessages.urgentLabel;
    }

    @Override
    public String description() {
        return QuickFixMessages.urgentDescription;
    }

    @Override
    public boolean canFix(Finding finding, Context context) {
        return Fixes.element(finding, 0, Scenario.class).filter(s -> s.getUrgency() != Urgency.IMMINENT_THREAT).isPresent();
    }

    @Override
    public Command createCommand(List<Finding> findings, Context context) {
        Set<Scenario> scenarios = new LinkedHashSet<>();
        findings.forEach(f -> Fixes.element(f, 0, Scenario.class).ifPresent(scenarios::add));
        List<Command> commands = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            commands.add(SetCommand.create(context.domain(), scenario, LawfulPackage.Literals.SCENARIO__URGENCY, Urgency.IMMINENT_THREAT));
        }
        return Fixes.compound(label(), commands);
    }
}
