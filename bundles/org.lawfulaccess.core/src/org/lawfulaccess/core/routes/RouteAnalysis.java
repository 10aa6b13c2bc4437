package org.lawfulaccess.core.routes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.lawfulaccess.core.internal.routes.RouteIndex;
import org.lawfulaccess.core.internal.routes.ScenarioEvaluator;
import org.lawfulaccess.model.Ecosystem;
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
    private final int elementCount;

    private RouteAnalysis(Ecosystem ecosystem, RouteOptions options, List<ScenarioRoutes> scenarios, int elementCount) {
        this.ecosystem = ecosystem;
        this.options = options;
        this.scenarios = List.copyOf(scenarios);
        this.elementCount = elementCount;
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
        RouteIndex index = RouteIndex.of(ecosystem);
        List<ScenarioRoutes> results = new ScenarioEvaluator(ecosystem, index, options).evaluateAll();
        return new RouteAnalysis(ecosystem, options, results, index.elementCount());
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
        return scenarios.stream().filter(s -> s.scenario() == scenario).findFirst();
    }

    /** @return the number of routes over all scenarios */
    public int routeCount() {
        return scenarios.stream().mapToInt(s -> s.routes().size()).sum();
    }

    /** @return the number of model elements the indexing pass traversed */
    public int elementCount() {
        return elementCount;
    }
}
