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

import java.time.LocalDate;

import org.lawfulaccess.model.PointOfContact;

/** The oracle test of LA-SPOC-02. */
class LaSpoc02Test {

    private static final String ID = "LA-SPOC-02";

    @Test
    void pairWithoutContact() {
        AccessModel m = new AccessModel();
        m.scenario("Scenario T", m.provider);
        List<Finding> findings = m.run(ID);
        assertEquals(1, findings.size(), "one finding per pair, not per scenario: " + findings);
        assertEquals(List.of(m.provider, m.a), findings.get(0).elements());
    }

    @Test
    void expiredContactIsCited() {
        AccessModel m = new AccessModel();
        PointOfContact old = m.contact(m.a, m.provider);
        old.setValidTo(LocalDate.of(2019, 1, 1));
        List<Finding> findings = m.run(ID);
        assertEquals(1, findings.size());
        assertEquals(1, findings.get(0).evidence().size());
    }

    @Test
    void nearMissContactOfAParentJurisdiction() {
        AccessModel m = new AccessModel();
        var union = m.jurisdiction("Union U", "UU");
        m.a.setParent(union);
        m.contact(union, m.provider);
        assertTrue(m.run(ID).isEmpty());
    }

    @Test
    void contactOfAnotherJurisdictionDoesNotCount() {
        AccessModel m = new AccessModel();
        m.contact(m.b, m.provider);
        assertEquals(1, m.run(ID).size());
    }
}
