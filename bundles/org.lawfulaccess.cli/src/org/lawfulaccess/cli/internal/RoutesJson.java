/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.core.routes.Gap;
import org.lawfulaccess.core.routes.Latency;
import org.lawfulaccess.core.routes.Route;
import org.lawfulaccess.core.routes.RouteStep;
import org.lawfulaccess.core.routes.ScenarioRoutes;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.NamedElement;
import org.lawfulaccess.validation.internal.json.JsonWriter;

/**
 * The JSON of {@code lawful routes}: {@code file}, {@code asOf}, {@code routeCount} and one object
 * per scenario with its routes, steps and gaps. Durations are whole days rounded up, as in the
 * text report. Indexes are zero-based so that they address the arrays directly (the text report
 * numbers from 1): {@code bestRoute} into {@code routes}, or null when no route is available; a
 * gap's {@code step} into its route's {@code steps}, or null when it concerns the whole route.
 * Top-level {@code asOf} is the {@code --as-of} date, else the model's; each scenario's
 * {@code date} is the one it was actually evaluated at, beside its own {@code requestDate}. A
 * latency some step of which states none has {@code "unknown": true}; its days are then lower bounds.
 */
final class RoutesJson {

    private final JsonWriter json;

    RoutesJson(PrintWriter out) {
        this.json = new JsonWriter(out);
    }

    /**
     * @param file the analysed file, as a URI or relative path
     * @param asOf the date forced by {@code --as-of}, else the model's own, or null
     * @param scenarios the scenarios to write
     */
    void write(String file, LocalDate asOf, List<ScenarioRoutes> scenarios) {
        json.beginObject().member("file", file).member("asOf", asOf == null ? null : asOf.toString()) //$NON-NLS-1$ //$NON-NLS-2$
                .member("routeCount", scenarios.stream().mapToInt(s -> s.routes().size()).sum()); //$NON-NLS-1$
        json.name("scenarios").beginArray(); //$NON-NLS-1$
        scenarios.forEach(this::scenario);
        json.endArray().endObject().finish();
    }

    private void scenario(ScenarioRoutes s) {
        json.beginObject().member("name", s.scenario().getName()) //$NON-NLS-1$
                .member("date", s.date() == null ? null : s.date().toString()) //$NON-NLS-1$
                .member("requestDate", s.scenario().getRequestDate() == null ? null : s.scenario().getRequestDate().toString()) //$NON-NLS-1$
                .member("requestingJurisdiction", name(s.requestingJurisdiction())) //$NON-NLS-1$
                .member("provider", name(s.provider())); //$NON-NLS-1$
        json.name("start"); //$NON-NLS-1$
        latency(s.start());
        json.name("bestRoute"); //$NON-NLS-1$
        s.best().ifPresentOrElse(best -> json.value(s.routes().indexOf(best)), () -> json.value((String) null));
        gaps(s.gaps());
        json.name("routes").beginArray(); //$NON-NLS-1$
        s.routes().forEach(this::route);
        json.endArray().endObject();
    }

    private void route(Route route) {
        json.beginObject().name("steps").beginArray(); //$NON-NLS-1$
        route.steps().forEach(this::step);
        json.endArray().name("latency"); //$NON-NLS-1$
        latency(route.latency());
        json.name("delivered"); //$NON-NLS-1$
        latency(route.delivered());
        json.member("binding", route.isBinding()).member("available", route.isAvailable()) //$NON-NLS-1$ //$NON-NLS-2$
                .member("legallyAvailable", route.isLegallyAvailable()) //$NON-NLS-1$
                .member("observedToFail", route.isObservedToFail()) //$NON-NLS-1$
                .member("practice", route.practice().map(p -> constant(p.getOutcome())).orElse(null)); //$NON-NLS-1$
        gaps(route.gaps());
        json.endObject();
    }

    private void step(RouteStep step) {
        json.beginObject().member("provision", name(step.provision())) //$NON-NLS-1$
                .member("routeKind", constant(step.provision().getRouteKind())) //$NON-NLS-1$
                .member("instrument", name(step.provision().getInstrument())) //$NON-NLS-1$
                .member("issuer", name(step.issuerJurisdiction())) //$NON-NLS-1$
                .member("addressee", name(step.addressee())) //$NON-NLS-1$
                .member("addresseeJurisdiction", name(step.addresseeJurisdiction())); //$NON-NLS-1$
        json.name("latency"); //$NON-NLS-1$
        latency(step.latency());
        json.endObject();
    }

    private void gaps(List<Gap> gaps) {
        json.name("gaps").beginArray(); //$NON-NLS-1$
        for (Gap gap : gaps) {
            json.beginObject().member("kind", constant(gap.kind())).member("severity", constant(gap.severity())) //$NON-NLS-1$ //$NON-NLS-2$
                    .name("step"); //$NON-NLS-1$
            // Zero-based like bestRoute, so both index arrays directly; -1 (the whole route) becomes null.
            if (gap.stepIndex() < 0) {
                json.value((String) null);
            } else {
                json.value(gap.stepIndex());
            }
            json.member("message", gap.message(Labels::text)).name("evidence").beginArray(); //$NON-NLS-1$ //$NON-NLS-2$
            // Evidence mixes element types, so it carries the type as findings do.
            gap.evidence().forEach(e -> json.value(Labels.reference(e)));
            json.endArray().endObject();
        }
        json.endArray();
    }

    private void latency(Latency latency) {
        json.beginObject().member("minDays", Latency.days(latency.min())).member("maxDays", Latency.days(latency.max())); //$NON-NLS-1$ //$NON-NLS-2$
        latency.emergency().ifPresent(e -> json.member("emergencyDays", Latency.days(e))); //$NON-NLS-1$
        if (!latency.stated()) {
            json.member("unknown", true); //$NON-NLS-1$
        }
        json.endObject();
    }

    /**
     * The same names the text report prints: an element's name, a jurisdiction's code when it has
     * none, else its type; null for an element the model does not state.
     */
    private static String name(EObject element) {
        if (element == null) {
            return null;
        }
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return named.getName();
        }
        if (element instanceof Jurisdiction jurisdiction && jurisdiction.getCode() != null) {
            return jurisdiction.getCode();
        }
        return element.eClass().getName();
    }

    private static String constant(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
