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

import org.lawfulaccess.model.EstablishmentKind;
import org.lawfulaccess.model.Establishment;
import org.lawfulaccess.model.Provision;

/** The oracle test of LA-JUR-01. */
class LaJur01Test {

    private static final String ID = "LA-JUR-01";

    @Test
    void domesticOrderAgainstAnAbsentProvider() {
        AccessModel m = new AccessModel();
        Provision order = m.domesticOrder(m.a, "1 week", "2 weeks");
        List<Finding> findings = m.run(ID);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(List.of(m.scenario, order, m.provider), findings.get(0).elements());
    }

    @Test
    void nearMissLegalRepresentative() {
        AccessModel m = new AccessModel();
        m.domesticOrder(m.a, "1 week", "2 weeks");
        Establishment e = AccessModel.F.createEstablishment();
        e.setJurisdiction(m.a);
        e.setKind(EstablishmentKind.LEGAL_REPRESENTATIVE);
        m.provider.getEstablishments().add(e);
        assertTrue(m.run(ID).isEmpty());
    }

    @Test
    void nearMissAnotherRouteIsAvailable() {
        AccessModel m = new AccessModel();
        m.domesticOrder(m.a, "1 week", "2 weeks");
        m.mutualAssistance("6 months", "12 months");
        assertTrue(m.run(ID).isEmpty(), "the unenforceable order is not what the scenario relies on");
    }
}
