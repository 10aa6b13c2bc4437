package org.lawfulaccess.core.routes;

import java.util.List;

import org.lawfulaccess.core.Labels;
import org.lawfulaccess.core.internal.routes.RouteMessages;
import org.lawfulaccess.model.Scenario;

/**
 * Plain-text rendering of a route analysis for people, as printed by the command line: per
 * scenario the best route, then every route with its steps, observed practice and gaps.
 */
public final class RouteReport {

    private RouteReport() {
    }

    /** @return the whole analysis as text, one block per scenario */
    public static String toText(RouteAnalysis analysis) {
        return toText(analysis.scenarios());
    }

    /** @return the given scenarios' routes as text, e.g. after filtering by scenario */
    public static String toText(List<ScenarioRoutes> scenarios) {
        StringBuilder out = new StringBuilder();
        for (ScenarioRoutes s : scenarios) {
            appendScenario(out, s);
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    private static void appendScenario(StringBuilder out, ScenarioRoutes s) {
        Scenario scenario = s.scenario();
        line(out, RouteMessages.format("report.scenario", scenario)); //$NON-NLS-1$
        line(out, 1, RouteMessages.format("report.context", s.date(), s.requestingJurisdiction(), s.provider(), //$NON-NLS-1$
                Latency.describe(s.start()), dateReason(scenario, s)));
        for (Gap gap : s.gaps()) {
            line(out, 1, RouteMessages.format("report.scenarioGap", gap.severity(), gap.kind(), gap.message(Labels::text))); //$NON-NLS-1$
        }
        if (s.routes().isEmpty()) {
            line(out, 1, RouteMessages.format("report.noRoute")); //$NON-NLS-1$
            return;
        }
        int best = s.best().map(r -> s.routes().indexOf(r) + 1).orElse(0);
        line(out, 1, best > 0 ? RouteMessages.format("report.best", best) : RouteMessages.format("report.noBest")); //$NON-NLS-1$ //$NON-NLS-2$
        for (int i = 0; i < s.routes().size(); i++) {
            appendRoute(out, i + 1, s.routes().get(i));
        }
    }

    /** Says why a scenario was evaluated at its date, so that a date given with --as-of is never silent. */
    private static String dateReason(Scenario scenario, ScenarioRoutes s) {
        if (scenario.getRequestDate() == null) {
            return RouteMessages.format("report.noRequestDate"); //$NON-NLS-1$
        }
        return scenario.getRequestDate().equals(s.date()) ? RouteMessages.format("report.atRequestDate") //$NON-NLS-1$
                : RouteMessages.format("report.notAtRequestDate", scenario.getRequestDate()); //$NON-NLS-1$
    }

    private static void appendRoute(StringBuilder out, int number, Route route) {
        String emergency = route.latency().emergency()
                .map(e -> RouteMessages.format("report.emergency", Latency.describe(e))).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
        line(out, 1, RouteMessages.format("report.route", number, //$NON-NLS-1$
                RouteMessages.format(route.isAvailable() ? "report.available" : "report.blocked"), //$NON-NLS-1$ //$NON-NLS-2$
                RouteMessages.format(route.isBinding() ? "report.binding" : "report.voluntary"), //$NON-NLS-1$ //$NON-NLS-2$
                RouteMessages.format(route.isLegallyAvailable() ? "report.legal" : "report.notLegal"), //$NON-NLS-1$ //$NON-NLS-2$
                Latency.describe(route.latency()), Latency.describe(route.delivered()), emergency));
        for (int i = 0; i < route.steps().size(); i++) {
            RouteStep step = route.steps().get(i);
            line(out, 3, RouteMessages.format("report.step", i + 1, step.provision(), step.provision().getRouteKind(), //$NON-NLS-1$
                    step.issuerJurisdiction(),
                    step.addressee() != null ? step.addressee() : step.addresseeJurisdiction()));
        }
        route.practice().ifPresent(p -> line(out, 3, RouteMessages.format("report.practice", p.getOutcome()))); //$NON-NLS-1$
        for (Gap gap : route.gaps()) {
            line(out, 3, RouteMessages.format("report.gap", gap.severity(), gap.kind(), gap.message(Labels::text))); //$NON-NLS-1$
        }
    }

    private static void line(StringBuilder out, String text) {
        line(out, 0, text);
    }

    /** Indentation is added here because properties files drop a value's leading spaces. */
    private static void line(StringBuilder out, int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append(System.lineSeparator()); //$NON-NLS-1$
    }
}
