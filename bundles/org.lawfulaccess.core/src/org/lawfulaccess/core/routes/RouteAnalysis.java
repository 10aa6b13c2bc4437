package org.lawfulaccess.core.routes;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
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
import org.eclipse.emf.ecore.EReference;
import org.lawfulaccess.core.internal.routes.EditKeys;
import org.lawfulaccess.core.internal.routes.EndedFacts;
import org.lawfulaccess.core.internal.routes.Footprints;
import org.lawfulaccess.core.internal.routes.RouteIndex;
import org.lawfulaccess.core.internal.routes.ScenarioEvaluator;
import org.lawfulaccess.model.Accreditation;
import org.lawfulaccess.model.Citation;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Position;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.model.Telemetry;
import org.lawfulaccess.model.UsagePolicy;

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
    /** The scenarios evaluated, or null for all. */
    private final Set<Scenario> selected;

    private RouteAnalysis(Ecosystem ecosystem, RouteOptions options, List<ScenarioRoutes> scenarios, RouteIndex index,
            Footprints footprints, Set<Scenario> selected) {
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
        return of(ecosystem, index, options, null);
    }

    private static RouteAnalysis of(Ecosystem ecosystem, RouteIndex index, RouteOptions options, Set<Scenario> selected) {
        Footprints footprints = new Footprints();
        List<ScenarioRoutes> results = new ScenarioEvaluator(ecosystem, index, options, Map.of(), footprints)
                .evaluate(chosen(selected));
        return new RouteAnalysis(ecosystem, options, results, index, footprints, selected);
    }

    private static Predicate<Scenario> chosen(Set<Scenario> selected) {
        return selected == null ? s -> true : selected::contains;
    }

    /**
     * Whether an edit can change any route, of any analysis. The route code (index, path finder and
     * checks) reads neither names, descriptions nor citations (gap messages name elements only when
     * formatted), nor sources, telemetry, encryption profiles, accreditations, usage policies and
     * positions, which it never indexes or visits. Callers that keep results derived from routes ask
     * this before bringing them up to date.
     *
     * @param edit the EMF notification of one edit
     * @return false if no route can differ after the edit
     */
    public static boolean affectedBy(Notification edit) {
        Object feature = edit.getFeature();
        if (feature == LawfulPackage.Literals.NAMED_ELEMENT__NAME || feature == LawfulPackage.Literals.NAMED_ELEMENT__DESCRIPTION
                || feature == LawfulPackage.Literals.SOURCED__CITATIONS || unread(edit.getNotifier())) {
            return false;
        }
        if (feature instanceof EReference reference && reference.isContainment() && reference.getEOpposite() == null) {
            return !(unreadValues(edit.getOldValue()) && unreadValues(edit.getNewValue()));
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
        if (value instanceof Collection<?> many) {
            return many.stream().allMatch(RouteAnalysis::unread);
        }
        return value == null || unread(value);
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
        Objects.requireNonNull(edit);
        return update(edit, selected);
    }

    /**
     * Like {@link #afterEdit(Notification)}, with another choice of scenarios to evaluate (see
     * {@link #withOptions(RouteOptions, Set)}); scenarios newly chosen are evaluated, those no
     * longer chosen are dropped.
     *
     * @param edit the EMF notification of one edit
     * @param chosen the scenarios to evaluate after the edit
     * @return the new analysis and the scenarios whose routes may have changed
     */
    public Update afterEdit(Notification edit, Set<Scenario> chosen) {
        Objects.requireNonNull(edit);
        Objects.requireNonNull(chosen);
        return update(edit, chosen);
    }

    private Update update(Notification edit, Set<Scenario> chosen) {
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
            if (isIn(chosen, scenario) != (isIn(selected, scenario) && byScenario.containsKey(scenario))) {
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
        List<ScenarioRoutes> results = new ScenarioEvaluator(ecosystem, index, options, known, footprints).evaluate(chosen(chosen));
        return new Update(new RouteAnalysis(ecosystem, options, results, index, footprints, chosen), changed);
    }

    private static boolean isIn(Set<Scenario> selected, Scenario scenario) {
        return selected == null || selected.contains(scenario);
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
     * @param selected the scenarios to evaluate; kept as they are now, so that after an edit the
     *        analysis knows which it evaluated
     * @return the analysis of those scenarios with those options
     */
    public RouteAnalysis withOptions(RouteOptions options, Set<Scenario> selected) {
        Objects.requireNonNull(options);
        Objects.requireNonNull(selected);
        return of(ecosystem, index, options, Set.copyOf(selected));
    }

    /**
     * The scenarios that, evaluated at their own request dates, can rest on a fact whose validity ended
     * by a date: an ended provision, membership, reservation or criminalisation selects every scenario;
     * an ended practice or retention rule only the scenarios whose provider it concerns, where the
     * practice and retention checks would consider it. A conservative choice for {@link #withOptions(RouteOptions, Set)}
     * when only such scenarios matter, as they do to a check of facts that ended.
     *
     * @param date the date by which facts ended
     * @return those scenarios, in model order
     */
    public Set<Scenario> reachedByFactsEndedBy(LocalDate date) {
        return EndedFacts.reaching(index, date);
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
