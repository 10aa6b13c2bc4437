/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.quickfix;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Lists the fixes for an element's findings, the first one chosen; its description shows below the list. */
final class QuickFixDialog extends Dialog {

    private final String element;
    private final List<QuickFixHandler.Proposal> proposals;
    private QuickFixHandler.Proposal chosen;

    QuickFixDialog(Shell parent, String element, List<QuickFixHandler.Proposal> proposals) {
        super(parent);
        this.element = element;
        this.proposals = proposals;
        this.chosen = proposals.get(0);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(QuickFixMessages.dialogTitle);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout());
        new Label(area, SWT.WRAP).setText(QuickFixMessages.bind(QuickFixMessages.dialogMessage, element));
        Table table = new Table(area, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 160).applyTo(table);
        Label description = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(description);
        for (QuickFixHandler.Proposal proposal : proposals) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(proposal.text());
            item.setData(proposal);
        }
        table.setSelection(0);
        description.setText(detail(chosen));
        table.addListener(SWT.Selection, event -> {
            if (event.item != null && event.item.getData() instanceof QuickFixHandler.Proposal proposal) {
                chosen = proposal;
                description.setText(detail(proposal));
                area.layout(true);
            }
        });
        table.addListener(SWT.DefaultSelection, event -> okPressed());
        return area;
    }

    /** The finding in full (the list may cut it) and what the fix changes. */
    private static String detail(QuickFixHandler.Proposal proposal) {
        return QuickFixMessages.bind(QuickFixMessages.proposalDetail, proposal.finding().ruleId() + ": " + proposal.finding().message(), //$NON-NLS-1$
                proposal.fix().description());
    }

    /** @return the fix chosen */
    QuickFixHandler.Proposal chosen() {
        return chosen;
    }
}
