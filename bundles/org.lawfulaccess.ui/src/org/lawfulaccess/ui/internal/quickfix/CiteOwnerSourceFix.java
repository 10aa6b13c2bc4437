/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.lawfulaccess.model.Citation;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.model.SourceKind;
import org.lawfulaccess.model.Sourced;
import org.lawfulaccess.ui.QuickFix;
import org.lawfulaccess.validation.Finding;

/**
 * LA-PROV-01: cites an existing source that is adequate (not a comment or an analyst assumption)
 * and that the element owning the fact already cites (a provision's or membership's instrument, an
 * establishment's provider), or else an element the fact refers to (a retention rule's legal basis,
 * a point of contact's designated actor).
 */
public final class CiteOwnerSourceFix implements QuickFix {

    private static final Set<SourceKind> WEAK = Set.of(SourceKind.COMMENT, SourceKind.ANALYST_ASSUMPTION);

    @Override
    public String label() {
        return QuickFixMessages.citeExistingLabel;
    }

    @Override
    public String description() {
        return QuickFixMessages.citeExistingDescription;
    }

    @Override
    public boolean canFix(Finding finding, Context context) {
        return Fixes.element(finding, 0, Fact.class).flatMap(CiteOwnerSourceFix::source).isPresent();
    }

    @Override
    public Command createCommand(List<Finding> findings, Context context) {
        List<Command> commands = new ArrayList<>();
        for (Finding finding : findings) {
            Fact fact = Fixes.element(finding, 0, Fact.class).orElse(null);
            Optional<Source> source = fact == null ? Optional.empty() : source(fact);
            if (source.isPresent()) {
                Citation citation = LawfulFactory.eINSTANCE.createCitation();
                citation.setSource(source.get());
                commands.add(AddCommand.create(context.domain(), fact, LawfulPackage.Literals.SOURCED__CITATIONS, citation));
            }
        }
        return Fixes.compound(label(), commands);
    }

    /** The first adequate source cited by the fact's owners, nearest first, then by the elements it refers to. */
    static Optional<Source> source(Fact fact) {
        for (EObject owner = fact.eContainer(); owner != null; owner = owner.eContainer()) {
            Optional<Source> cited = adequate(owner, fact);
            if (cited.isPresent()) {
                return cited;
            }
        }
        for (EReference reference : fact.eClass().getEAllReferences()) {
            if (!reference.isContainment() && !reference.isContainer() && !reference.isMany()
                    && fact.eGet(reference) instanceof EObject referred) {
                Optional<Source> cited = adequate(referred, fact);
                if (cited.isPresent()) {
                    return cited;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Source> adequate(EObject element, Fact fact) {
        if (!(element instanceof Sourced sourced)) {
            return Optional.empty();
        }
        return sourced.getCitations().stream().map(Citation::getSource)
                .filter(s -> s != null && !s.eIsProxy() && !WEAK.contains(s.getKind()))
                .filter(s -> fact.getCitations().stream().noneMatch(c -> c.getSource() == s)).findFirst();
    }
}
