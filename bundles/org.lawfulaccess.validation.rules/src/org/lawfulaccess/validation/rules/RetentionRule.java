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
 * LA-TIME-01: the data is gone before the route delivers it. The elapsed time runs from the event:
 * the wait before the request, the routes of the scenarios this one depends on, then the route's
 * steps; the route analysis compares it with the holder's shortest applicable retention. A warning
 * when the slowest delivery plus the margin reaches the deletion point, an error when even the
 * fastest does.
 * <p>
 * The margin (parameter {@code marginDays}) defaults to 0: no source fixes a general figure, and a
 * default would turn an assumption into findings. Only workable routes count (legally available,
 * not observed to fail): whether the data outlives a route nobody can use does not matter.
 */
final class RetentionRule extends GapRule {

    static final String ID = "LA-TIME-01"; //$NON-NLS-1$

    /** The name of the margin parameter: {@code LA-TIME-01.marginDays = 30}. */
    static final String MARGIN = "marginDays"; //$NON-NLS-1$

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor
            .builder(ID, AccessMessages.format("time01.title"), Category.TIME) //$NON-NLS-1$
            .severity(Severity.WARNING)
            .targets(LawfulPackage.Literals.SCENARIO)
            .scope(RuleScope.MODEL)
            .reads(LawfulPackage.Literals.ECOSYSTEM) // the date; the scenario and its routes are declared as read
            .legalBasis(AccessMessages.format("basis.budapest.29.preservation"), AccessMessages.format("source.budapest")) //$NON-NLS-1$ //$NON-NLS-2$
            .legalBasis(AccessMessages.format("basis.lqdn"), AccessMessages.format("source.lqdn")) //$NON-NLS-1$ //$NON-NLS-2$
            .description(AccessMessages.format("time01.description")) //$NON-NLS-1$
            .example(AccessMessages.format("time01.example")) //$NON-NLS-1$
            .parameter(MARGIN, "0", AccessMessages.format("time01.parameter." + MARGIN)) //$NON-NLS-1$ //$NON-NLS-2$
            .build();

    RetentionRule() {
        super(Set.of(GapKind.RETENTION_EXPIRES));
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** Reads the routes computed with this rule's margin rather than the shared margin-free ones. */
    @Override
    ScenarioRoutes routesOf(Scenario scenario, RuleContext context) {
        long margin = context.longParameter(MARGIN, 0);
        return Routes.withMargin(scenario, context, margin).orElse(null);
    }

    @Override
    boolean considers(Route route) {
        return route.isLegallyAvailable() && !route.isObservedToFail();
    }

    @Override
    void report(FindingBuilder finding, Scenario scenario, Route route, Gap gap, RuleContext context) {
        boolean certain = gap.isBlocking();
        finding.severity(certain ? Severity.ERROR : Severity.WARNING)
                .message(AccessMessages.format(certain ? "time01.error" : "time01.warning", //$NON-NLS-1$ //$NON-NLS-2$
                        context.label(scenario), describe(route, context), gap.message(context::label)))
                .report();
    }
}
