package org.lawfulaccess.core.tests.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lawfulaccess.core.routes.Gap;
import org.lawfulaccess.core.routes.GapKind;
import org.lawfulaccess.core.routes.GapSeverity;
import org.lawfulaccess.core.routes.Route;
import org.lawfulaccess.core.routes.RouteAnalysis;
import org.lawfulaccess.core.routes.RouteOptions;
import org.lawfulaccess.core.routes.ScenarioRoutes;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.ProviderKind;
import org.lawfulaccess.model.RetentionRule;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.model.value.TimeSpan;

/** Elapsed time, retention and dependent scenarios. */
class RouteTimeTest {

    private static Route best(RouteAnalysis analysis, Scenario scenario) {
        return analysis.routesOf(scenario).orElseThrow().routes().get(0);
    }

    private static List<Gap> retentionGaps(Route route) {
        return route.gaps(GapKind.RETENTION_EXPIRES);
    }

    private static RouteModel mlatWithRetention(String min, String max, String retention) {
        RouteModel m = new RouteModel();
        m.mlat(m.a, m.b, min, max);
        m.domesticOrder(m.b, null, null);
        m.retention(m.b, retention);
        return m;
    }

    @Test
    void retentionReachedByTheSlowestDeliveryIsAWarning() {
        RouteModel m = mlatWithRetention("6 months", "12 months", "12 months");
        Gap gap = retentionGaps(best(RouteAnalysis.of(m.eco), m.scenario)).get(0);
        assertEquals(GapSeverity.WEAKENING, gap.severity());
        assertTrue(gap.evidence().get(0) instanceof RetentionRule);
    }

    @Test
    void retentionReachedByTheFastestDeliveryIsAnError() {
        RouteModel m = mlatWithRetention("12 months", "14 months", "12 months");
        Route route = best(RouteAnalysis.of(m.eco), m.scenario);
        assertEquals(GapSeverity.BLOCKING, retentionGaps(route).get(0).severity());
        assertTrue(!route.isAvailable());
    }

    @Test
    void nearMissRetentionLongerThanTheRoute() {
        RouteModel m = mlatWithRetention("1 month", "2 months", "12 months");
        assertTrue(retentionGaps(best(RouteAnalysis.of(m.eco), m.scenario)).isEmpty());
    }

    @Test
    void theMarginTurnsACloseCallIntoAWarning() {
        RouteModel m = mlatWithRetention("9 months", "10 months", "12 months");
        assertTrue(retentionGaps(best(RouteAnalysis.of(m.eco), m.scenario)).isEmpty());
        RouteAnalysis withMargin = RouteAnalysis.of(m.eco, RouteOptions.defaults().withRetentionMargin(TimeSpan.months(2)));
        assertEquals(GapSeverity.WEAKENING, retentionGaps(best(withMargin, m.scenario)).get(0).severity());
    }

    @Test
    void retentionForOtherProviderKindsDoesNotApply() {
        RouteModel m = mlatWithRetention("12 months", "14 months", "12 months");
        ((RetentionRule) m.eco.getFacts().get(0)).getProviderKinds().add(ProviderKind.TELECOM_OPERATOR);
        assertTrue(retentionGaps(best(RouteAnalysis.of(m.eco), m.scenario)).isEmpty());
    }

    @Test
    void dependentScenarioStartsWhenTheEarlierOneDelivers() {
        RouteModel m = new RouteModel();
        m.mlat(m.a, m.b, "6 months", "12 months");
        m.domesticOrder(m.b, null, null);
        Provider operator = m.provider("Operator T", m.a);
        operator.getKinds().add(ProviderKind.TELECOM_OPERATOR);
        m.domesticOrder(m.a, "1 week", "2 weeks");
        m.retention(m.a, "12 months").getProviderKinds().add(ProviderKind.TELECOM_OPERATOR);
        Scenario second = m.scenario("Scenario S2", operator);

        RouteAnalysis independent = RouteAnalysis.of(m.eco);
        ScenarioRoutes alone = independent.routesOf(second).orElseThrow();
        assertEquals(Duration.ofDays(14), alone.start().max());
        assertTrue(retentionGaps(alone.best().orElseThrow()).isEmpty(), "near miss: no dependency, no delay");

        second.setDependsOn(m.scenario);
        RouteAnalysis analysis = RouteAnalysis.of(m.eco);
        Route first = analysis.routesOf(m.scenario).orElseThrow().best().orElseThrow();
        ScenarioRoutes dependent = analysis.routesOf(second).orElseThrow();
        assertEquals(first.delivered().min(), dependent.start().min());
        assertEquals(first.delivered().max(), dependent.start().max());
        Route local = dependent.best().orElseThrow();
        assertSame(operator, local.last().addressee());
        assertEquals(first.delivered().max().plus(local.latency().max()), local.delivered().max());
        assertEquals(GapSeverity.WEAKENING, retentionGaps(local).get(0).severity());
    }

    @Test
    void unreachableDependencyIsReported() {
        RouteModel m = new RouteModel();
        Provider operator = m.provider("Operator T", m.a);
        m.domesticOrder(m.a, "1 week", "2 weeks");
        Scenario second = m.scenario("Scenario S2", operator);
        second.setDependsOn(m.scenario);
        ScenarioRoutes dependent = RouteAnalysis.of(m.eco).routesOf(second).orElseThrow();
        assertEquals(GapKind.DEPENDENCY_UNREACHABLE, dependent.gaps().get(0).kind());
        assertSame(m.scenario, dependent.gaps().get(0).evidence().get(0));
    }

    @Test
    void withoutRequestDateTheEcosystemDateApplies() {
        RouteModel m = new RouteModel();
        m.directRequest("1 week", "2 weeks");
        m.scenario.setRequestDate(null);
        m.eco.setAsOf(RouteModel.REQUEST.plusYears(1));
        ScenarioRoutes routes = RouteAnalysis.of(m.eco).routesOf(m.scenario).orElseThrow();
        assertEquals(RouteModel.REQUEST.plusYears(1), routes.date());
        assertEquals(Duration.ZERO, routes.start().max(), "no request date: the clock starts at the event");
    }
}
