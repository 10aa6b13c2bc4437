package org.lawfulaccess.core.tests.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lawfulaccess.core.routes.GapKind;
import org.lawfulaccess.core.routes.GapSeverity;
import org.lawfulaccess.core.routes.Latency;
import org.lawfulaccess.core.routes.Route;
import org.lawfulaccess.core.routes.RouteAnalysis;
import org.lawfulaccess.core.routes.RouteOptions;
import org.lawfulaccess.core.routes.ScenarioRoutes;
import org.lawfulaccess.model.AddresseeRole;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.EstablishmentKind;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.InstrumentKind;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LegalForce;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.RouteKind;
import org.lawfulaccess.model.value.TimeSpan;

/** Which routes are found, and that they come from model data alone. */
class RouteFindingTest {

    private static ScenarioRoutes analyse(RouteModel m) {
        return RouteAnalysis.of(m.eco).routesOf(m.scenario).orElseThrow();
    }

    private static Duration span(String text) {
        return Latency.duration(TimeSpan.parse(text));
    }

    @Test
    void directVoluntaryRequest() {
        RouteModel m = new RouteModel();
        Provision direct = m.directRequest("2 weeks", "6 months");

        ScenarioRoutes result = analyse(m);

        assertEquals(1, result.routes().size());
        Route route = result.best().orElseThrow();
        assertEquals(1, route.steps().size());
        assertSame(direct, route.first().provision());
        assertSame(m.provider, route.last().addressee());
        assertSame(m.b, route.last().addresseeJurisdiction());
        assertFalse(route.isBinding());
        assertEquals(span("2 weeks"), route.latency().min());
        assertEquals(span("6 months"), route.latency().max());
        assertEquals(List.of(GapKind.VOLUNTARY_ONLY), route.gaps().stream().map(g -> g.kind()).toList());
        assertEquals(GapSeverity.WEAKENING, route.gaps().get(0).severity());
    }

    @Test
    void nearMissArrangementWithAnotherProviderGivesNoRoute() {
        RouteModel m = new RouteModel();
        m.provider("Provider Q", m.b);
        Instrument arrangement = m.instrument("Arrangement A-Q", InstrumentKind.VOLUNTARY_ARRANGEMENT, null, m.a,
                m.eco.getActors().get(m.eco.getActors().size() - 1));
        m.provision(arrangement, "Direct request", RouteKind.DIRECT_REQUEST, AddresseeRole.PROVIDER, LegalForce.VOLUNTARY,
                "1 week", "2 weeks");

        assertTrue(analyse(m).routes().isEmpty());
    }

    @Test
    void mutualAssistanceThroughCentralAuthoritiesSumsLatencies() {
        RouteModel m = new RouteModel();
        Provision request = m.mlat(m.a, m.b, "6 months", "12 months");
        Provision order = m.domesticOrder(m.b, "1 month", "2 months");

        Route route = analyse(m).best().orElseThrow();

        assertEquals(2, route.steps().size());
        assertSame(request, route.first().provision());
        assertSame(m.centralB, route.first().addressee());
        assertSame(m.a, route.first().issuerJurisdiction());
        assertSame(order, route.last().provision());
        assertSame(m.b, route.last().issuerJurisdiction());
        assertSame(m.provider, route.last().addressee());
        assertTrue(route.isBinding());
        assertTrue(route.gaps().isEmpty(), route.gaps().toString());
        assertEquals(span("7 months"), route.latency().min());
        assertEquals(span("14 months"), route.latency().max());
        assertEquals(span("14 days").plus(span("14 months")), route.delivered().max());
        assertFalse(route.isEmergencyRoute());
    }

    @Test
    void nearMissRequestedStateNotInTreatyGivesNoRoute() {
        RouteModel m = new RouteModel();
        Jurisdiction c = m.jurisdiction("State C", "CC");
        m.mlat(m.a, c, "6 months", "12 months");
        m.domesticOrder(m.b, "1 month", "2 months");

        assertTrue(analyse(m).routes().isEmpty());
    }

    @Test
    void addingAnAgreementAloneCreatesARoute() {
        RouteModel m = new RouteModel();
        m.mlat(m.a, m.b, "6 months", "12 months");
        m.domesticOrder(m.b, "1 month", "2 months");
        assertEquals(1, analyse(m).routes().size());

        Instrument agreement = m.instrument("Agreement A-B", InstrumentKind.EXECUTIVE_AGREEMENT, null, m.a, m.b);
        Provision order = m.provision(agreement, "Order to providers", RouteKind.PRODUCTION_ORDER, AddresseeRole.PROVIDER,
                LegalForce.BINDING, "10 days", "20 days");

        ScenarioRoutes after = analyse(m);
        assertEquals(2, after.routes().size());
        assertSame(order, after.best().orElseThrow().first().provision(), "the faster route ranks first");
    }

    @Test
    void addingAProvisionAloneCreatesARoute() {
        RouteModel m = new RouteModel();
        Provision direct = m.directRequest("2 weeks", "6 months");
        assertEquals(1, analyse(m).routes().size());

        Provision emergency = m.provision(direct.getInstrument(), "Emergency disclosure", RouteKind.EMERGENCY_REQUEST,
                AddresseeRole.PROVIDER, LegalForce.VOLUNTARY, "1 day", "3 days");
        emergency.setEmergencyLatency(TimeSpan.hours(8));

        ScenarioRoutes after = analyse(m);
        assertEquals(2, after.routes().size());
        assertTrue(after.routes().stream().anyMatch(Route::isEmergencyRoute));
    }

    @Test
    void fourStepsAreFoundAndFiveAreNot() {
        RouteModel m = new RouteModel();
        Jurisdiction c = m.jurisdiction("State C", "CC");
        Jurisdiction d = m.jurisdiction("State D", "DD");
        Jurisdiction e = m.jurisdiction("State E", "EE");
        for (Jurisdiction j : List.of(c, d, e)) {
            m.establishment(m.provider, j, EstablishmentKind.SUBSIDIARY);
        }
        m.mlat(m.a, m.b, "1 month", "1 month");
        m.mlat(m.b, c, "1 month", "1 month");
        m.mlat(c, d, "1 month", "1 month");
        m.domesticOrder(d, "1 week", "1 week");
        List<Route> four = analyse(m).routes();
        assertEquals(1, four.size());
        assertEquals(4, four.get(0).steps().size());

        RouteAnalysis three = RouteAnalysis.of(m.eco, RouteOptions.defaults().withMaxSteps(3));
        assertTrue(three.routesOf(m.scenario).orElseThrow().routes().isEmpty(), "the step limit is honoured");

        RouteModel n = new RouteModel();
        Jurisdiction c2 = n.jurisdiction("State C", "CC");
        Jurisdiction d2 = n.jurisdiction("State D", "DD");
        Jurisdiction e2 = n.jurisdiction("State E", "EE");
        for (Jurisdiction j : List.of(c2, d2, e2)) {
            n.establishment(n.provider, j, EstablishmentKind.SUBSIDIARY);
        }
        n.mlat(n.a, n.b, "1 month", "1 month");
        n.mlat(n.b, c2, "1 month", "1 month");
        n.mlat(c2, d2, "1 month", "1 month");
        n.mlat(d2, e2, "1 month", "1 month");
        n.domesticOrder(e2, "1 week", "1 week");
        assertTrue(analyse(n).routes().isEmpty(), "five steps exceed the limit");
    }

    @Test
    void preservationThroughPointsOfContactThenAssistance() {
        RouteModel m = new RouteModel();
        m.mlat(m.a, m.b, "6 months", "12 months");
        m.domesticOrder(m.b, null, null);
        Instrument convention = m.instrument("Convention", InstrumentKind.MULTILATERAL_TREATY, null, m.a, m.b);
        Provision preserve = m.provision(convention, "Expedited preservation", RouteKind.PRESERVATION,
                AddresseeRole.POINT_OF_CONTACT, LegalForce.BINDING, "1 day", "2 days");
        preserve.getRequiredContactNetworks().add(ContactNetwork.BUDAPEST_24_7);
        m.contact(m.a, ContactNetwork.BUDAPEST_24_7);
        m.contact(m.b, ContactNetwork.BUDAPEST_24_7);
        m.retention(m.b, "3 months");

        ScenarioRoutes result = analyse(m);

        Route best = result.best().orElseThrow();
        assertEquals(3, best.steps().size());
        assertSame(preserve, best.first().provision());
        assertTrue(best.gaps().isEmpty(), "preservation stops the clock: " + best.gaps());
        Route plain = result.routes().stream().filter(r -> r.steps().size() == 2).findFirst().orElseThrow();
        assertEquals(GapKind.RETENTION_EXPIRES, plain.gaps().get(0).kind());
        assertEquals(GapSeverity.BLOCKING, plain.gaps().get(0).severity());
    }

    @Test
    void nearMissPreservationWithoutPointOfContact() {
        RouteModel m = new RouteModel();
        m.mlat(m.a, m.b, "6 months", "12 months");
        m.domesticOrder(m.b, null, null);
        Instrument convention = m.instrument("Convention", InstrumentKind.MULTILATERAL_TREATY, null, m.a, m.b);
        Provision preserve = m.provision(convention, "Expedited preservation", RouteKind.PRESERVATION,
                AddresseeRole.POINT_OF_CONTACT, LegalForce.BINDING, "1 day", "2 days");
        preserve.getRequiredContactNetworks().add(ContactNetwork.BUDAPEST_24_7);
        m.contact(m.a, ContactNetwork.BUDAPEST_24_7);

        Route preserved = analyse(m).routes().stream().filter(r -> r.steps().size() == 3).findFirst().orElseThrow();
        assertEquals(List.of(GapKind.NO_POINT_OF_CONTACT), preserved.gaps().stream().map(g -> g.kind()).toList());
        assertTrue(preserved.gaps().get(0).evidence().contains(m.b));
    }
}
