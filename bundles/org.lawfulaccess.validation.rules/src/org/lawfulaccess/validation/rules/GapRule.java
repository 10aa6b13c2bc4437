/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.core.routes.Gap;
import org.lawfulaccess.core.routes.GapKind;
import org.lawfulaccess.core.routes.Route;
import org.lawfulaccess.core.routes.ScenarioRoutes;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.validation.FindingBuilder;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleContext;

/**
 * A scenario rule that reports gaps of some kinds found by the route analysis. The same gap
 * usually appears on several routes (every route through one treaty step), so each distinct gap
 * (kind, step provision, evidence) is reported once per scenario, on the best-ranked route
 * that has it. The finding's elements are the scenario, the step's provision and the gap's
 * evidence, which keeps the fingerprint independent of names and of how many routes share the gap.
 */
abstract class GapRule implements Rule {

    private final Set<GapKind> kinds;

    /** @param kinds the gap kinds this rule reports */
    GapRule(Set<GapKind> kinds) {
        this.kinds = Set.copyOf(kinds);
    }

    @Override
    public final void check(EObject target, RuleContext context) {
        Scenario scenario = (Scenario) target;
        context.reads(scenario);
        ScenarioRoutes routes = context.ecosystem() == null ? null : routesOf(scenario, context);
        if (routes == null) {
            return;
        }
        Set<List<EObject>> seen = new HashSet<>();
        for (Route route : routes.routes()) {
            if (!considers(route)) {
                continue;
            }
            for (Gap gap : route.gaps()) {
                if (!kinds.contains(gap.kind())) {
                    continue;
                }
                List<EObject> elements = elements(scenario, route, gap);
                if (seen.add(elements)) {
                    FindingBuilder finding = context.finding(elements.toArray(EObject[]::new)).discriminator(gap.kind().name());
                    gap.evidence().forEach(finding::evidence);
                    report(finding, scenario, route, gap, context);
                }
            }
        }
    }

    /**
     * @param scenario the scenario
     * @param context the run, whose ecosystem is set
     * @return the scenario's routes, or null if the analysis does not know it
     */
    ScenarioRoutes routesOf(Scenario scenario, RuleContext context) {
        return Routes.of(scenario, context).orElse(null);
    }

    /**
     * @param route a route of the scenario
     * @return whether its gaps count for this rule; all routes by default
     */
    boolean considers(Route route) {
        return true;
    }

    /**
     * Completes and reports one finding; the elements, discriminator and evidence are already set.
     *
     * @param finding the finding being built
     * @param scenario the scenario
     * @param route the best-ranked route with the gap
     * @param gap the gap
     * @param context the run
     */
    abstract void report(FindingBuilder finding, Scenario scenario, Route route, Gap gap, RuleContext context);

    private static List<EObject> elements(Scenario scenario, Route route, Gap gap) {
        Set<EObject> elements = new LinkedHashSet<>();
        elements.add(scenario);
        if (gap.stepIndex() >= 0 && gap.stepIndex() < route.steps().size()) {
            elements.add(route.steps().get(gap.stepIndex()).provision());
        }
        elements.addAll(gap.evidence());
        return new ArrayList<>(elements);
    }

    /** @return the route as its provisions' labels, e.g. {@code Provision "A" -> Provision "B"} */
    static String describe(Route route, RuleContext context) {
        return route.steps().stream().map(s -> context.label(s.provision()))
                .collect(Collectors.joining(AccessMessages.format("route.separator"))); //$NON-NLS-1$
    }
}
