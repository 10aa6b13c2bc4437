/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.ui.ModelDocuments;
import org.lawfulaccess.ui.QuickFix;
import org.lawfulaccess.ui.internal.validation.LiveValidation;
import org.lawfulaccess.validation.Finding;

/**
 * Quick Fix (Ctrl+1, Edit &gt; Quick Fix…) on an element selected in the Model Explorer: a small
 * dialog lists the fixes for the findings about that element, and the one chosen runs as one command.
 */
public final class QuickFixHandler extends AbstractHandler {

    /**
     * A fix for one finding, as the dialog lists it.
     *
     * @param fix the fix
     * @param finding the finding it fixes
     * @param validation the model's live validation
     */
    public record Proposal(QuickFix fix, Finding finding, LiveValidation validation) {
        /** @return the fix's label and the finding it fixes, for the list */
        public String text() {
            return QuickFixMessages.bind(QuickFixMessages.proposal, fix.label(), finding.ruleId() + ": " + finding.message()); //$NON-NLS-1$
        }
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        EObject element = selected(HandlerUtil.getCurrentSelection(event));
        if (element == null) {
            return null;
        }
        List<Proposal> proposals = proposals(element);
        String name = Labels.reference(element);
        if (proposals.isEmpty()) {
            MessageDialog.openInformation(shell, QuickFixMessages.dialogTitle, QuickFixMessages.bind(QuickFixMessages.noFix, name));
            return null;
        }
        QuickFixDialog dialog = new QuickFixDialog(shell, name, proposals);
        if (dialog.open() == Window.OK && dialog.chosen() != null) {
            Proposal chosen = dialog.chosen();
            FixResolution.execute(chosen.fix(), chosen.validation().document(), List.of(chosen.finding()));
        }
        return null;
    }

    private static EObject selected(Object selection) {
        return selection instanceof IStructuredSelection structured && structured.size() == 1
                ? Adapters.adapt(structured.getFirstElement(), EObject.class) : null;
    }

    /**
     * @param element a model element
     * @return the fixes for the current findings whose primary element it is
     */
    public static List<Proposal> proposals(EObject element) {
        List<Proposal> proposals = new ArrayList<>();
        Optional<LiveValidation> validation = ModelDocuments.get().documentOf(element).flatMap(d -> MarkedFinding.validationOf(d.file()));
        if (validation.isEmpty()) {
            return proposals;
        }
        QuickFix.Context context = MarkedFinding.contextOf(validation.get().document());
        for (Finding finding : validation.get().findings()) {
            if (finding.primaryElement().orElse(null) != element) {
                continue;
            }
            for (QuickFixes.Entry entry : QuickFixes.get().forRule(finding.ruleId())) {
                if (entry.fix().canFix(finding, context)) {
                    proposals.add(new Proposal(entry.fix(), finding, validation.get()));
                }
            }
        }
        return proposals;
    }
}
