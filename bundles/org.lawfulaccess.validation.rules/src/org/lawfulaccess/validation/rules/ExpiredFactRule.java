/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.core.routes.Route;
import org.lawfulaccess.core.routes.RouteStep;
import org.lawfulaccess.core.routes.ScenarioRoutes;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleContext;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.RuleScope;
import org.lawfulaccess.validation.Severity;

/**
 * LA-PROV-02: a fact that a scenario relies on has expired by the validation date. What a scenario
 * relies on is read from its best route evaluated at the scenario's own request date: the
 * provisions, the memberships of the parties to each step, the observed practice and the facts its
 * gaps cite (a retention rule, a criminalisation). A fact counts when its validity ended on or
 * before the validation date; facts that start later are not "past" their validity and are left to
 * the time rules.
 */
final class ExpiredFactRule implements Rule {

    static final String ID = "LA-PROV-02"; //$NON-NLS-1$

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor
            .builder(ID, AccessMessages.format("prov02.title"), Category.PROVENANCE) //$NON-NLS-1$
            .severity(Severity.WARNING)
            .targets(LawfulPackage.Literals.SCENARIO)
            .scope(RuleScope.MODEL)
            .reads(LawfulPackage.Literals.ECOSYSTEM) // the date; the scenario and its routes are declared as read
            .description(AccessMessages.format("prov02.description")) //$NON-NLS-1$
            .example(AccessMessages.format("prov02.example")) //$NON-NLS-1$
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(EObject target, RuleContext context) {
        Scenario scenario = (Scenario) target;
        context.reads(scenario);
        if (context.ecosystem() == null) {
            return;
        }
        ScenarioRoutes routes = Routes.atScenarioDate(scenario, context).orElse(null);
        Route best = routes == null ? null : routes.best().orElse(null);
        if (best == null) {
            return;
        }
        for (Fact fact : reliedOn(best, routes)) {
            if (fact.getValidTo() != null && !context.date().isBefore(fact.getValidTo())) {
                context.finding(scenario, fact).evidence(fact)
                        .message(AccessMessages.format("prov02.message", context.label(scenario), context.label(fact), //$NON-NLS-1$
                                fact.getValidTo(), context.date(), routes.date()))
                        .report();
            }
        }
    }

    private static Set<Fact> reliedOn(Route route, ScenarioRoutes routes) {
        Set<Fact> facts = new LinkedHashSet<>();
        for (EObject element : route.facts()) {
            if (element instanceof Fact fact) {
                facts.add(fact);
            }
        }
        for (RouteStep step : route.steps()) {
            for (Membership membership : step.provision().getInstrument().getMemberships()) {
                boolean party = membership.getParty() == step.issuerJurisdiction()
                        || membership.getParty() == step.addresseeJurisdiction() && !step.isAddressedToProvider()
                        || membership.getParty() == routes.provider();
                if (party && membership.isValidAt(routes.date())) {
                    facts.add(membership);
                }
            }
        }
        return facts;
    }
}
