package org.lawfulaccess.core.tests.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.core.routes.Gap;
import org.lawfulaccess.core.routes.GapKind;
import org.lawfulaccess.core.routes.GapSeverity;
import org.lawfulaccess.core.routes.Route;
import org.lawfulaccess.core.routes.RouteAnalysis;
import org.lawfulaccess.model.CriminalisationStatus;
import org.lawfulaccess.model.CriminalityVenue;
import org.lawfulaccess.model.DualCriminality;
import org.lawfulaccess.model.EstablishmentKind;
import org.lawfulaccess.model.ForceStatus;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.InstrumentKind;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LegalForce;
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.MembershipStatus;
import org.lawfulaccess.model.PracticeOutcome;
import org.lawfulaccess.model.ProviderPractice;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.RouteKind;

/**
 * What a model can state since format 2: values that are not stated read as unknown, instruments
 * adopted but not in force, ratification before entry into force, where dual criminality is
 * assessed, instruments that exist under another, and practices over every route kind. Each case
 * has a near miss that must not produce its gap.
 */
class StatedValuesTest {

    private static final Function<EObject, String> LABEL = Labels::text;

    private static Route only(RouteModel m) {
        List<Route> routes = RouteAnalysis.of(m.eco).routesOf(m.scenario).orElseThrow().routes();
        assertEquals(1, routes.size());
        return routes.get(0);
    }

    private static Gap gap(Route route, GapKind kind) {
        List<Gap> gaps = route.gaps(kind);
        assertEquals(1, gaps.size(), () -> route.gaps().toString());
        return gaps.get(0);
    }

    @Test
    void aMembershipOfUnstatedStatusWeakensTheStepInsteadOfBlockingIt() {
        RouteModel m = new RouteModel();
        Provision mla = m.mlat(m.a, m.b, "6 months", "12 months");
        m.domesticOrder(m.b, null, null);
        Membership membershipOfB = mla.getInstrument().getMemberships().get(1);
        membershipOfB.setStatus(MembershipStatus.UNSTATED);

        Gap gap = gap(only(m), GapKind.NO_MEMBERSHIP);
        assertEquals(GapSeverity.WEAKENING, gap.severity());
        assertEquals(List.of(membershipOfB), gap.evidence());
        assertEquals("Whether State B (BB) is bound by Treaty AA-BB is not stated: its membership has no status.", gap.message(LABEL));
        assertTrue(only(m).isLegallyAvailable());

        membershipOfB.setStatus(MembershipStatus.PARTY);
        assertTrue(only(m).gaps(GapKind.NO_MEMBERSHIP).isEmpty(), "near miss: a party");
    }

    @Test
    void aRatificationNotYetInForceBlocksTheStep() {
        RouteModel m = new RouteModel();
        Provision mla = m.mlat(m.a, m.b, "6 months", "12 months");
        m.domesticOrder(m.b, null, null);
        mla.getInstrument().getMemberships().get(1).setStatus(MembershipStatus.RATIFIED);

        Gap gap = gap(only(m), GapKind.NO_MEMBERSHIP);
        assertEquals(GapSeverity.BLOCKING, gap.severity());
        assertEquals("State B (BB) has ratified Treaty AA-BB, which is not yet in force for it on 2020-01-15.", gap.message(LABEL));
        assertFalse(only(m).isLegallyAvailable());
    }

    @Test
    void anInstrumentOrProvisionAdoptedButNotInForceBlocksTheRoute() {
        RouteModel m = new RouteModel();
        Provision mla = m.mlat(m.a, m.b, "6 months", "12 months");
        m.domesticOrder(m.b, null, null);
        Instrument treaty = mla.getInstrument();
        treaty.setForceStatus(ForceStatus.NOT_YET_IN_FORCE);

        Gap gap = gap(only(m), GapKind.NOT_IN_FORCE);
        assertEquals(List.of(treaty), gap.evidence());
        assertEquals("Treaty AA-BB is adopted but not yet in force, and no date of entry into force is known.", gap.message(LABEL));

        treaty.setForceStatus(ForceStatus.IN_FORCE);
        mla.setForceStatus(ForceStatus.NOT_YET_IN_FORCE);
        assertEquals(List.of(mla), gap(only(m), GapKind.NOT_IN_FORCE).evidence());

        mla.setForceStatus(ForceStatus.IN_FORCE);
        assertTrue(only(m).gaps(GapKind.NOT_IN_FORCE).isEmpty(), "near miss: in force");
    }

    @Test
    void anUnstatedPracticeOutcomeIsNoObservation() {
        RouteModel m = new RouteModel();
        m.directRequest("1 week", "2 weeks");
        ProviderPractice practice = m.practice(m.provider, m.a, RouteKind.DIRECT_REQUEST, PracticeOutcome.UNSTATED);
        assertTrue(only(m).practice().isEmpty());

        practice.setOutcome(PracticeOutcome.NO_RESPONSE);
        assertEquals(practice, only(m).practice().orElseThrow(), "near miss: a stated outcome");
    }

    @Test
    void aPracticeWithoutRouteKindsCoversEveryKind() {
        RouteModel m = new RouteModel();
        m.domesticOrder(m.a, "10 days", "10 days");
        m.establishment(m.provider, m.a, EstablishmentKind.LEGAL_REPRESENTATIVE);
        ProviderPractice practice = m.practice(m.provider, m.a, null, PracticeOutcome.NO_RESPONSE);

        assertEquals(List.of(practice), gap(only(m), GapKind.PRACTICE_NO_RESPONSE).evidence());

        practice.getRouteKinds().add(RouteKind.DIRECT_REQUEST);
        assertTrue(only(m).practice().isEmpty(), "near miss: observed on direct requests only");
        practice.getRouteKinds().add(RouteKind.PRODUCTION_ORDER);
        assertEquals(practice, only(m).practice().orElseThrow());
    }

    @Test
    void anUnstatedCriminalisationLeavesDualCriminalityUnknown() {
        RouteModel m = new RouteModel();
        Provision direct = m.directRequest("1 week", "2 weeks");
        direct.setDualCriminality(DualCriminality.REQUIRED_BY_ADDRESSEE_POLICY);
        var criminalisation = m.criminalisation(m.b, CriminalisationStatus.UNSTATED);

        assertEquals(GapSeverity.NOTE, gap(only(m), GapKind.DUAL_CRIMINALITY_UNKNOWN).severity());
        assertTrue(only(m).gaps(GapKind.DUAL_CRIMINALITY_FAILS).isEmpty());

        criminalisation.setStatus(CriminalisationStatus.NOT_CRIMINAL);
        assertEquals(1, only(m).gaps(GapKind.DUAL_CRIMINALITY_FAILS).size(), "near miss: stated");
    }

    @Test
    void anUnstatedLegalForceIsNeitherBindingNorVoluntary() {
        RouteModel m = new RouteModel();
        Provision order = m.domesticOrder(m.a, "10 days", "10 days");
        m.establishment(m.provider, m.a, EstablishmentKind.LEGAL_REPRESENTATIVE);
        assertTrue(only(m).isBinding());

        order.setLegalForce(LegalForce.UNSTATED);
        Route route = only(m);
        assertFalse(route.isBinding());
        assertEquals(LegalForce.UNSTATED, route.force());
        assertTrue(route.gaps(GapKind.VOLUNTARY_ONLY).isEmpty());
    }

    /** Regulation (EU) 2023/1543, Art. 12: the enforcing State, where the legal representative is, may refuse. */
    @Test
    void dualCriminalityIsAssessedWhereTheProvisionSays() {
        RouteModel m = new RouteModel();
        Jurisdiction c = m.jurisdiction("State C", "CC");
        Provision order = m.domesticOrder(m.a, "10 days", "10 days");
        order.setDualCriminality(DualCriminality.GROUND_FOR_REFUSAL);
        m.establishment(m.provider, c, EstablishmentKind.LEGAL_REPRESENTATIVE);
        m.establishment(m.provider, m.a, EstablishmentKind.SUBSIDIARY);
        m.criminalisation(m.a, CriminalisationStatus.CRIMINAL);
        m.criminalisation(m.b, CriminalisationStatus.CRIMINAL);
        m.criminalisation(c, CriminalisationStatus.NOT_CRIMINAL);

        order.setDualCriminalityAssessedIn(CriminalityVenue.ENFORCING_STATE);
        Gap gap = gap(only(m), GapKind.DUAL_CRIMINALITY_FAILS);
        assertEquals(GapSeverity.WEAKENING, gap.severity());
        assertEquals("Procedure law of AA (Production order), 10 days requires dual criminality, and Offence O is not criminal in State C (CC).",
                gap.message(LABEL));

        order.setDualCriminalityAssessedIn(CriminalityVenue.PROVIDER_SEAT);
        assertTrue(only(m).gaps(GapKind.DUAL_CRIMINALITY_FAILS).isEmpty(), "near miss: criminal at the provider's seat");
        order.setDualCriminalityAssessedIn(CriminalityVenue.EXECUTING_STATE);
        assertTrue(only(m).gaps(GapKind.DUAL_CRIMINALITY_FAILS).isEmpty(), "near miss: the provider executes it, seated in B");
    }

    @Test
    void aPowerUnderAnAgreementAppliesOnlyWhileTheAgreementBinds() {
        RouteModel m = new RouteModel();
        Provision order = m.domesticOrder(m.a, "10 days", "10 days");
        m.establishment(m.provider, m.a, EstablishmentKind.LEGAL_REPRESENTATIVE);
        Instrument agreement = m.instrument("Agreement A-B", InstrumentKind.EXECUTIVE_AGREEMENT, null, m.a);
        order.getInstrument().setDependsOn(agreement);

        Gap gap = gap(only(m), GapKind.NOT_IN_FORCE);
        assertEquals(GapSeverity.BLOCKING, gap.severity());
        assertEquals("Procedure law of AA applies only while Agreement A-B is in force for State B (BB), which it is not on 2020-01-15.",
                gap.message(LABEL));

        m.membership(agreement, m.b, MembershipStatus.PARTY);
        assertTrue(only(m).gaps(GapKind.NOT_IN_FORCE).isEmpty(), "near miss: both parties bound");
        agreement.setForceStatus(ForceStatus.NOT_YET_IN_FORCE);
        assertEquals(1, only(m).gaps(GapKind.NOT_IN_FORCE).size(), "the agreement is not in force");
    }
}
