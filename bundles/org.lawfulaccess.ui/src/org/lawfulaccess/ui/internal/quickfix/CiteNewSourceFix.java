/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.model.Citation;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.model.SourceKind;
import org.lawfulaccess.model.VerificationStatus;
import org.lawfulaccess.ui.QuickFix;
import org.lawfulaccess.validation.Finding;

/**
 * LA-PROV-01: adds a new source for the fact, an official text not yet verified, and cites it; the
 * analyst completes the source. One source per fact: facts selected together rarely share a text.
 */
public final class CiteNewSourceFix implements QuickFix {

    @Override
    public String label() {
        return QuickFixMessages.citeNewLabel;
    }

    @Override
    public String description() {
        return QuickFixMessages.citeNewDescription;
    }

    @Override
    public boolean canFix(Finding finding, Context context) {
        return Fixes.element(finding, 0, Fact.class).isPresent();
    }

    @Override
    public Command createCommand(List<Finding> findings, Context context) {
        List<Command> commands = new ArrayList<>();
        for (Finding finding : findings) {
            Fact fact = Fixes.element(finding, 0, Fact.class).orElse(null);
            if (fact == null) {
                continue;
            }
            String label = Labels.text(fact);
            Source source = LawfulFactory.eINSTANCE.createSource();
            source.setName(QuickFixMessages.bind(QuickFixMessages.newSourceName, label));
            source.setTitle(QuickFixMessages.bind(QuickFixMessages.newSourceTitle, label));
            source.setKind(SourceKind.OFFICIAL_TEXT);
            source.setVerification(VerificationStatus.UNVERIFIED);
            Citation citation = LawfulFactory.eINSTANCE.createCitation();
            citation.setSource(source);
            commands.add(AddCommand.create(context.domain(), context.ecosystem(), LawfulPackage.Literals.ECOSYSTEM__SOURCES, source));
            commands.add(AddCommand.create(context.domain(), fact, LawfulPackage.Literals.SOURCED__CITATIONS, citation));
        }
        return Fixes.compound(label(), commands);
    }
}
