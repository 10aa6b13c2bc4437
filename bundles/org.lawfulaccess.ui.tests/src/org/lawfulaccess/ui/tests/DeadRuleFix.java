/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.tests;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.lawfulaccess.ui.QuickFix;
import org.lawfulaccess.validation.Finding;

/** A fix this bundle contributes for a rule that does not exist (fragment.xml): the workbench must skip it. */
public final class DeadRuleFix implements QuickFix {

    @Override
    public String label() {
        return "Fix a rule nobody has";
    }

    @Override
    public String description() {
        return "Never offered.";
    }

    @Override
    public Command createCommand(List<Finding> findings, Context context) {
        return UnexecutableCommand.INSTANCE;
    }
}
