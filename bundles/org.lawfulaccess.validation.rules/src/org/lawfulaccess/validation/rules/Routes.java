/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.Optional;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EReference;
import org.lawfulaccess.core.routes.RouteAnalysis;
import org.lawfulaccess.core.routes.RouteOptions;
import org.lawfulaccess.core.routes.ScenarioRoutes;
import org.lawfulaccess.model.Accreditation;
import org.lawfulaccess.model.Citation;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Position;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.model.Telemetry;
import org.lawfulaccess.model.UsagePolicy;
import org.lawfulaccess.model.value.TimeSpan;
import org.lawfulaccess.validation.Analysis;
import org.lawfulaccess.validation.RuleContext;

/**
 * The route analysis the access rules share, computed once per run. A record, because the run
 * caches analyses by equality: every rule asking for the same variant gets the same result.
 * <p>
 * Two variants exist. {@link #atDate(RuleContext)} evaluates every scenario at the validation date
 * (so that {@code --as-of} moves validity, applicability and retention together).
 * {@link #atScenarioDates(RuleContext)} evaluates each scenario at its own request date, which is
 * what a scenario relied on; LA-PROV-02 compares that with the validation date. The retention
 * margin is a parameter of LA-TIME-01 only; the other rules use none, because a margin changes only
 * retention gaps.
 *
 * @param atScenarioDates whether each scenario is evaluated at its own request date
 * @param marginDays the retention margin in days
 */
record Routes(boolean atScenarioDates, long marginDays) implements Analysis<RouteAnalysis> {

    /** @return the analysis at the validation date, without margin */
    static RouteAnalysis atDate(RuleContext context) {
        return context.shared(new Routes(false, 0));
    }

    /** @return the analysis at the validation date with a retention margin */
    static RouteAnalysis atDate(RuleContext context, long marginDays) {
        return context.shared(new Routes(false, Math.max(0, marginDays)));
    }

    /** @return the analysis at each scenario's own request date, without margin */
    static RouteAnalysis atScenarioDates(RuleContext context) {
        return context.shared(new Routes(true, 0));
    }

    /** @return the routes of one scenario at the validation date, if the model has an ecosystem */
    static Optional<ScenarioRoutes> of(Scenario scenario, RuleContext context) {
        return context.ecosystem() == null ? Optional.empty() : atDate(context).routesOf(scenario);
    }

    @Override
    public RouteAnalysis compute(RuleContext context) {
        RouteOptions options = RouteOptions.defaults()
                .withAsOf(atScenarioDates ? null : context.date())
                .withRetentionMargin(TimeSpan.days(marginDays));
        Routes base = new Routes(false, 0);
        if (equals(base)) {
            return RouteAnalysis.of(context.ecosystem(), options);
        }
        if (atScenarioDates) {
            // Only LA-PROV-02 reads this variant, and only for scenarios a fact that ended can matter to.
            RouteAnalysis shared = context.shared(base);
            return shared.withOptions(options, ExpiryRelevance.of(shared, context.date()));
        }
        // The other variants reuse the indexes of the shared one instead of traversing the model
        // again; the default catalogue needs that one anyway (only a run of LA-PROV-02 or LA-TIME-01
        // alone pays for it).
        return context.shared(base).withOptions(options);
    }

    /**
     * The route code (core's route index, path finder and checks) reads neither names, descriptions
     * nor citations (the index is keyed by elements, and gap messages are formatted from current
     * names when asked for), nor any of the elements below, which it never indexes or visits.
     */
    @Override
    public boolean affectedBy(Notification notification) {
        Object feature = notification.getFeature();
        if (feature == LawfulPackage.Literals.NAMED_ELEMENT__NAME || feature == LawfulPackage.Literals.NAMED_ELEMENT__DESCRIPTION
                || feature == LawfulPackage.Literals.SOURCED__CITATIONS) {
            return false;
        }
        if (unread(notification.getNotifier())) {
            return false;
        }
        if (feature instanceof EReference reference && reference.isContainment() && reference.getEOpposite() == null) {
            return !(unreadValues(notification.getOldValue()) && unreadValues(notification.getNewValue()));
        }
        return true;
    }

    private static boolean unread(Object element) {
        return element instanceof Citation || element instanceof Source || element instanceof Telemetry
                || element instanceof EncryptionProfile || element instanceof Accreditation || element instanceof UsagePolicy
                || element instanceof Position;
    }

    /** Whether a notification value is nothing, or only elements the routes never read. */
    private static boolean unreadValues(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof java.util.Collection<?> many) {
            return many.stream().allMatch(Routes::unread);
        }
        return unread(value);
    }
}
