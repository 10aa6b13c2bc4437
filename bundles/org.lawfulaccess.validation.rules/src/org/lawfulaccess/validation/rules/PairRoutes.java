/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.core.routes.Route;
import org.lawfulaccess.core.routes.ScenarioRoutes;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.validation.RuleContext;

/**
 * The routes of all scenarios of one {@link Pair}, as the cooperation rules judge them: a provider
 * cooperates with a jurisdiction if any of their scenarios has a workable route.
 *
 * @param pair the pair
 * @param routes every route of its scenarios, scenario by scenario, best first
 */
record PairRoutes(Pair pair, List<Route> routes) {

    /** @return the pair's routes at the validation date, read scenario by scenario */
    static PairRoutes of(Pair pair, RuleContext context) {
        List<Route> routes = new ArrayList<>();
        for (Scenario scenario : pair.scenarios()) {
            Routes.of(scenario, context).map(ScenarioRoutes::routes).ifPresent(routes::addAll);
        }
        return new PairRoutes(pair, routes);
    }

    /** @return the routes legally available and not observed to fail */
    List<Route> workable() {
        return routes.stream().filter(r -> r.isLegallyAvailable() && !r.isObservedToFail()).toList();
    }

    /**
     * @param route a route of the pair
     * @return whether the requesting jurisdiction itself addresses the provider in the last step,
     *         rather than the authorities of another jurisdiction acting for it
     */
    boolean isDirect(Route route) {
        return route.last().isAddressedToProvider() && route.last().issuerJurisdiction() != null
                && Pair.within(pair.requesting(), route.last().issuerJurisdiction());
    }

    /** @return the provisions and observed practices of the given routes, without duplicates */
    static List<EObject> evidence(List<Route> routes) {
        Set<EObject> evidence = new LinkedHashSet<>();
        for (Route route : routes) {
            route.steps().forEach(s -> evidence.add(s.provision()));
            route.practice().ifPresent(evidence::add);
        }
        return new ArrayList<>(evidence);
    }
}
