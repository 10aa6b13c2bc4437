package org.lawfulaccess.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.InstrumentKind;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.Offence;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.model.value.TimeSpan;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.IncrementalValidation;
import org.lawfulaccess.validation.ValidationConfig;
import org.lawfulaccess.validation.Validator;

/** The oracle test of LA-INT-01: each defect once, and near misses that must not fire. */
class IntegrityRuleTest {

    private static List<Finding> integrity(Fixtures m) {
        return Validator.of(Fixtures.catalogue(), ValidationConfig.DEFAULTS, Set.of("LA-INT-01")).validate(m.resource, null).findings();
    }

    private static Provision provision(Fixtures m, TimeSpan min, TimeSpan max) {
        Instrument instrument = Fixtures.F.createInstrument();
        instrument.setName("Instrument A");
        m.ecosystem.getInstruments().add(instrument);
        Provision provision = Fixtures.F.createProvision();
        provision.setName("Provision A");
        provision.setMinLatency(min);
        provision.setMaxLatency(max);
        instrument.getProvisions().add(provision);
        return provision;
    }

    @Test
    void idGivenToTwoElementsOfAFile(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("twice.lawful"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <lawful:Ecosystem xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:lawful="https://lawfulaccess.org/ns/ecosystem/2"
                    xmi:id="root" name="Twice" asOf="2021-03-31" formatVersion="2">
                  <jurisdictions xmi:id="j1" name="Belgium" code="BE"/>
                  <jurisdictions xmi:id="j2" name="Germany" code="DE"/>
                  <jurisdictions xmi:id="j1" name="France" code="FR"/>
                </lawful:Ecosystem>
                """);
        Resource resource = LawfulResources.newModelStore().load(file);
        Ecosystem ecosystem = (Ecosystem) resource.getContents().get(0);
        Validator validator = Validator.of(Fixtures.catalogue(), ValidationConfig.DEFAULTS, Set.of("LA-INT-01"));
        List<Finding> findings = validator.validate(resource, null).findings();
        assertEquals(2, findings.size(), findings.toString());
        assertEquals(List.of(ecosystem.getJurisdictions().get(0), ecosystem.getJurisdictions().get(2)),
                findings.stream().map(f -> f.elements().get(0)).toList());
        assertEquals("Jurisdiction \"Belgium (BE)\" has the id \"j1\", which 2 elements of the file share (lines 4, 6):"
                + " a reference to it reaches only one of them", findings.get(0).message());

        // Near miss: once one of them is gone the id is unique.
        EcoreUtil.delete(ecosystem.getJurisdictions().get(2));
        assertEquals(List.of(), validator.validate(resource, null).findings());
    }

    @Test
    void validityEndingBeforeItStarts() {
        Fixtures m = new Fixtures();
        m.uncited.setValidFrom(LocalDate.of(2021, 5, 1));
        m.uncited.setValidTo(LocalDate.of(2021, 5, 1));
        m.cited.setValidFrom(LocalDate.of(2021, 5, 1));
        m.cited.setValidTo(LocalDate.of(2021, 5, 2));
        List<Finding> findings = integrity(m);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(m.uncited, findings.get(0).elements().get(0));
    }

    @Test
    void minimumLatencyAboveMaximumAndNegativeDurations() {
        Fixtures m = new Fixtures();
        Provision wrong = provision(m, TimeSpan.months(12), TimeSpan.months(6));
        provision(m, TimeSpan.months(6), TimeSpan.months(12));
        Provision negative = provision(m, TimeSpan.days(-1), TimeSpan.days(3));
        List<Finding> findings = integrity(m);
        assertEquals(2, findings.size(), findings.toString());
        assertEquals(Set.of(wrong, negative), Set.of(findings.get(0).elements().get(0), findings.get(1).elements().get(0)));
    }

    @Test
    void danglingReferenceAndMissingRequiredValue() {
        Fixtures m = new Fixtures();
        Offence proxy = Fixtures.F.createOffence();
        ((InternalEObject) proxy).eSetProxyURI(URI.createURI("memory:/test.lawful#no-such-id"));
        m.uncited.setOffence(proxy);
        m.cited.setJurisdiction(null);
        List<Finding> findings = integrity(m);
        assertEquals(2, findings.size(), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.elements().get(0) == m.uncited && f.message().contains("offence")));
        assertTrue(findings.stream().anyMatch(f -> f.elements().get(0) == m.cited && f.message().contains("jurisdiction")));
    }

    @Test
    void aDanglingReferenceWithoutAnIdNamesItsAddress() {
        Fixtures m = new Fixtures();
        Offence proxy = Fixtures.F.createOffence();
        ((InternalEObject) proxy).eSetProxyURI(URI.createURI("zz:j"));
        m.uncited.setOffence(proxy);
        List<Finding> findings = integrity(m);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().endsWith("to an element that is not in the model (zz:j)"), findings.get(0).message());
    }

    @Test
    void absurdDurationIsAFindingNotAnOverflow() {
        Fixtures m = new Fixtures();
        Provision absurd = provision(m, TimeSpan.days(1), TimeSpan.days(Long.MAX_VALUE));
        provision(m, TimeSpan.days(1), new TimeSpan(1_000, ChronoUnit.YEARS));
        List<Finding> findings = integrity(m);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(absurd, findings.get(0).elements().get(0));
        assertTrue(findings.get(0).message().contains("implausible") && findings.get(0).message().contains("maxLatency"),
                findings.get(0).message());
    }

    @Test
    void loopsInDependsOnAndParentAreFlaggedOnEveryElementOfTheLoop() {
        Fixtures m = new Fixtures();
        Scenario self = Fixtures.F.createScenario();
        self.setName("Scenario self");
        self.setDependsOn(self);
        Scenario chained = Fixtures.F.createScenario();
        chained.setName("Scenario chained");
        chained.setDependsOn(self); // reaches a loop, but is not on it
        m.ecosystem.getScenarios().addAll(List.of(self, chained));
        Jurisdiction a = m.jurisdiction("State B", "BB");
        Jurisdiction b = m.jurisdiction("State C", "CC");
        Jurisdiction c = m.jurisdiction("State D", "DD");
        a.setParent(b);
        b.setParent(c);
        c.setParent(a);
        m.jurisdiction.setParent(a); // leads into the loop: not on it
        Instrument act = m.instrument("Production act", InstrumentKind.DOMESTIC_LAW, m.jurisdiction);
        Instrument agreement = m.instrument("Executive agreement", InstrumentKind.EXECUTIVE_AGREEMENT, null);
        act.setDependsOn(agreement);
        agreement.setDependsOn(act);
        Validator validator = Validator.of(Fixtures.catalogue(), ValidationConfig.DEFAULTS, Set.of("LA-INT-01"));
        IncrementalValidation incremental = validator.incremental(m.ecosystem, null);
        assertEquals(Set.of(self, a, b, c, act, agreement), cycles(incremental.findings()));
        assertEquals(cycles(integrity(m)), cycles(incremental.findings()));
        agreement.setDependsOn(null);
        incremental.update(List.of(agreement));

        // Cutting the loop anywhere clears every element of it, also in an editor.
        b.setParent(null);
        incremental.update(List.of(b));
        assertEquals(Set.of(self), cycles(integrity(m)));
        assertEquals(Set.of(self), cycles(incremental.findings()));
    }

    private static Set<EObject> cycles(List<Finding> findings) {
        return findings.stream().filter(f -> f.message().contains("itself")).map(f -> f.elements().get(0))
                .collect(java.util.stream.Collectors.toSet());
    }
}
