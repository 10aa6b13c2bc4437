package org.lawfulaccess.core.tests.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.core.generate.EcosystemGenerator;
import org.lawfulaccess.model.AddresseeRole;
import org.lawfulaccess.model.Authority;
import org.lawfulaccess.model.Citation;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.InstrumentKind;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.MembershipStatus;
import org.lawfulaccess.model.Party;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.ProviderKind;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.Reservation;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.model.SourceKind;
import org.lawfulaccess.model.Sourced;

/**
 * What a generated ecosystem contains: sourced facts, a structurally valid model, and scenarios
 * that route reasoning can answer. The route check here is deliberately simple (one hop straight
 * to the provider); it shows the links exist, not how the rules will use them.
 */
class GeneratedContentTest {

    private final Ecosystem ecosystem = new EcosystemGenerator().generate(12_000, 2026).ecosystem();

    @Test
    void everyFactAndEverySourcedElementCitesASourceOfTheModel() {
        int facts = 0;
        for (EObject element : all()) {
            if (element instanceof Sourced sourced) {
                assertFalse(sourced.getCitations().isEmpty(), "no citation: " + element);
                for (Citation citation : sourced.getCitations()) {
                    assertNotNull(citation.getSource(), "citation without source: " + element);
                    assertSame(ecosystem, citation.getSource().eContainer(), "source outside the model");
                    assertFalse(citation.getQuote() == null || citation.getQuote().isBlank(), "citation without quote: " + element);
                }
            }
            if (element instanceof Fact) {
                facts++;
            }
        }
        assertTrue(facts > 12_000 / 4, "about a third of the elements are facts: " + facts);
        assertTrue(ecosystem.getSources().stream().anyMatch(s -> s.getKind() == SourceKind.ANALYST_ASSUMPTION),
                "what the data does not say is an analyst assumption");
    }

    @Test
    void modelIsStructurallyValid() {
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(ecosystem);
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> diagnostic.getChildren().stream().limit(5).map(Diagnostic::getMessage).toList().toString());
    }

    @Test
    void everyScenarioHasADirectRouteToItsProvider() {
        assertFalse(ecosystem.getScenarios().isEmpty());
        for (Scenario scenario : ecosystem.getScenarios()) {
            assertTrue(hasDirectRoute(scenario), "no route for " + scenario.getName());
        }
    }

    @Test
    void mostFirstRequestsAlsoHaveAMutualLegalAssistanceTreatyWithTheProvidersSeat() {
        List<Scenario> first = ecosystem.getScenarios().stream().filter(s -> s.getDependsOn() == null).toList();
        long withTreaty = first.stream().filter(this::hasTreatyWithSeat).count();
        assertTrue(withTreaty >= first.size() * 9 / 10, withTreaty + " of " + first.size());
    }

    @Test
    void dependentScenariosFollowTheirFirstRequest() {
        long dependent = 0;
        for (Scenario scenario : ecosystem.getScenarios()) {
            Scenario before = scenario.getDependsOn();
            if (before != null) {
                dependent++;
                assertSame(jurisdictionOf(before), jurisdictionOf(scenario));
                assertFalse(scenario.getRequestDate().isBefore(before.getRequestDate()));
                assertTrue(scenario.getTargetProvider().hasKind(ProviderKind.TELECOM_OPERATOR));
            }
        }
        assertEquals(ecosystem.getScenarios().size() / 2, dependent);
    }

    @Test
    void reservationsConcernProvisionsOfTheirOwnTreaty() {
        for (Instrument instrument : ecosystem.getInstruments()) {
            for (Membership membership : instrument.getMemberships()) {
                for (Reservation reservation : membership.getReservations()) {
                    assertSame(instrument, reservation.getProvision().getInstrument());
                }
            }
        }
    }

    private boolean hasDirectRoute(Scenario scenario) {
        Authority authority = scenario.getRequestingAuthority();
        Provider provider = targetOf(scenario);
        LocalDate date = scenario.getRequestDate();
        for (Instrument instrument : ecosystem.getInstruments()) {
            if (!mayUse(instrument, authority.getJurisdiction(), provider, date)) {
                continue;
            }
            for (Provision provision : instrument.getProvisions()) {
                if (provision.getAddresseeRole() == AddresseeRole.PROVIDER && provision.getIssuingRoles().contains(authority.getKind())
                        && provision.getDataCategories().contains(scenario.getDataCategory()) && provision.isApplicableAt(date)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Its own law, or an instrument the provider is party to (its policy, a voluntary arrangement). */
    private static boolean mayUse(Instrument instrument, Jurisdiction requesting, Provider provider, LocalDate date) {
        return instrument.getIssuer() == requesting || isParty(instrument, provider, date);
    }

    private boolean hasTreatyWithSeat(Scenario scenario) {
        Jurisdiction requesting = jurisdictionOf(scenario);
        Jurisdiction seat = targetOf(scenario).getJurisdiction();
        return ecosystem.getInstruments().stream().anyMatch(i -> i.getKind() == InstrumentKind.BILATERAL_TREATY
                && isParty(i, requesting, scenario.getRequestDate()) && isParty(i, seat, scenario.getRequestDate()));
    }

    private static boolean isParty(Instrument instrument, Party party, LocalDate date) {
        return instrument.getMemberships().stream()
                .anyMatch(m -> m.getParty() == party && m.getStatus() == MembershipStatus.PARTY && m.isValidAt(date));
    }

    private static Provider targetOf(Scenario scenario) {
        return scenario.getTargetProvider() != null ? scenario.getTargetProvider() : scenario.getTargetService().getProvider();
    }

    private static Jurisdiction jurisdictionOf(Scenario scenario) {
        return scenario.getRequestingAuthority().getJurisdiction();
    }

    private List<EObject> all() {
        List<EObject> elements = new ArrayList<>();
        for (Iterator<EObject> it = ecosystem.eAllContents(); it.hasNext();) {
            elements.add(it.next());
        }
        return elements;
    }
}
