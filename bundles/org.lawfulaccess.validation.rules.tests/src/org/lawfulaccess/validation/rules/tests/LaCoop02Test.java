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

/** The oracle test of LA-COOP-02: direct routes first, then the literal reading. */
class LaCoop02Test {

    private static final String ID = "LA-COOP-02";

    @Test
    void voluntaryOnly() {
        AccessModel m = new AccessModel();
        m.directRequest(m.provider, "1 week", "2 weeks");
        List<Finding> findings = m.run(ID);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(List.of(m.provider, m.a), findings.get(0).elements());
    }

    @Test
    void directlyVoluntaryWhileBindingOnlyThroughAnotherState() {
        AccessModel m = new AccessModel();
        m.directRequest(m.provider, "1 week", "2 weeks");
        m.mutualAssistance("6 months", "12 months");
        List<Finding> findings = m.run(ID);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().contains("Request for assistance"), findings.get(0).message());
    }

    @Test
    void nearMissBindingDirectOrder() {
        AccessModel m = new AccessModel();
        m.directRequest(m.provider, "1 week", "2 weeks");
        m.provider.setJurisdiction(m.a);
        m.domesticOrder(m.a, "1 week", "2 weeks");
        assertTrue(m.run(ID).isEmpty());
    }

    @Test
    void nearMissOnlyBindingMutualAssistance() {
        AccessModel m = new AccessModel();
        m.mutualAssistance("6 months", "12 months");
        assertTrue(m.run(ID).isEmpty());
    }
}
