/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.quickfix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.lawfulaccess.model.Accreditation;
import org.lawfulaccess.model.ClassificationLevel;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.UsagePolicy;
import org.lawfulaccess.ui.QuickFix;
import org.lawfulaccess.validation.Finding;

/**
 * LA-SEC-01: lowers a usage policy's maximum level to the highest level at which its service is
 * accredited at the validation date; without a valid accreditation, unclassified.
 */
public final class AccreditedLevelFix implements QuickFix {

    @Override
    public String label() {
        return QuickFixMessages.levelLabel;
    }

    @Override
    public String description() {
        return QuickFixMessages.levelDescription;
    }

    @Override
    public boolean canFix(Finding finding, Context context) {
        return Fixes.element(finding, 0, UsagePolicy.class).filter(p -> p.getService() != null).isPresent();
    }

    @Override
    public Command createCommand(List<Finding> findings, Context context) {
        List<Command> commands = new ArrayList<>();
        for (Finding finding : findings) {
            UsagePolicy policy = Fixes.element(finding, 0, UsagePolicy.class).orElse(null);
            if (policy != null && policy.getService() != null) {
                commands.add(SetCommand.create(context.domain(), policy, LawfulPackage.Literals.USAGE_POLICY__MAX_LEVEL,
                        accredited(policy.getService(), context.date())));
            }
        }
        return Fixes.compound(label(), commands);
    }

    /** @return the highest level of the service's accreditations valid at the date, as the rule reads them */
    static ClassificationLevel accredited(Service service, LocalDate date) {
        ClassificationLevel level = ClassificationLevel.UNCLASSIFIED;
        for (Accreditation accreditation : service.getAccreditations()) {
            if (accreditation.isValidAt(date) && accreditation.getLevel() != null && accreditation.getLevel().getValue() > level.getValue()) {
                level = accreditation.getLevel();
            }
        }
        return level;
    }
}
