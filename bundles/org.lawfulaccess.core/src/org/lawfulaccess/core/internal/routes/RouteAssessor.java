package org.lawfulaccess.core.internal.routes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lawfulaccess.core.routes.Gap;
import org.lawfulaccess.core.routes.Latency;
import org.lawfulaccess.core.routes.Route;
import org.lawfulaccess.core.routes.RouteStep;
import org.lawfulaccess.model.LegalForce;
import org.lawfulaccess.model.ProviderPractice;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.value.TimeSpan;

/** Turns a candidate path into a {@link Route}: latencies, force, practice and gaps. */
final class RouteAssessor {

    private final StepChecks steps;
    private final PracticeCheck practice;
    private final RetentionCheck retention;
    private final Map<Provision, Latency> known;

    /**
     * @param known the latencies of provisions met so far, shared by the scenarios of one
     *        evaluation: every route step of a provision then shares one value
     */
    RouteAssessor(RouteIndex index, ScenarioContext context, TimeSpan margin, Map<Provision, Latency> known) {
        this.known = known;
        this.steps = new StepChecks(index, context);
        this.practice = new PracticeCheck(index, context);
        this.retention = new RetentionCheck(index, context, margin);
    }

    Route assess(List<Hop> path, Latency start) {
        List<RouteStep> routeSteps = new ArrayList<>();
        List<Latency> latencies = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        LegalForce force = LegalForce.BINDING;
        for (int i = 0; i < path.size(); i++) {
            Hop hop = path.get(i);
            Latency latency = known.computeIfAbsent(hop.provision(), RouteAssessor::latencyOf);
            latencies.add(latency);
            force = weaker(force, hop.provision().getLegalForce());
            routeSteps.add(new RouteStep(hop.provision(), hop.issuer(), hop.addressee(), hop.addresseeJurisdiction(), latency));
            gaps.addAll(steps.check(hop, i));
        }
        Optional<ProviderPractice> observed = practice.find(path);
        observed.flatMap(p -> practice.gap(p, path.size() - 1)).ifPresent(gaps::add);
        retention.check(path, latencies, start).ifPresent(gaps::add);
        Latency total = Latency.sum(latencies);
        return new Route(routeSteps, total, start.plus(total), force, observed, gaps);
    }

    /** Voluntary anywhere makes the route voluntary; otherwise a step whose force is not stated leaves it unstated. */
    private static LegalForce weaker(LegalForce route, LegalForce step) {
        if (route == LegalForce.VOLUNTARY || step == LegalForce.VOLUNTARY) {
            return LegalForce.VOLUNTARY;
        }
        return route == LegalForce.UNSTATED || step == LegalForce.UNSTATED ? LegalForce.UNSTATED : LegalForce.BINDING;
    }

    /**
     * A missing bound takes the other one, so a provision stating only "up to 12 months" is not
     * taken to be instant; an emergency-only provision with no ordinary latency takes its emergency one.
     * A provision stating neither bound has an unstated latency, never an instant one.
     */
    static Latency latencyOf(Provision provision) {
        TimeSpan min = provision.getMinLatency() != null ? provision.getMinLatency() : provision.getMaxLatency();
        TimeSpan max = provision.getMaxLatency() != null ? provision.getMaxLatency() : provision.getMinLatency();
        TimeSpan emergency = provision.getEmergencyLatency();
        if (min == null && provision.isEmergencyOnly()) {
            min = emergency;
            max = emergency;
        }
        Optional<Duration> urgent = emergency == null ? Optional.empty() : Optional.of(Latency.duration(emergency));
        if (min == null) {
            return Latency.unstated(urgent);
        }
        return new Latency(Latency.duration(min), Latency.duration(max), urgent);
    }
}
