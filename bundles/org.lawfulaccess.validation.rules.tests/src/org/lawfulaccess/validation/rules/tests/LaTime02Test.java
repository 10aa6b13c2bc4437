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

import org.lawfulaccess.model.Provision;

/** The oracle test of LA-TIME-02. */
class LaTime02Test {

    private static final String ID = "LA-TIME-02";

    @Test
    void provisionApplicableOnlyLater() {
        AccessModel m = new AccessModel();
        Provision order = m.domesticOrder(m.a, "1 week", "2 weeks");
        m.provider.setJurisdiction(m.a);
        order.setApplicableFrom(LocalDate.of(2026, 8, 18));
        List<Finding> findings = m.run(ID);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(List.of(m.scenario, order), findings.get(0).elements());
        assertTrue(m.run(ID, LocalDate.of(2026, 8, 18), org.lawfulaccess.validation.ValidationConfig.DEFAULTS).isEmpty(),
                "near miss: applicable at the later date");
    }

    @Test
    void provisionNoLongerInForce() {
        AccessModel m = new AccessModel();
        Provision order = m.domesticOrder(m.a, "1 week", "2 weeks");
        m.provider.setJurisdiction(m.a);
        order.setValidTo(LocalDate.of(2019, 1, 1));
        assertEquals(1, m.run(ID).size());
        order.setValidTo(null);
        assertTrue(m.run(ID).isEmpty(), "near miss: in force");
    }
}
