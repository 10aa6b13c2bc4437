/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.core.routes.RouteAnalysis;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.PracticeOutcome;
import org.lawfulaccess.model.ProviderPractice;
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
            .targets(LawfulPackage.Literals.ECOSYSTEM)
            .scope(RuleScope.MODEL)
            .reads(LawfulPackage.Literals.ECOSYSTEM, LawfulPackage.Literals.SCENARIO, LawfulPackage.Literals.AUTHORITY, LawfulPackage.Literals.SERVICE, LawfulPackage.Literals.PROVIDER, LawfulPackage.Literals.JURISDICTION, LawfulPackage.Literals.PROVIDER_PRACTICE)
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
        Ecosystem ecosystem = (Ecosystem) target;
        if (context.ecosystem() != ecosystem) {
            return;
        }
        RouteAnalysis analysis = Routes.atDate(context);
        Map<List<EObject>, List<ProviderPractice>> failures = failures(ecosystem, context);
        for (Pair pair : Pair.of(ecosystem)) {
            PairRoutes routes = PairRoutes.of(pair, analysis);
            if (!routes.workable().isEmpty()) {
                continue;
            }
            FindingBuilder finding = context.finding(pair.provider(), pair.requesting());
            List<EObject> evidence = new ArrayList<>(PairRoutes.evidence(routes.routes()));
            failures.getOrDefault(List.of(pair.provider(), pair.requesting()), List.of()).stream()
                    .filter(p -> !evidence.contains(p)).forEach(evidence::add);
            evidence.forEach(finding::evidence);
            String key = routes.routes().isEmpty() ? "coop01.noRoute" : "coop01.noWorkableRoute"; //$NON-NLS-1$ //$NON-NLS-2$
            finding.message(AccessMessages.format(key, context.label(pair.provider()), context.label(pair.requesting()),
                    routes.routes().size(), pair.scenarios().size())).report();
        }
    }

    /** Refusals and silence observed at the date, by (provider, requesting jurisdiction), in one pass. */
    private static Map<List<EObject>, List<ProviderPractice>> failures(Ecosystem ecosystem, RuleContext context) {
        Map<List<EObject>, List<ProviderPractice>> result = new HashMap<>();
        for (Fact fact : ecosystem.getFacts()) {
            if (fact instanceof ProviderPractice p && p.getProvider() != null && p.getRequestingJurisdiction() != null
                    && (p.getOutcome() == PracticeOutcome.REFUSES || p.getOutcome() == PracticeOutcome.NO_RESPONSE)
                    && p.isValidAt(context.date())) {
                result.computeIfAbsent(List.of(p.getProvider(), p.getRequestingJurisdiction()), k -> new ArrayList<>()).add(p);
            }
        }
        return result;
    }
}
