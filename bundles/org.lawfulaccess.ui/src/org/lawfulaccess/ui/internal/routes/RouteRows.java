/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.routes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.core.routes.Gap;
import org.lawfulaccess.core.routes.Route;
import org.lawfulaccess.core.routes.RouteStep;
import org.lawfulaccess.core.routes.ScenarioRoutes;
import org.lawfulaccess.validation.Finding;

/**
 * The rows of the route view, made from one scenario's routes: the scenario's own gaps, then each
 * route (numbered as the command line numbers them) with its steps, each step with its gaps; gaps
 * of a route as a whole come after its steps. Rows are compared by identity: two routes can have
 * equal gaps.
 */
final class RouteRows implements ITreeContentProvider {

    /** A route: its number, whether it is the best one, and its steps and route-wide gaps. */
    record RouteRow(int number, Route route, boolean best, List<Object> children) {
    }

    /** A step of a route (number from 1) with its gaps. */
    record StepRow(int number, Route route, RouteStep step, List<GapRow> gaps) {
    }

    /** A gap, with the ids of the rules whose current findings report it. */
    record GapRow(Gap gap, List<String> rules) {
    }

    /**
     * @param routes one scenario's routes
     * @param findings the model's current findings; a finding reports a gap when it names the
     *        scenario, the step's provision and the gap's evidence, and explains it in the gap's words
     * @return the top rows
     */
    static List<Object> of(ScenarioRoutes routes, List<Finding> findings) {
        List<Finding> about = findings.stream()
                .filter(f -> !f.elements().isEmpty() && f.elements().get(0) == routes.scenario()).toList();
        List<Object> rows = new ArrayList<>();
        routes.gaps().forEach(g -> rows.add(gap(routes, null, g, about)));
        Route best = routes.best().orElse(null);
        for (int i = 0; i < routes.routes().size(); i++) {
            Route route = routes.routes().get(i);
            List<Object> children = new ArrayList<>();
            for (int s = 0; s < route.steps().size(); s++) {
                List<GapRow> gaps = route.gapsAt(s).stream().map(g -> gap(routes, route, g, about)).toList();
                children.add(new StepRow(s + 1, route, route.steps().get(s), gaps));
            }
            route.gaps(g -> g.stepIndex() < 0 || g.stepIndex() >= route.steps().size())
                    .forEach(g -> children.add(gap(routes, route, g, about)));
            rows.add(new RouteRow(i + 1, route, route == best, children));
        }
        return rows;
    }

    private static GapRow gap(ScenarioRoutes routes, Route route, Gap gap, List<Finding> findings) {
        Set<EObject> elements = new LinkedHashSet<>();
        elements.add(routes.scenario());
        if (route != null && gap.stepIndex() >= 0 && gap.stepIndex() < route.steps().size()) {
            elements.add(route.steps().get(gap.stepIndex()).provision());
        }
        elements.addAll(gap.evidence());
        List<EObject> named = new ArrayList<>(elements);
        String explanation = gap.message(Labels::reference);
        List<String> rules = findings.stream().filter(f -> f.elements().equals(named) && f.message().contains(explanation))
                .map(Finding::ruleId).distinct().toList();
        return new GapRow(gap, rules);
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof List<?> rows ? rows.toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof RouteRow route) {
            return route.children().toArray();
        }
        return parent instanceof StepRow step ? step.gaps().toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }
}
