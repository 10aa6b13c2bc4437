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
import org.lawfulaccess.validation.Severity;

import org.lawfulaccess.model.CriminalisationStatus;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.DualCriminality;
import org.lawfulaccess.model.Provision;

/** The oracle test of LA-DUAL-01. */
class LaDual01Test {

    private static final String ID = "LA-DUAL-01";

    @Test
    void directRequestForConductNotCriminalAtTheSeat() {
        AccessModel m = new AccessModel();
        Provision direct = m.directRequest(m.provider, "2 weeks", "6 months");
        direct.setDualCriminality(DualCriminality.REQUIRED_BY_ADDRESSEE_POLICY);
        Criminalisation notCriminal = m.criminalisation(m.b, CriminalisationStatus.NOT_CRIMINAL);
        List<Finding> findings = m.run(ID);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(List.of(m.scenario, direct, notCriminal), findings.get(0).elements());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals(2, findings.get(0).evidence().size());
    }

    @Test
    void groundForRefusalIsAWarning() {
        AccessModel m = new AccessModel();
        m.directRequest(m.provider, "2 weeks", "6 months").setDualCriminality(DualCriminality.GROUND_FOR_REFUSAL);
        m.criminalisation(m.b, CriminalisationStatus.NOT_CRIMINAL);
        assertEquals(Severity.WARNING, m.run(ID).get(0).severity());
    }

    @Test
    void nearMissCriminalAtTheSeat() {
        AccessModel m = new AccessModel();
        m.directRequest(m.provider, "2 weeks", "6 months").setDualCriminality(DualCriminality.REQUIRED_BY_ADDRESSEE_POLICY);
        m.criminalisation(m.b, CriminalisationStatus.CRIMINAL);
        m.criminalisation(m.a, CriminalisationStatus.NOT_CRIMINAL);
        assertTrue(m.run(ID).isEmpty());
    }
}
