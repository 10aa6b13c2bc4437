package org.lawfulaccess.core.internal.routes;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.lawfulaccess.core.ModelReading;
import org.lawfulaccess.core.routes.Gap;
import org.lawfulaccess.core.routes.GapKind;
import org.lawfulaccess.core.routes.GapSeverity;
import org.lawfulaccess.core.routes.Latency;
import org.lawfulaccess.core.routes.Route;
import org.lawfulaccess.core.routes.RouteOptions;
import org.lawfulaccess.core.routes.ScenarioRoutes;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.Scenario;

/**
 * Evaluates every scenario of an ecosystem, each after the scenario it depends on, so that the
 * dependent one starts when the earlier one's best route delivers.
 */
public final class ScenarioEvaluator {

    private final Ecosystem ecosystem;
    private final RouteIndex index;
    private final RouteOptions options;
    private final Map<Scenario, ScenarioRoutes> results = new LinkedHashMap<>();
    private final Set<Scenario> inProgress = new HashSet<>();
    private final Footprints footprints;
    /** Read from the model when this evaluator first meets a provision; an edit gets a new evaluator. */
    private final Map<Provision, Latency> latencies = new HashMap<>();

    /**
     * @param ecosystem the model
     * @param index its index
     * @param options date, margin and step limit
     * @param known results still valid from an earlier evaluation, reused as they are
     * @param footprints where each evaluated scenario's reach is recorded
     */
    public ScenarioEvaluator(Ecosystem ecosystem, RouteIndex index, RouteOptions options, Map<Scenario, ScenarioRoutes> known,
            Footprints footprints) {
        this.ecosystem = ecosystem;
        this.index = index;
        this.options = options;
        this.footprints = footprints;
        results.putAll(known);
    }

    /**
     * @param selected the scenarios to evaluate; those they depend on are evaluated too
     * @return the routes of the selected scenarios and their dependencies, in model order
     */
    public List<ScenarioRoutes> evaluate(Predicate<? super Scenario> selected) {
        for (Scenario scenario : index.scenarios()) {
            if (selected.test(scenario)) {
                evaluate(scenario);
            }
        }
        List<ScenarioRoutes> ordered = new ArrayList<>();
        for (Scenario scenario : index.scenarios()) {
            ScenarioRoutes done = results.get(scenario);
            if (done != null) {
                ordered.add(done);
            }
        }
        return ordered;
    }

    private ScenarioRoutes evaluate(Scenario scenario) {
        ScenarioRoutes done = results.get(scenario);
        if (done != null) {
            return done;
        }
        inProgress.add(scenario);
        ScenarioContext context = ScenarioContext.of(scenario, dateOf(scenario));
        List<Gap> scenarioGaps = new ArrayList<>();
        Latency start = start(scenario, scenarioGaps);
        RouteAssessor assessor = new RouteAssessor(index, context, options.retentionMargin(), latencies);
        List<Route> routes = new ArrayList<>();
        PathFinder finder = new PathFinder(index, context, options.maxSteps());
        for (List<Hop> path : finder.find()) {
            routes.add(assessor.assess(path, start));
        }
        footprints.evaluated(scenario, context, finder.reach());
        routes = rank(routes, context.isImminentThreat());
        ScenarioRoutes result = new ScenarioRoutes(scenario, context.date(), context.requesting(), context.provider(),
                start, routes, scenarioGaps);
        inProgress.remove(scenario);
        results.put(scenario, result);
        return result;
    }

    private LocalDate dateOf(Scenario scenario) {
        return options.asOf() != null ? options.asOf() : ModelReading.requestDate(scenario);
    }

    /**
     * The elapsed time before the first step, counted from the scenario's event: its own wait
     * between event and request, or the earlier scenario's delivery if that is later.
     */
    private Latency start(Scenario scenario, List<Gap> gaps) {
        Duration own = Duration.ofDays(daysBetween(scenario.getEventDate(), scenario.getRequestDate()));
        Latency start = new Latency(own, own, Optional.of(own));
        Scenario earlier = scenario.getDependsOn();
        if (earlier == null || inProgress.contains(earlier)) {
            return start;
        }
        ScenarioRoutes before = evaluate(earlier);
        Optional<Route> best = before.best();
        if (best.isEmpty()) {
            gaps.add(new Gap(GapKind.DEPENDENCY_UNREACHABLE, GapSeverity.WEAKENING, -1, List.of(earlier),
                    "gap.dependencyUnreachable", scenario, earlier)); //$NON-NLS-1$
            return start;
        }
        Duration shift = Duration.ofDays(daysBetween(scenario.getEventDate(), earlier.getEventDate()));
        Latency delivered = best.get().delivered();
        Duration min = max(own, delivered.min().plus(shift));
        Duration max = max(own, delivered.max().plus(shift));
        Optional<Duration> emergency = delivered.emergency().map(e -> max(own, e.plus(shift)));
        return new Latency(min, max, emergency, delivered.stated());
    }

    private static long daysBetween(LocalDate from, LocalDate to) {
        return from == null || to == null ? 0 : ChronoUnit.DAYS.between(from, to);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * Available routes first, then fewer blocking gaps, then (for an imminent threat) emergency
     * routes, then earliest delivery, binding before voluntary, fewer steps. The sort is stable, so
     * ties keep the order of discovery, which follows the model. The keys are computed once per
     * route rather than in every comparison: scenarios can have thousands of routes.
     */
    private static List<Route> rank(List<Route> routes, boolean urgent) {
        List<Ranked> ranked = new ArrayList<>(routes.size());
        for (Route route : routes) {
            ranked.add(Ranked.of(route, urgent));
        }
        ranked.sort(Comparator.comparingLong(Ranked::blocking)
                .thenComparing(Ranked::notEmergency)
                .thenComparing(Ranked::delivered)
                .thenComparing(Ranked::notBinding)
                .thenComparingInt(Ranked::steps));
        List<Route> sorted = new ArrayList<>(routes.size());
        ranked.forEach(r -> sorted.add(r.route()));
        return sorted;
    }

    /**
     * A route with its ranking keys. "Available" is the same as "no blocking gap", so the count of
     * blocking gaps orders both; {@code notEmergency} is false for every route unless the threat
     * is imminent.
     */
    private record Ranked(Route route, long blocking, boolean notEmergency, Duration delivered, boolean notBinding, int steps) {
        static Ranked of(Route route, boolean urgent) {
            long blocking = 0;
            for (Gap gap : route.gaps()) {
                if (gap.isBlocking()) {
                    blocking++;
                }
            }
            return new Ranked(route, blocking, urgent && !route.isEmergencyRoute(), route.delivered().max(), !route.isBinding(),
                    route.steps().size());
        }
    }
}
