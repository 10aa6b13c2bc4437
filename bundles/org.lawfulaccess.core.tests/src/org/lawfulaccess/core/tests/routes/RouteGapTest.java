package org.lawfulaccess.core.tests.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lawfulaccess.core.routes.Gap;
import org.lawfulaccess.core.routes.GapKind;
import org.lawfulaccess.core.routes.GapSeverity;
import org.lawfulaccess.core.routes.Route;
import org.lawfulaccess.core.routes.RouteAnalysis;
import org.lawfulaccess.core.routes.RouteOptions;
import org.lawfulaccess.model.AddresseeClass;
import org.lawfulaccess.model.AddresseeRole;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.CriminalisationStatus;
import org.lawfulaccess.model.DomesticObligation;
import org.lawfulaccess.model.DualCriminality;
import org.lawfulaccess.model.EstablishmentKind;
import org.lawfulaccess.model.InstrumentKind;
import org.lawfulaccess.model.LegalForce;
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.MembershipStatus;
import org.lawfulaccess.model.ObligationKind;
import org.lawfulaccess.model.PracticeOutcome;
import org.lawfulaccess.model.ProviderPractice;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.Reservation;
import org.lawfulaccess.model.ReservationEffect;
import org.lawfulaccess.model.RouteKind;

/** The gaps that block or weaken a route, each with a near miss that must not produce it. */
class RouteGapTest {

    private static Route only(RouteModel m) {
        return only(RouteAnalysis.of(m.eco), m);
    }

    private static Route only(RouteAnalysis analysis, RouteModel m) {
        List<Route> routes = analysis.routesOf(m.scenario).orElseThrow().routes();
        assertEquals(1, routes.size());
        return routes.get(0);
    }

    private static List<GapKind> kinds(Route route) {
        return route.gaps().stream().map(Gap::kind).toList();
    }

    @Test
    void provisionNotYetApplicableIsAGap() {
        RouteModel m = new RouteModel();
        Provision order = m.domesticOrder(m.a, "10 days", "10 days");
        order.setApplicableFrom(RouteModel.REQUEST.plusMonths(1));
        m.establishment(m.provider, m.a, EstablishmentKind.LEGAL_REPRESENTATIVE);

        Route route = only(m);
        assertEquals(List.of(GapKind.NOT_YET_APPLICABLE), kinds(route));
        assertSame(order, route.gaps().get(0).evidence().get(0));
        assertFalse(route.isLegallyAvailable());

        Route later = only(RouteAnalysis.of(m.eco, RouteOptions.defaults().withAsOf(RouteModel.REQUEST.plusMonths(2))), m);
        assertTrue(later.gaps().isEmpty(), "near miss: applicable at a later date");
    }

    @Test
    void provisionNoLongerInForceIsAGap() {
        RouteModel m = new RouteModel();
        Provision direct = m.directRequest("1 week", "2 weeks");
        direct.setValidTo(RouteModel.REQUEST);
        assertTrue(kinds(only(m)).contains(GapKind.NOT_IN_FORCE));
        direct.setValidTo(RouteModel.REQUEST.plusDays(1));
        assertFalse(kinds(only(m)).contains(GapKind.NOT_IN_FORCE), "near miss: in force on the request date");
    }

    @Test
    void dualCriminalityFailsWithTheCriminalisationAsEvidence() {
        RouteModel m = new RouteModel();
        Provision direct = m.directRequest("1 week", "2 weeks");
        direct.setDualCriminality(DualCriminality.REQUIRED_BY_ADDRESSEE_POLICY);
        Criminalisation notCriminal = m.criminalisation(m.b, CriminalisationStatus.NOT_CRIMINAL);

        Route route = only(m);
        Gap gap = route.gaps(GapKind.DUAL_CRIMINALITY_FAILS).get(0);
        assertEquals(GapSeverity.BLOCKING, gap.severity());
        assertEquals(List.of(notCriminal, direct), gap.evidence());
        assertFalse(route.isAvailable());
        assertTrue(route.isLegallyAvailable(), "a policy of the addressee, not the law, blocks it");

        notCriminal.setStatus(CriminalisationStatus.CRIMINAL);
        assertTrue(only(m).gaps(GapKind.DUAL_CRIMINALITY_FAILS).isEmpty(), "near miss: criminal in both");
    }

    @Test
    void dualCriminalityNotRequiredIsNotChecked() {
        RouteModel m = new RouteModel();
        m.directRequest("1 week", "2 weeks");
        m.criminalisation(m.b, CriminalisationStatus.NOT_CRIMINAL);
        assertTrue(only(m).gaps(GapKind.DUAL_CRIMINALITY_FAILS).isEmpty());
    }

    @Test
    void practiceRefusesBlocksTheRoute() {
        RouteModel m = new RouteModel();
        m.directRequest("1 week", "2 weeks");
        ProviderPractice practice = m.practice(m.provider, m.a, RouteKind.DIRECT_REQUEST, PracticeOutcome.REFUSES);

        Route route = only(m);
        assertSame(practice, route.practice().orElseThrow());
        Gap gap = route.gaps(GapKind.PRACTICE_REFUSES).get(0);
        assertEquals(List.of(practice), gap.evidence());
        assertTrue(route.isObservedToFail());
        assertFalse(route.isAvailable());
        assertTrue(route.isLegallyAvailable());

        practice.setOutcome(PracticeOutcome.COMPLIES);
        Route complying = only(m);
        assertTrue(complying.isAvailable(), "near miss: the provider complies");
        assertTrue(complying.gaps(g -> g.kind().aspect() == org.lawfulaccess.core.routes.GapAspect.PRACTICE).isEmpty());
    }

    @Test
    void practiceForAnotherRouteKindDoesNotApply() {
        RouteModel m = new RouteModel();
        m.directRequest("1 week", "2 weeks");
        m.practice(m.provider, m.a, RouteKind.EMERGENCY_REQUEST, PracticeOutcome.NO_RESPONSE);
        assertTrue(only(m).practice().isEmpty());
    }

    @Test
    void signatoryOnlyIsNoMembership() {
        RouteModel m = new RouteModel();
        Provision request = m.mlat(m.a, m.b, "6 months", "12 months");
        m.domesticOrder(m.b, null, null);
        Membership ofA = request.getInstrument().getMemberships().get(0);
        ofA.setStatus(MembershipStatus.SIGNATORY);

        Gap gap = only(m).gaps(GapKind.NO_MEMBERSHIP).get(0);
        assertTrue(gap.evidence().contains(ofA));

        ofA.setStatus(MembershipStatus.PARTY);
        assertTrue(only(m).gaps().isEmpty(), "near miss: a party");
    }

    @Test
    void reservationExcludingTheProvision() {
        RouteModel m = new RouteModel();
        Provision request = m.mlat(m.a, m.b, "6 months", "12 months");
        m.domesticOrder(m.b, null, null);
        Reservation reservation = RouteModel.F.createReservation();
        reservation.setProvision(request);
        reservation.setEffect(ReservationEffect.EXCLUDES);
        request.getInstrument().getMemberships().get(1).getReservations().add(reservation);

        Gap gap = only(m).gaps(GapKind.RESERVATION).get(0);
        assertEquals(GapSeverity.BLOCKING, gap.severity());
        assertSame(reservation, gap.evidence().get(0));

        reservation.setEffect(ReservationEffect.DECLARATION);
        assertTrue(only(m).gaps().isEmpty(), "near miss: a declaration only");
    }

    @Test
    void obligationOutOfScopeAndWithoutEstablishment() {
        RouteModel m = new RouteModel();
        DomesticObligation duty = RouteModel.F.createDomesticObligation();
        duty.setName("Interception duty of A");
        duty.setKind(InstrumentKind.DOMESTIC_LAW);
        duty.setIssuer(m.a);
        duty.setObligationKind(ObligationKind.INTERCEPTION_CAPABILITY);
        duty.setAddresseeClass(AddresseeClass.DECLARED_OPERATORS);
        m.eco.getInstruments().add(duty);
        m.provision(duty, "Interception", RouteKind.INTERCEPTION, AddresseeRole.PROVIDER, LegalForce.BINDING, "1 day", "2 days");

        Route route = only(m);
        assertEquals(List.of(GapKind.OUT_OF_SCOPE, GapKind.NO_ESTABLISHMENT), kinds(route));
        assertTrue(route.gaps().get(0).evidence().contains(duty));
        assertTrue(route.gaps().get(0).evidence().contains(m.provider));

        m.establishment(m.provider, m.a, EstablishmentKind.OPERATOR_DECLARATION);
        m.establishment(m.provider, m.a, EstablishmentKind.SUBSIDIARY);
        assertTrue(only(m).gaps().isEmpty(), "near miss: a declared operator with a subsidiary in A");
    }

    @Test
    void emergencyOnlyProvisionNeedsAnImminentThreat() {
        RouteModel m = new RouteModel();
        Provision emergency = m.directRequest(null, null);
        emergency.setRouteKind(RouteKind.EMERGENCY_REQUEST);
        emergency.setEmergencyOnly(true);
        emergency.setEmergencyLatency(org.lawfulaccess.model.value.TimeSpan.hours(8));
        assertTrue(only(m).gaps(GapKind.EMERGENCY_ONLY).get(0).isBlocking());

        m.scenario.setUrgency(org.lawfulaccess.model.Urgency.IMMINENT_THREAT);
        Route route = only(m);
        assertTrue(route.gaps(GapKind.EMERGENCY_ONLY).isEmpty(), "near miss: an imminent threat");
        assertTrue(route.isEmergencyRoute());
        assertEquals(LocalDate.of(2020, 1, 15), RouteAnalysis.of(m.eco).routesOf(m.scenario).orElseThrow().date());
    }
}
