/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.quickfix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.ui.QuickFix;
import org.lawfulaccess.validation.Finding;

/**
 * LA-PROV-02: a scenario relies on a fact whose validity has ended by the validation date. Either the
 * fact still holds and its validity is left open ({@code ValidityEndFix}, the default), or it held
 * at least until the validation date and its end moves to the day after it
 * ({@code ValidityEndFix:extend}); the end stays closed.
 */
public final class ValidityEndFix implements QuickFix, IExecutableExtension {

    private boolean extend;

    /** Leaves the validity open. */
    public ValidityEndFix() {
    }

    /** @param extend whether to extend the end past the validation date rather than remove it */
    ValidityEndFix(boolean extend) {
        this.extend = extend;
    }

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        extend = "extend".equals(data); //$NON-NLS-1$
    }

    @Override
    public String label() {
        return extend ? QuickFixMessages.extendValidityLabel : QuickFixMessages.openValidityLabel;
    }

    @Override
    public String description() {
        return extend ? QuickFixMessages.extendValidityDescription : QuickFixMessages.openValidityDescription;
    }

    @Override
    public boolean canFix(Finding finding, Context context) {
        return Fixes.element(finding, 1, Fact.class).filter(f -> f.getValidTo() != null).isPresent();
    }

    @Override
    public Command createCommand(List<Finding> findings, Context context) {
        Set<Fact> facts = new LinkedHashSet<>();
        findings.forEach(f -> Fixes.element(f, 1, Fact.class).ifPresent(facts::add));
        List<Command> commands = new ArrayList<>();
        for (Fact fact : facts) {
            Object end = extend ? context.date().plusDays(1) : SetCommand.UNSET_VALUE;
            commands.add(SetCommand.create(context.domain(), fact, LawfulPackage.Literals.FACT__VALID_TO, end));
        }
        return Fixes.compound(label(), commands);
    }
}
