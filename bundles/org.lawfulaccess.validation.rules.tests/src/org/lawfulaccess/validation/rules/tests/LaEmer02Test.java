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

import org.lawfulaccess.model.LegalForce;
import org.lawfulaccess.model.Urgency;

/** The oracle test of LA-EMER-02 (emergency routes only at the provider's discretion). */
class LaEmer02Test {

    private static final String ID = "LA-EMER-02";

    @Test
    void onlyVoluntaryEmergencyRoute() {
        AccessModel m = new AccessModel();
        m.scenario.setUrgency(Urgency.IMMINENT_THREAT);
        LaEmer01Test.emergencyRequest(m, LegalForce.VOLUNTARY);
        List<Finding> findings = m.run(ID);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(List.of(m.scenario), findings.get(0).elements());
    }

    @Test
    void nearMissBindingEmergencyRoute() {
        AccessModel m = new AccessModel();
        m.scenario.setUrgency(Urgency.IMMINENT_THREAT);
        LaEmer01Test.emergencyRequest(m, LegalForce.BINDING);
        assertTrue(m.run(ID).isEmpty());
    }

    @Test
    void nearMissNoEmergencyRouteAtAll() {
        AccessModel m = new AccessModel();
        m.scenario.setUrgency(Urgency.IMMINENT_THREAT);
        assertTrue(m.run(ID).isEmpty(), "that is LA-EMER-01");
    }
}
