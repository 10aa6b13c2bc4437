package org.lawfulaccess.core.routes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.core.internal.routes.EditKeys;
import org.lawfulaccess.core.internal.routes.Footprints;
import org.lawfulaccess.core.internal.routes.RouteIndex;
import org.lawfulaccess.core.internal.routes.ScenarioEvaluator;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.Scenario;

/**
 * The routes by which each scenario's requesting authority can obtain its data, with their
 * latency, force, legal availability, observed practice and gaps. Built from an ecosystem in one
 * pass over its contents that fills hash indexes; routes of at most four steps are then found
 * through those indexes. Rules read this analysis rather than re-deriving routes.
 *
 * <p>An analysis is a snapshot: it does not follow later edits of the model. After a change,
 * create a new one (time linear in the model's size), or, for an editor, pass each edit's
 * notification to {@link #afterEdit}, which re-evaluates only the scenarios the edit can reach.
 *
 * <pre>
 * RouteAnalysis analysis = RouteAnalysis.of(ecosystem);
 * for (ScenarioRoutes s : analysis.scenarios()) {
 *     s.best().ifPresentOrElse(route -&gt; ..., () -&gt; s.blockedRoutes() ...);
 * }
 * </pre>
 */
public final class RouteAnalysis {

    private final Ecosystem ecosystem;
    private final RouteOptions options;
    private final List<ScenarioRoutes> scenarios;
    /** Rules look up one scenario per target; a scan of all scenarios per lookup made validation quadratic. */
    private final Map<Scenario, ScenarioRoutes> byScenario = new IdentityHashMap<>();
    private final RouteIndex index;
    private final Footprints footprints;
    private final Predicate<? super Scenario> selected;

    private RouteAnalysis(Ecosystem ecosystem, RouteOptions options, List<ScenarioRoutes> scenarios, RouteIndex index,
            Footprints footprints, Predicate<? super Scenario> selected) {
        this.ecosystem = ecosystem;
        this.options = options;
        this.scenarios = List.copyOf(scenarios);
        this.index = index;
        this.footprints = footprints;
        this.selected = selected;
        for (ScenarioRoutes routes : this.scenarios) {
            byScenario.putIfAbsent(routes.scenario(), routes);
        }
    }

    /**
     * The outcome of {@link RouteAnalysis#afterEdit}.
     *
     * @param analysis the analysis of the edited model
     * @param changed the scenarios evaluated again, added or removed; every other scenario has the
     *        same routes as before (the same objects)
     */
    public record Update(RouteAnalysis analysis, Set<Scenario> changed) {
        /** Copies the set. */
        public Update {
            changed = Collections.unmodifiableSet(new LinkedHashSet<>(changed));
        }
    }

    /**
     * Analyses an ecosystem with {@link RouteOptions#defaults()}.
     *
     * @param ecosystem the model root
     * @return the analysis
     */
    public static RouteAnalysis of(Ecosystem ecosystem) {
        return of(ecosystem, RouteOptions.defaults());
    }

    /**
     * Analyses an ecosystem.
     *
     * @param ecosystem the model root
     * @param options date, retention margin and step limit
     * @return the analysis
     */
    public static RouteAnalysis of(Ecosystem ecosystem, RouteOptions options) {
        Objects.requireNonNull(ecosystem);
        Objects.requireNonNull(options);
        return of(ecosystem, RouteIndex.of(ecosystem), options);
    }

    private static RouteAnalysis of(Ecosystem ecosystem, RouteIndex index, RouteOptions options) {
        return of(ecosystem, index, options, s -> true);
    }

    private static RouteAnalysis of(Ecosystem ecosystem, RouteIndex index, RouteOptions options,
            Predicate<? super Scenario> selected) {
        Footprints footprints = new Footprints();
        List<ScenarioRoutes> results = new ScenarioEvaluator(ecosystem, index, options, Map.of(), footprints).evaluate(selected);
        return new RouteAnalysis(ecosystem, options, results, index, footprints, selected);
    }

    /**
     * The analysis of the model after one edit, made from this one for a fraction of the cost of a
     * new analysis: the indexes are brought up to date, and only the scenarios whose evaluation can
     * have read an element the edit touched (the edited element, its containers, what it refers to,
     * the values added or removed) are evaluated again, with the scenarios that depend on them.
     * Everything else is reused. Pass every notification of the model, in order, as it happens.
     * <p>
     * The indexes are shared, and updated in place: afterwards, use the returned analysis, not
     * this one. Analyses made from this one by {@link #withOptions} share them too; pass each of
     * them the same notification (the indexes are updated once).
     *
     * @param edit the EMF notification of one edit
     * @return the new analysis and the scenarios whose routes may have changed
     */
    public Update afterEdit(Notification edit) {
        return afterEdit(edit, selected);
    }

    /**
     * Like {@link #afterEdit(Notification)}, with another choice of scenarios to evaluate (see
     * {@link #withOptions(RouteOptions, Predicate)}); scenarios newly chosen are evaluated, those no
     * longer chosen are dropped.
     *
     * @param edit the EMF notification of one edit
     * @param chosen the scenarios to evaluate after the edit
     * @return the new analysis and the scenarios whose routes may have changed
     */
    public Update afterEdit(Notification edit, Predicate<? super Scenario> chosen) {
        Objects.requireNonNull(edit);
        Objects.requireNonNull(chosen);
        Set<EObject> keys = EditKeys.of(edit, ecosystem);
        footprints.prepare(index);
        index.update(edit);
        Set<Scenario> changed = new LinkedHashSet<>(keys == null ? byScenario.keySet() : footprints.reaching(keys));
        Set<Scenario> present = Collections.newSetFromMap(new IdentityHashMap<>());
        present.addAll(index.scenarios());
        for (Scenario scenario : byScenario.keySet()) {
            if (!present.contains(scenario)) {
                changed.add(scenario);
            }
        }
        Map<Scenario, List<Scenario>> dependents = new IdentityHashMap<>();
        for (Scenario scenario : index.scenarios()) {
            if (chosen.test(scenario) != (selected.test(scenario) && byScenario.containsKey(scenario))) {
                changed.add(scenario);
            }
            if (scenario.getDependsOn() != null) {
                dependents.computeIfAbsent(scenario.getDependsOn(), s -> new ArrayList<>()).add(scenario);
            }
        }
        Deque<Scenario> work = new ArrayDeque<>(changed);
        while (!work.isEmpty()) {
            for (Scenario later : dependents.getOrDefault(work.pop(), List.of())) {
                if (changed.add(later)) {
                    work.push(later);
                }
            }
        }
        Map<Scenario, ScenarioRoutes> known = new IdentityHashMap<>(byScenario);
        for (Scenario scenario : changed) {
            known.remove(scenario);
            footprints.forget(scenario);
        }
        List<ScenarioRoutes> results = new ScenarioEvaluator(ecosystem, index, options, known, footprints).evaluate(chosen);
        return new Update(new RouteAnalysis(ecosystem, options, results, index, footprints, chosen), changed);
    }

    /**
     * Analyses the same, unchanged model again with other options, reusing this analysis's
     * indexes (they do not depend on the options) instead of traversing the model again. The
     * result equals {@code RouteAnalysis.of(ecosystem(), options)} as long as the model has not
     * changed since this analysis was made.
     *
     * @param options date, retention margin and step limit
     * @return the analysis with those options
     */
    public RouteAnalysis withOptions(RouteOptions options) {
        Objects.requireNonNull(options);
        return options.equals(this.options) ? this : of(ecosystem, index, options);
    }

    /**
     * Like {@link #withOptions(RouteOptions)}, but evaluates only some scenarios (and those they
     * depend on, whose delivery starts their clock); the others have no routes in the result. For a
     * caller that knows which scenarios can matter to it: evaluation is most of an analysis's cost.
     *
     * @param options date, retention margin and step limit
     * @param selected the scenarios to evaluate
     * @return the analysis of those scenarios with those options
     */
    public RouteAnalysis withOptions(RouteOptions options, Predicate<? super Scenario> selected) {
        Objects.requireNonNull(options);
        Objects.requireNonNull(selected);
        return of(ecosystem, index, options, selected);
    }

    /**
     * @return the facts of the analysed ecosystem whose validity has an end, in model order; found by
     *         the indexing pass, so that callers need no traversal of their own
     */
    public List<Fact> endingFacts() {
        return index.endingFacts();
    }

    /** @return the analysed ecosystem */
    public Ecosystem ecosystem() {
        return ecosystem;
    }

    /** @return the options used */
    public RouteOptions options() {
        return options;
    }

    /** @return the routes of every scenario, in model order */
    public List<ScenarioRoutes> scenarios() {
        return scenarios;
    }

    /** @return the routes of one scenario, if it belongs to the analysed ecosystem */
    public Optional<ScenarioRoutes> routesOf(Scenario scenario) {
        return Optional.ofNullable(byScenario.get(scenario));
    }

    /** @return the number of routes over all scenarios */
    public int routeCount() {
        return scenarios.stream().mapToInt(s -> s.routes().size()).sum();
    }
}
