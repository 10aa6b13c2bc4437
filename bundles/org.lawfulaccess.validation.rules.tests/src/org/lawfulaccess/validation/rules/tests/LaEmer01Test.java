/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lawfulaccess.validation.Finding;

import org.lawfulaccess.model.AddresseeRole;
import org.lawfulaccess.model.InstrumentKind;
import org.lawfulaccess.model.LegalForce;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.RouteKind;
import org.lawfulaccess.model.Urgency;
import org.lawfulaccess.model.value.TimeSpan;

/** The oracle test of LA-EMER-01 (no emergency route for an imminent threat). */
class LaEmer01Test {

    static final String ID = "LA-EMER-01";

    /** An emergency disclosure request under the provider's own policy. */
    static Provision emergencyRequest(AccessModel m, LegalForce force) {
        var policy = m.instrument("Policy of P", InstrumentKind.PROVIDER_POLICY, m.provider);
        Provision p = m.provision(policy, "Emergency disclosure", RouteKind.EMERGENCY_REQUEST, AddresseeRole.PROVIDER, force, null, null);
        p.setEmergencyOnly(true);
        p.setEmergencyLatency(TimeSpan.parse("1 days"));
        return p;
    }

    @Test
    void imminentThreatWithoutEmergencyRoute() {
        AccessModel m = new AccessModel();
        m.scenario.setUrgency(Urgency.IMMINENT_THREAT);
        m.mutualAssistance("6 months", "12 months");
        List<Finding> findings = m.run(ID);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(List.of(m.scenario), findings.get(0).elements());
    }

    @Test
    void nearMissRoutineScenarioAndEmergencyRoute() {
        AccessModel m = new AccessModel();
        m.mutualAssistance("6 months", "12 months");
        assertTrue(m.run(ID).isEmpty(), "not urgent");
        m.scenario.setUrgency(Urgency.IMMINENT_THREAT);
        emergencyRequest(m, LegalForce.VOLUNTARY);
        assertTrue(m.run(ID).isEmpty(), "an emergency route exists");
    }
}
