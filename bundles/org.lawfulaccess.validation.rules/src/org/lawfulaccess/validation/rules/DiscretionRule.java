/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.core.routes.Route;
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
 * LA-COOP-02: a provider that a requesting jurisdiction can reach only at the provider's discretion.
 * <p>
 * The rule looks first at the direct routes: those whose last step the requesting jurisdiction
 * addresses to the provider itself. If such workable routes exist and all are voluntary, the
 * provider decides alone whether to answer that jurisdiction, even where a binding route exists
 * through another jurisdiction's authorities (mutual assistance executed by the provider's home
 * state); the message then names that binding route, which is slower and depends on a foreign
 * authority. Without direct routes, the rule falls back to the literal reading: every workable route
 * is voluntary. A pair without any workable route is LA-COOP-01's, not this rule's.
 */
final class DiscretionRule implements Rule {

    static final String ID = "LA-COOP-02"; //$NON-NLS-1$

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor
            .builder(ID, AccessMessages.format("coop02.title"), Category.COOPERATION) //$NON-NLS-1$
            .severity(Severity.WARNING)
            .targets(LawfulPackage.Literals.PROVIDER)
            .scope(RuleScope.MODEL)
            .reads(LawfulPackage.Literals.ECOSYSTEM) // the date; pairs and routes are read as parts of shared analyses
            .legalBasis(AccessMessages.format("basis.protocol.7"), AccessMessages.format("source.protocol")) //$NON-NLS-1$ //$NON-NLS-2$
            .legalBasis(AccessMessages.format("basis.eevidence"), AccessMessages.format("source.eevidence")) //$NON-NLS-1$ //$NON-NLS-2$
            .description(AccessMessages.format("coop02.description")) //$NON-NLS-1$
            .example(AccessMessages.format("coop02.example")) //$NON-NLS-1$
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(EObject target, RuleContext context) {
        for (Pair pair : ProviderPairs.of((Provider) target, context).pairs()) {
            PairRoutes routes = PairRoutes.of(pair, context);
            List<Route> workable = routes.workable();
            List<Route> direct = workable.stream().filter(routes::isDirect).toList();
            List<Route> judged = direct.isEmpty() ? workable : direct;
            if (judged.isEmpty() || judged.stream().anyMatch(Route::isBinding)) {
                continue;
            }
            FindingBuilder finding = context.finding(pair.provider(), pair.requesting());
            PairRoutes.evidence(judged).forEach(finding::evidence);
            Optional<Route> binding = workable.stream().filter(Route::isBinding).findFirst();
            String provider = context.label(pair.provider());
            String requesting = context.label(pair.requesting());
            String voluntary = judged.stream().map(r -> GapRule.describe(r, context)).distinct()
                    .reduce((a, b) -> a + AccessMessages.format("list.separator") + b).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
            String message = binding.isPresent()
                    ? AccessMessages.format("coop02.direct", provider, requesting, voluntary, GapRule.describe(binding.get(), context)) //$NON-NLS-1$
                    : AccessMessages.format("coop02.message", provider, requesting, voluntary); //$NON-NLS-1$
            finding.message(message).report();
        }
    }
}
