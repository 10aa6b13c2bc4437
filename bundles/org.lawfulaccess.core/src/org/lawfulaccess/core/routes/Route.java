package org.lawfulaccess.core.routes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.model.LegalForce;
import org.lawfulaccess.model.PracticeOutcome;
import org.lawfulaccess.model.ProviderPractice;

/**
 * One way for a scenario's requesting authority to obtain the data: at most four steps, the last
 * of which reaches the provider, with what is known about it at the evaluation date.
 *
 * @param steps the steps in order; the last is addressed to the target provider
 * @param latency the summed latency of all steps
 * @param delivered the elapsed time from the scenario's event to delivery (start offset plus latency)
 * @param force {@link LegalForce#BINDING} only if every step is binding, else the weakest
 * @param practice the observed practice of the provider that applies to this route, if any
 * @param gaps what blocks or weakens the route, in step order
 */
public record Route(List<RouteStep> steps, Latency latency, Latency delivered, LegalForce force,
        Optional<ProviderPractice> practice, List<Gap> gaps) {

    public Route {
        steps = List.copyOf(steps);
        gaps = List.copyOf(gaps);
    }

    /** @return whether no gap blocks the route: legally available and not observed to fail */
    public boolean isAvailable() {
        // A loop: rules and ranking ask this of every route, often more than once.
        for (Gap gap : gaps) {
            if (gap.isBlocking()) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return whether no legal or enforcement gap (force, applicability, membership, reservation,
     *         scope, points of contact, presence of the provider) blocks the route; practice,
     *         criminality and time are ignored
     */
    public boolean isLegallyAvailable() {
        for (Gap gap : gaps) { // a loop, not a stream: rules ask this of every route, again and again
            if (gap.isBlocking() && (gap.kind().aspect() == GapAspect.LEGAL || gap.kind().aspect() == GapAspect.ENFORCEMENT)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the provider has been observed to refuse or not to respond on this route */
    public boolean isObservedToFail() {
        return practice.map(p -> p.getOutcome() == PracticeOutcome.REFUSES
                || p.getOutcome() == PracticeOutcome.NO_RESPONSE).orElse(false);
    }

    /** @return whether every step binds its addressee */
    public boolean isBinding() {
        return force == LegalForce.BINDING;
    }

    /** @return whether every step states an emergency latency, i.e. the route can be used in an emergency */
    public boolean isEmergencyRoute() {
        return latency.emergency().isPresent();
    }

    /** @return the gaps of one kind */
    public List<Gap> gaps(GapKind kind) {
        return gaps.stream().filter(g -> g.kind() == kind).toList();
    }

    /** @return the gaps of one step (zero-based) */
    public List<Gap> gapsAt(int stepIndex) {
        return gaps.stream().filter(g -> g.stepIndex() == stepIndex).toList();
    }

    /** @return the gaps matching a condition */
    public List<Gap> gaps(Predicate<Gap> condition) {
        return gaps.stream().filter(condition).toList();
    }

    /** @return the first step */
    public RouteStep first() {
        return steps.get(0);
    }

    /** @return the step that reaches the provider */
    public RouteStep last() {
        return steps.get(steps.size() - 1);
    }

    /**
     * @return the facts the route relies on: its provisions, the practice and every element cited
     *         as evidence by its gaps, without duplicates, in route order
     */
    public List<EObject> facts() {
        Set<EObject> facts = new LinkedHashSet<>();
        steps.forEach(s -> facts.add(s.provision()));
        practice.ifPresent(facts::add);
        gaps.forEach(g -> facts.addAll(g.evidence()));
        return new ArrayList<>(facts);
    }
}
