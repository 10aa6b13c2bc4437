/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.PointOfContact;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.FindingBuilder;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleContext;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.RuleScope;
import org.lawfulaccess.validation.Severity;

/**
 * LA-SPOC-02: a (requesting jurisdiction, provider) pair of some scenario with no point of contact
 * designated between them: no contact of that jurisdiction (or a jurisdiction it belongs to) whose
 * counterpart is the provider, on any network, valid at the date. The states' own 24/7 contacts do
 * not count: they connect authorities, not an authority and a provider. The rule reads the pair
 * literally, so a provider seated in the requesting jurisdiction is flagged too.
 */
final class ProviderContactRule implements Rule {

    static final String ID = "LA-SPOC-02"; //$NON-NLS-1$

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor
            .builder(ID, AccessMessages.format("spoc02.title"), Category.COOPERATION) //$NON-NLS-1$
            .severity(Severity.WARNING)
            .targets(LawfulPackage.Literals.PROVIDER)
            .scope(RuleScope.MODEL)
            // The date, and jurisdictions' parents; pairs and contacts are read as parts of a shared analysis.
            .reads(LawfulPackage.Literals.ECOSYSTEM, LawfulPackage.Literals.JURISDICTION)
            .legalBasis(AccessMessages.format("basis.budapest.35"), AccessMessages.format("source.budapest")) //$NON-NLS-1$ //$NON-NLS-2$
            .legalBasis(AccessMessages.format("basis.representatives"), AccessMessages.format("source.representatives")) //$NON-NLS-1$ //$NON-NLS-2$
            .description(AccessMessages.format("spoc02.description")) //$NON-NLS-1$
            .example(AccessMessages.format("spoc02.example")) //$NON-NLS-1$
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(EObject target, RuleContext context) {
        ProviderPairs.Of of = ProviderPairs.of((Provider) target, context);
        of.contacts().forEach(context::reads); // their validity and jurisdiction
        for (Pair pair : of.pairs()) {
            List<PointOfContact> between = of.contacts().stream()
                    .filter(c -> c.getJurisdiction() != null && Pair.within(pair.requesting(), c.getJurisdiction())).toList();
            if (between.stream().anyMatch(c -> c.isValidAt(context.date()))) {
                continue;
            }
            FindingBuilder finding = context.finding(pair.provider(), pair.requesting());
            // Contacts that existed once, or will, explain the finding better than silence.
            between.forEach(finding::evidence);
            finding.message(AccessMessages.format(between.isEmpty() ? "spoc02.message" : "spoc02.notValid", //$NON-NLS-1$ //$NON-NLS-2$
                    context.label(pair.requesting()), context.label(pair.provider()), context.date(), pair.scenarios().size()))
                    .report();
        }
    }
}
