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

import org.lawfulaccess.model.AddresseeClass;
import org.lawfulaccess.model.AddresseeRole;
import org.lawfulaccess.model.DomesticObligation;
import org.lawfulaccess.model.Establishment;
import org.lawfulaccess.model.EstablishmentKind;
import org.lawfulaccess.model.InstrumentKind;
import org.lawfulaccess.model.LegalForce;
import org.lawfulaccess.model.ObligationKind;
import org.lawfulaccess.model.RouteKind;

/** The oracle test of LA-SCOPE-01. */
class LaScope01Test {

    private static final String ID = "LA-SCOPE-01";

    private static DomesticObligation interceptionDuty(AccessModel m) {
        DomesticObligation law = AccessModel.F.createDomesticObligation();
        law.setName("Interception duty of A");
        law.setKind(InstrumentKind.DOMESTIC_LAW);
        law.setIssuer(m.a);
        law.setObligationKind(ObligationKind.INTERCEPTION_CAPABILITY);
        law.setAddresseeClass(AddresseeClass.DECLARED_OPERATORS);
        m.eco.getInstruments().add(law);
        m.provision(law, "Interception", RouteKind.INTERCEPTION, AddresseeRole.PROVIDER, LegalForce.BINDING, "1 days", "2 days");
        return law;
    }

    @Test
    void interceptionDutyAimedAtAnUndeclaredProvider() {
        AccessModel m = new AccessModel();
        DomesticObligation duty = interceptionDuty(m);
        List<Finding> findings = m.run(ID);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(m.scenario, findings.get(0).elements().get(0));
        assertTrue(findings.get(0).elements().containsAll(List.of(duty, m.provider)));
    }

    @Test
    void nearMissDeclaredOperator() {
        AccessModel m = new AccessModel();
        interceptionDuty(m);
        Establishment declaration = AccessModel.F.createEstablishment();
        declaration.setJurisdiction(m.a);
        declaration.setKind(EstablishmentKind.OPERATOR_DECLARATION);
        m.provider.getEstablishments().add(declaration);
        assertTrue(m.run(ID).isEmpty());
    }
}
