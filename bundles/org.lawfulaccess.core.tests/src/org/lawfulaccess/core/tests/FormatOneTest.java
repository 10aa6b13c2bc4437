package org.lawfulaccess.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.CriminalisationStatus;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.LegalForce;
import org.lawfulaccess.model.MembershipStatus;
import org.lawfulaccess.model.PracticeOutcome;
import org.lawfulaccess.model.ProviderPractice;
import org.lawfulaccess.model.RouteKind;

/**
 * Files of format 1 wrote nothing for a value equal to its enumeration's first literal and read it
 * as that literal. Format 2 reads an absent value as not stated, so the migration writes what
 * format 1 meant; a single route kind of a practice becomes a list.
 */
class FormatOneTest {

    @TempDir
    Path dir;

    private final ModelStore store = LawfulResources.newModelStore();

    private static final String FORMAT_ONE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <lawful:Ecosystem xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xmlns:lawful="https://lawfulaccess.org/ns/ecosystem/1" xmi:id="r" name="Old" asOf="2021-01-01" formatVersion="1">
              <jurisdictions xmi:id="be" name="Belgium" code="BE"/>
              <actors xsi:type="lawful:Provider" xmi:id="p" name="Provider" jurisdiction="be"/>
              <instruments xmi:id="t" name="Treaty">
                <provisions xmi:id="t1" name="Assistance" routeKind="MUTUAL_LEGAL_ASSISTANCE"/>
                <provisions xmi:id="t2" name="Spontaneous" legalForce="VOLUNTARY"/>
                <memberships xmi:id="m1" party="be"/>
                <memberships xmi:id="m2" party="be" status="PARTY"/>
              </instruments>
              <offences xmi:id="o" name="Fraud"/>
              <facts xsi:type="lawful:Criminalisation" xmi:id="c1" offence="o" jurisdiction="be"/>
              <facts xsi:type="lawful:Criminalisation" xmi:id="c2" offence="o" jurisdiction="be" status="NOT_CRIMINAL"/>
              <facts xsi:type="lawful:ProviderPractice" xmi:id="pp1" provider="p" requestingJurisdiction="be"/>
              <facts xsi:type="lawful:ProviderPractice" xmi:id="pp2" provider="p" requestingJurisdiction="be"
                  routeKind="MUTUAL_LEGAL_ASSISTANCE" outcome="REFUSES"/>
            </lawful:Ecosystem>
            """;

    @Test
    void whatFormatOneLeftUnwrittenIsReadAsItMeant() throws Exception {
        Ecosystem eco = load(Files.writeString(dir.resolve("old.lawful"), FORMAT_ONE));
        Instrument treaty = eco.getInstruments().get(0);
        assertEquals(List.of(LegalForce.BINDING, LegalForce.VOLUNTARY),
                treaty.getProvisions().stream().map(p -> p.getLegalForce()).toList());
        assertEquals(List.of(MembershipStatus.SIGNATORY, MembershipStatus.PARTY),
                treaty.getMemberships().stream().map(m -> m.getStatus()).toList());
        List<Criminalisation> criminalisations = eco.getFacts().stream().filter(Criminalisation.class::isInstance)
                .map(Criminalisation.class::cast).toList();
        assertEquals(List.of(CriminalisationStatus.CRIMINAL, CriminalisationStatus.NOT_CRIMINAL),
                criminalisations.stream().map(Criminalisation::getStatus).toList());
        List<ProviderPractice> practices = eco.getFacts().stream().filter(ProviderPractice.class::isInstance)
                .map(ProviderPractice.class::cast).toList();
        assertEquals(List.of(PracticeOutcome.COMPLIES, PracticeOutcome.REFUSES), practices.stream().map(ProviderPractice::getOutcome).toList());
        assertEquals(List.of(List.of(RouteKind.DIRECT_REQUEST), List.of(RouteKind.MUTUAL_LEGAL_ASSISTANCE)),
                practices.stream().map(p -> List.copyOf(p.getRouteKinds())).toList());
        assertEquals(2, eco.getFormatVersion());
    }

    @Test
    void savedAgainItIsFormatTwoAndStatesWhatWasImplied() throws Exception {
        Path file = Files.writeString(dir.resolve("old.lawful"), FORMAT_ONE);
        Resource resource = store.load(file);
        store.save(resource);
        String text = Files.readString(file);
        assertTrue(text.contains("xmlns:lawful=\"https://lawfulaccess.org/ns/ecosystem/2\""), text);
        assertTrue(text.contains("formatVersion=\"2\""), text);
        assertTrue(text.contains("status=\"SIGNATORY\""), text);
        assertTrue(text.contains("outcome=\"COMPLIES\""), text);
        assertTrue(text.contains("<routeKinds>DIRECT_REQUEST</routeKinds>"), text);
        assertFalse(text.contains("routeKind=\"DIRECT_REQUEST\""), text);

        Ecosystem again = load(file);
        assertEquals(MembershipStatus.SIGNATORY, again.getInstruments().get(0).getMemberships().get(0).getStatus());
    }

    @Test
    void formatTwoReadsAnAbsentValueAsNotStated() throws Exception {
        String current = FORMAT_ONE.replace("ecosystem/1", "ecosystem/2").replace("formatVersion=\"1\"", "formatVersion=\"2\"")
                .replace(" routeKind=\"MUTUAL_LEGAL_ASSISTANCE\" outcome", " outcome");
        Ecosystem eco = load(Files.writeString(dir.resolve("new.lawful"), current));
        Instrument treaty = eco.getInstruments().get(0);
        assertEquals(LegalForce.UNSTATED, treaty.getProvisions().get(0).getLegalForce());
        assertEquals(MembershipStatus.UNSTATED, treaty.getMemberships().get(0).getStatus());
        ProviderPractice practice = (ProviderPractice) eco.getFacts().stream().filter(ProviderPractice.class::isInstance)
                .findFirst().orElseThrow();
        assertEquals(PracticeOutcome.UNSTATED, practice.getOutcome());
        assertTrue(practice.getRouteKinds().isEmpty(), "every route kind");
    }

    private Ecosystem load(Path file) throws Exception {
        return (Ecosystem) store.root(store.load(file)).orElseThrow();
    }
}
