package org.lawfulaccess.core.internal.routes;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.core.internal.routes.PathFinder.Reach;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.Scenario;

/**
 * What each scenario's evaluation can have read, so that an edit re-evaluates only the scenarios
 * that can see it. A scenario's footprint holds the scenario, the one it depends on, its requesting
 * authority, service, provider and offence, every jurisdiction its search issued from or could
 * request with their parents, the instruments available there (and the provider's own policies),
 * the provisions it considered and the instrument each of those exists under. Every fact the route checks look up is keyed in the index by
 * one of those (a practice, establishment or retention policy by its provider, a criminalisation by
 * its offence, a retention law, contact point or authority by its jurisdiction, a membership or
 * reservation by its instrument), so an edit reaches a scenario through the edited element, its
 * containers or what it refers to; see {@link EditKeys}.
 * <p>
 * The search records its reach as it goes (cheap); footprints and the reverse index are built from
 * those only when the first edit asks, and kept up to date afterwards.
 */
public final class Footprints {

    private final Map<Scenario, ScenarioContext> contexts = new HashMap<>();
    private final Map<Scenario, Reach> reaches = new HashMap<>();
    private final Map<Scenario, Set<EObject>> footprints = new HashMap<>();
    /** Null until the first edit. */
    private Map<EObject, Set<Scenario>> reverse;
    private RouteIndex index;

    /**
     * Builds the footprints of every scenario evaluated so far, if not done yet; call before the
     * index changes, so that they describe what the evaluation saw.
     *
     * @param routeIndex the index the scenarios were evaluated with
     */
    public void prepare(RouteIndex routeIndex) {
        this.index = routeIndex;
        if (reverse != null) {
            return;
        }
        reverse = new HashMap<>();
        contexts.forEach((scenario, context) -> index(scenario, context, reaches.get(scenario)));
    }

    void evaluated(Scenario scenario, ScenarioContext context, Reach reach) {
        forget(scenario);
        contexts.put(scenario, context);
        reaches.put(scenario, reach);
        if (reverse != null) {
            index(scenario, context, reach);
        }
    }

    /**
     * @param scenario a scenario no longer evaluated (removed, or about to be evaluated again)
     */
    public void forget(Scenario scenario) {
        contexts.remove(scenario);
        reaches.remove(scenario);
        Set<EObject> footprint = footprints.remove(scenario);
        if (footprint != null && reverse != null) {
            for (EObject key : footprint) {
                Set<Scenario> scenarios = reverse.get(key);
                if (scenarios != null) {
                    scenarios.remove(scenario);
                    if (scenarios.isEmpty()) {
                        reverse.remove(key);
                    }
                }
            }
        }
    }

    /**
     * @param keys the elements an edit touched
     * @return the scenarios whose footprint contains one of them
     */
    public Set<Scenario> reaching(Collection<? extends EObject> keys) {
        Set<Scenario> found = new LinkedHashSet<>();
        for (EObject key : keys) {
            found.addAll(reverse.getOrDefault(key, Set.of()));
        }
        return found;
    }

    private void index(Scenario scenario, ScenarioContext context, Reach reach) {
        Set<EObject> footprint = new HashSet<>();
        footprint.add(scenario);
        addNonNull(footprint, scenario.getDependsOn(), scenario.getTargetService(), scenario.getOffence(), context.requester(),
                context.provider());
        Set<Jurisdiction> places = new LinkedHashSet<>(ScenarioContext.withParents(context.requesting()));
        if (reach != null) {
            reach.jurisdictions().forEach(j -> places.addAll(ScenarioContext.withParents(j)));
            for (List<Provision> candidates : reach.candidates()) {
                for (Provision provision : candidates) {
                    footprint.add(provision);
                    addNonNull(footprint, provision.getInstrument().getDependsOn());
                }
            }
        }
        footprint.addAll(places);
        for (Jurisdiction place : places) {
            footprint.addAll(index.instrumentsOf(place));
        }
        if (context.provider() != null) {
            footprint.addAll(index.instrumentsIssuedBy(context.provider()));
        }
        footprints.put(scenario, footprint);
        for (EObject key : footprint) {
            reverse.computeIfAbsent(key, k -> new HashSet<>()).add(scenario);
        }
    }

    private static void addNonNull(Set<EObject> into, EObject... elements) {
        for (EObject element : elements) {
            if (element != null) {
                into.add(element);
            }
        }
    }
}
