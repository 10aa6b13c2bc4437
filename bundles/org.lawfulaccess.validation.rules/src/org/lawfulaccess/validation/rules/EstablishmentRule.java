/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.Set;

import org.lawfulaccess.core.routes.Gap;
import org.lawfulaccess.core.routes.GapKind;
import org.lawfulaccess.core.routes.Route;
import org.lawfulaccess.core.routes.ScenarioRoutes;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.FindingBuilder;
import org.lawfulaccess.validation.RuleContext;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.RuleScope;
import org.lawfulaccess.validation.Severity;

/**
 * LA-JUR-01: a binding order under domestic or supranational law, addressed to a provider that has
 * no seat, establishment, legal representative or assets where it is issued. Orders to "any person"
 * count too: the route analysis makes no exception for them, and such an order is no easier to
 * enforce abroad. Treaties carry their own cross-border effect and are not flagged.
 * <p>
 * The route analysis proposes every domestic order as a candidate route, also against foreign
 * providers. Such an order is what the scenario has to rely on only when no route is available;
 * where another route (e.g. mutual assistance executed in the provider's seat) is available, the
 * unenforceable candidate is not reported.
 */
final class EstablishmentRule extends GapRule {

    static final String ID = "LA-JUR-01"; //$NON-NLS-1$

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor
            .builder(ID, AccessMessages.format("jur01.title"), Category.JURISDICTION) //$NON-NLS-1$
            .severity(Severity.ERROR)
            .targets(LawfulPackage.Literals.SCENARIO)
            .scope(RuleScope.MODEL)
            .reads(LawfulPackage.Literals.ECOSYSTEM) // the date; the scenario and its routes are declared as read
            .legalBasis(AccessMessages.format("basis.representatives"), AccessMessages.format("source.representatives")) //$NON-NLS-1$ //$NON-NLS-2$
            .legalBasis(AccessMessages.format("basis.eevidence"), AccessMessages.format("source.eevidence")) //$NON-NLS-1$ //$NON-NLS-2$
            .description(AccessMessages.format("jur01.description")) //$NON-NLS-1$
            .example(AccessMessages.format("jur01.example")) //$NON-NLS-1$
            .build();

    EstablishmentRule() {
        super(Set.of(GapKind.NO_ESTABLISHMENT));
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    ScenarioRoutes routesOf(Scenario scenario, RuleContext context) {
        ScenarioRoutes routes = super.routesOf(scenario, context);
        return routes == null || routes.best().isPresent() ? null : routes;
    }

    @Override
    void report(FindingBuilder finding, Scenario scenario, Route route, Gap gap, RuleContext context) {
        finding.message(AccessMessages.format("jur01.message", context.label(scenario), gap.message(context::label))).report(); //$NON-NLS-1$
    }
}
