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

import org.lawfulaccess.model.PracticeOutcome;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.RouteKind;

/** The oracle test of LA-COOP-01, per (requesting jurisdiction, provider) pair. */
class LaCoop01Test {

    private static final String ID = "LA-COOP-01";

    @Test
    void noRouteAndObservedSilence() {
        AccessModel m = new AccessModel();
        Provider silent = m.provider("Provider Q", m.b);
        m.scenario("Scenario T", silent);
        m.practice(silent, RouteKind.DIRECT_REQUEST, PracticeOutcome.NO_RESPONSE);
        m.directRequest(m.provider, "1 week", "2 weeks");
        List<Finding> findings = m.run(ID);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(List.of(silent, m.a), findings.get(0).elements());
        assertEquals(1, findings.get(0).evidence().size(), "the observed silence is cited");
    }

    @Test
    void routeObservedToFail() {
        AccessModel m = new AccessModel();
        m.directRequest(m.provider, "1 week", "2 weeks");
        m.practice(m.provider, RouteKind.DIRECT_REQUEST, PracticeOutcome.REFUSES);
        assertEquals(1, m.run(ID).size());
    }

    @Test
    void nearMissCaseByCase() {
        AccessModel m = new AccessModel();
        m.directRequest(m.provider, "1 week", "2 weeks");
        m.practice(m.provider, RouteKind.DIRECT_REQUEST, PracticeOutcome.CASE_BY_CASE);
        assertTrue(m.run(ID).isEmpty());
    }
}
