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

import org.lawfulaccess.model.RetentionRule;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.validation.ValidationConfig;

/** The oracle test of LA-TIME-01: warning, error, margin, and a near miss. */
class LaTime01Test {

    private static final String ID = "LA-TIME-01";

    @Test
    void slowestDeliveryReachesRetentionIsAWarning() {
        AccessModel m = new AccessModel();
        m.directRequest(m.provider, "1 month", "12 months");
        RetentionRule retention = m.retention(m.b, "12 months");
        List<Finding> findings = m.run(ID);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(m.scenario, findings.get(0).elements().get(0));
        assertTrue(findings.get(0).elements().contains(retention));
        assertEquals(Severity.WARNING, findings.get(0).severity());
    }

    @Test
    void fastestDeliveryReachesRetentionIsAnError() {
        AccessModel m = new AccessModel();
        m.directRequest(m.provider, "13 months", "14 months");
        m.retention(m.b, "12 months");
        assertEquals(Severity.ERROR, m.run(ID).get(0).severity());
    }

    @Test
    void marginParameterMovesTheWarning() {
        AccessModel m = new AccessModel();
        m.directRequest(m.provider, "1 month", "10 months");
        m.retention(m.b, "12 months");
        assertTrue(m.run(ID).isEmpty(), "near miss: 10 months and 14 days stay below 12 months");
        ValidationConfig margin = AccessModel.parameter(ID, "marginDays", "60");
        assertEquals(1, m.run(ID, null, margin).size());
    }

    @Test
    void nearMissOtherScenarioAndShortLatency() {
        AccessModel m = new AccessModel();
        m.directRequest(m.provider, "1 week", "2 weeks");
        m.retention(m.b, "12 months");
        Scenario other = m.scenario("Scenario T", m.provider("Provider Q", m.a));
        assertTrue(m.run(ID).isEmpty(), String.valueOf(other));
    }
}
