/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.wizards;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.menus.IWorkbenchContribution;
import org.eclipse.ui.services.IServiceLocator;

/** Help &gt; Open Example: one entry per installed example, named as the model names itself. */
public final class ExampleMenu extends CompoundContributionItem implements IWorkbenchContribution {

    private IServiceLocator locator;

    @Override
    public void initialize(IServiceLocator serviceLocator) {
        this.locator = serviceLocator;
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        List<Example> examples = Examples.installed();
        if (examples.isEmpty()) {
            Action none = new Action(WizardMessages.examplesNone) {
                // says why the menu is empty; does nothing
            };
            none.setEnabled(false);
            return new IContributionItem[] { new ActionContributionItem(none) };
        }
        return examples.stream().map(example -> {
            CommandContributionItemParameter item = parameter(OpenExampleHandler.COMMAND + "." + example.fileName()); //$NON-NLS-1$
            item.label = example.name().replace("&", "&&"); //$NON-NLS-1$ //$NON-NLS-2$
            item.parameters = Map.of(OpenExampleHandler.EXAMPLE, example.fileName());
            return new CommandContributionItem(item);
        }).toArray(IContributionItem[]::new);
    }

    private CommandContributionItemParameter parameter(String id) {
        return new CommandContributionItemParameter(locator, id, OpenExampleHandler.COMMAND, CommandContributionItem.STYLE_PUSH);
    }
}
