/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.FindingBuilder;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleContext;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.RuleScope;
import org.lawfulaccess.validation.Severity;

/**
 * LA-COOP-01: a provider that a requesting jurisdiction cannot reach: none of the routes of their
 * scenarios is both legally available and not observed to fail. Judged per (requesting
 * jurisdiction, provider) pair, because cooperation is a relationship; the observed refusals or
 * silence are cited even when no instrument gives a route at all.
 */
final class NoCooperationRule implements Rule {

    static final String ID = "LA-COOP-01"; //$NON-NLS-1$

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor
            .builder(ID, AccessMessages.format("coop01.title"), Category.COOPERATION) //$NON-NLS-1$
            .severity(Severity.ERROR)
            .targets(LawfulPackage.Literals.PROVIDER)
            .scope(RuleScope.MODEL)
            .reads(LawfulPackage.Literals.ECOSYSTEM) // the date; pairs and routes are read as parts of shared analyses
            .legalBasis(AccessMessages.format("basis.budapest.23"), AccessMessages.format("source.budapest")) //$NON-NLS-1$ //$NON-NLS-2$
            .description(AccessMessages.format("coop01.description")) //$NON-NLS-1$
            .example(AccessMessages.format("coop01.example")) //$NON-NLS-1$
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(EObject target, RuleContext context) {
        ProviderPairs.Of of = ProviderPairs.of((Provider) target, context);
        for (Pair pair : of.pairs()) {
            PairRoutes routes = PairRoutes.of(pair, context);
            if (!routes.workable().isEmpty()) {
                continue;
            }
            FindingBuilder finding = context.finding(pair.provider(), pair.requesting());
            List<EObject> evidence = new ArrayList<>(PairRoutes.evidence(routes.routes()));
            of.failures().getOrDefault(pair.requesting(), List.of()).stream()
                    .filter(p -> !evidence.contains(p)).forEach(evidence::add);
            evidence.forEach(finding::evidence);
            String key = routes.routes().isEmpty() ? "coop01.noRoute" : "coop01.noWorkableRoute"; //$NON-NLS-1$ //$NON-NLS-2$
            finding.message(AccessMessages.format(key, context.label(pair.provider()), context.label(pair.requesting()),
                    routes.routes().size(), pair.scenarios().size())).report();
        }
    }
}
