package org.lawfulaccess.core.routes;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

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
 * <p>An analysis is a snapshot: it does not follow later edits of the model. Create a new one
 * after a change; it takes time linear in the model's size.
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

    private RouteAnalysis(Ecosystem ecosystem, RouteOptions options, List<ScenarioRoutes> scenarios, RouteIndex index) {
        this.ecosystem = ecosystem;
        this.options = options;
        this.scenarios = List.copyOf(scenarios);
        this.index = index;
        for (ScenarioRoutes routes : this.scenarios) {
            byScenario.putIfAbsent(routes.scenario(), routes);
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
        List<ScenarioRoutes> results = new ScenarioEvaluator(ecosystem, index, options).evaluate(selected);
        return new RouteAnalysis(ecosystem, options, results, index);
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

    /** @return the number of model elements the indexing pass traversed */
    public int elementCount() {
        return index.elementCount();
    }
}
