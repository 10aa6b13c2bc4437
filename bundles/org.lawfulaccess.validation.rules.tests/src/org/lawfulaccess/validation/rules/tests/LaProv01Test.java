/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.DomesticObligation;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.PointOfContact;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.Telemetry;
import org.lawfulaccess.model.TelemetryKind;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.ValidationConfig;

/** Oracle test of LA-PROV-01: facts without a source, or resting only on comments and assumptions. */
class LaProv01Test {

    static final String RULE_ID = "LA-PROV-01";

    private final ProtectionModel m = new ProtectionModel();
    private final Jurisdiction state = m.jurisdiction("State A", "AA");
    private final Provider provider = m.provider("Provider A");
    private final Service service = m.service("Service A", provider);

    @Test
    void anUncitedFactOfAnyKindAndAWeaklySourcedLegalFactAreFlagged() {
        Telemetry uncited = m.citeOnly(m.telemetry(service, TelemetryKind.DEBUG_LOGS, provider));
        PointOfContact weak = m.citeOnly(m.contact(state, ContactNetwork.BUDAPEST_24_7), m.assumption, m.comment);

        List<Finding> findings = m.findings(RULE_ID);

        assertEquals(2, findings.size(), findings.toString());
        Finding first = findings.stream().filter(f -> f.elements().get(0) == uncited).findFirst().orElseThrow();
        Finding second = findings.stream().filter(f -> f.elements().get(0) == weak).findFirst().orElseThrow();
        assertTrue(first.message().contains("Service A"), first.message());
        assertTrue(second.message().contains("State A") && second.message().contains("Source B") && second.message().contains("Source C"),
                second.message());
        assertEquals(2, second.evidence().get(0).quotes().size());
    }

    @Test
    void nearMissesOneOfficialCitationSufficesAndOtherKindsMayRestOnAssumptions() {
        m.citeOnly(m.contact(state, ContactNetwork.BUDAPEST_24_7), m.assumption, m.official);
        m.citeOnly(m.telemetry(service, TelemetryKind.DEBUG_LOGS, provider), m.assumption);

        assertEquals(List.of(), m.findings(RULE_ID));
    }

    @Test
    void theFactTypesNeedingAnOfficialSourceAreAParameterCoveringContainedFacts() {
        Telemetry telemetry = m.citeOnly(m.telemetry(service, TelemetryKind.DEBUG_LOGS, provider), m.assumption);
        DomesticObligation law = ProtectionModel.F.createDomesticObligation();
        law.setName("Law A");
        m.ecosystem.getInstruments().add(law);
        Provision domestic = m.citeOnly(m.provision(law, "Article A"), m.assumption);
        m.citeOnly(m.provision(m.instrument("Treaty A"), "Article B"), m.assumption);

        ValidationConfig config = new ValidationConfig(Map.of(), Map.of(), Map.of(),
                Map.of(RULE_ID, Map.of("officialFactTypes", "Telemetry, DomesticObligation")), Map.of());
        List<Finding> findings = m.findings(RULE_ID, config, null);

        assertEquals(2, findings.size(), findings.toString());
        assertEquals(Set.of(telemetry, domestic), Set.of(findings.get(0).elements().get(0), findings.get(1).elements().get(0)));
    }
}
