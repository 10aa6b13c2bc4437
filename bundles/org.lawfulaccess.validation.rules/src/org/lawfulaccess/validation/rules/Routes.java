/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.Optional;

import org.eclipse.emf.common.notify.Notification;
import org.lawfulaccess.core.routes.RouteAnalysis;
import org.lawfulaccess.core.routes.RouteOptions;
import org.lawfulaccess.core.routes.ScenarioRoutes;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.model.value.TimeSpan;
import org.lawfulaccess.validation.Analysis;
import org.lawfulaccess.validation.RuleContext;

/**
 * The route analysis the access rules share, computed once per run and, in an editor, brought up
 * to date after each edit; rules read it one scenario at a time, as parts. A record, because the run
 * caches analyses by equality: every rule asking for the same variant gets the same result.
 * <p>
 * Two variants exist. {@link #of(Scenario, RuleContext)} reads the one that evaluates every
 * scenario at the validation date (so that {@code --as-of} moves validity, applicability and
 * retention together). {@link #atScenarioDate(Scenario, RuleContext)} reads the one that evaluates
 * each scenario at its own request date, which is what a scenario relied on; LA-PROV-02 compares that with the validation date. The retention
 * margin is a parameter of LA-TIME-01 only; the other rules use none, because a margin changes only
 * retention gaps.
 *
 * @param atScenarioDates whether each scenario is evaluated at its own request date
 * @param marginDays the retention margin in days
 */
record Routes(boolean atScenarioDates, long marginDays) implements Analysis<RouteAnalysis> {

    private static final Routes AT_DATE = new Routes(false, 0);
    private static final Routes AT_SCENARIO_DATES = new Routes(true, 0);

    /**
     * @return the routes of one scenario at the validation date, if the model has an ecosystem and
     *         the analysis knows the scenario; the caller depends on that scenario's routes only
     */
    static Optional<ScenarioRoutes> of(Scenario scenario, RuleContext context) {
        return of(AT_DATE, scenario, context);
    }

    /** @return like {@link #of(Scenario, RuleContext)}, with a retention margin */
    static Optional<ScenarioRoutes> withMargin(Scenario scenario, RuleContext context, long marginDays) {
        return of(new Routes(false, Math.max(0, marginDays)), scenario, context);
    }

    /** @return like {@link #of(Scenario, RuleContext)}, at the scenario's own request date */
    static Optional<ScenarioRoutes> atScenarioDate(Scenario scenario, RuleContext context) {
        return of(AT_SCENARIO_DATES, scenario, context);
    }

    private static Optional<ScenarioRoutes> of(Routes variant, Scenario scenario, RuleContext context) {
        return context.ecosystem() == null ? Optional.empty() : context.shared(variant, scenario).routesOf(scenario);
    }

    @Override
    public RouteAnalysis compute(RuleContext context) {
        RouteOptions options = RouteOptions.defaults()
                .withAsOf(atScenarioDates ? null : context.date())
                .withRetentionMargin(TimeSpan.days(marginDays));
        if (equals(AT_DATE)) {
            return RouteAnalysis.of(context.ecosystem(), options);
        }
        if (atScenarioDates) {
            // Only LA-PROV-02 reads this variant, and only for scenarios a fact that ended can matter to.
            RouteAnalysis shared = context.shared(AT_DATE);
            return shared.withOptions(options, shared.reachedByFactsEndedBy(context.date()));
        }
        // The other variants reuse the indexes of the shared one instead of traversing the model
        // again; the default catalogue needs that one anyway (only a run of LA-PROV-02 or LA-TIME-01
        // alone pays for it).
        return context.shared(AT_DATE).withOptions(options);
    }

    /**
     * Re-evaluates only the scenarios the edit can reach (see {@link RouteAnalysis#afterEdit}); the
     * parts are scenarios. Every variant shares the indexes of the one at the validation date, which
     * is brought up to date first (asking for it here does that).
     */
    @Override
    public Updated<RouteAnalysis> update(RouteAnalysis previous, Notification notification, RuleContext context) {
        RouteAnalysis.Update update;
        if (equals(AT_DATE)) {
            update = previous.afterEdit(notification);
        } else {
            RouteAnalysis shared = context.shared(AT_DATE);
            update = atScenarioDates ? previous.afterEdit(notification, shared.reachedByFactsEndedBy(context.date()))
                    : previous.afterEdit(notification);
        }
        return new Updated<>(update.analysis(), update.changed());
    }

    /** Core knows what the route code reads (see {@link RouteAnalysis#affectedBy}). */
    @Override
    public boolean affectedBy(Notification notification) {
        return RouteAnalysis.affectedBy(notification);
    }
}
