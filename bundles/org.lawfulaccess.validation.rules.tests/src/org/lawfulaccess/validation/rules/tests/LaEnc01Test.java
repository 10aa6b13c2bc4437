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
import org.lawfulaccess.model.EncryptionModel;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.InstrumentKind;
import org.lawfulaccess.model.KeyHolder;
import org.lawfulaccess.model.LegalForce;
import org.lawfulaccess.model.ObligationKind;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.RouteKind;
import org.lawfulaccess.model.Service;

/** The oracle test of LA-ENC-01. */
class LaEnc01Test {

    private static final String ID = "LA-ENC-01";

    private static Service service(AccessModel m, EncryptionModel model, KeyHolder holder) {
        Service s = AccessModel.F.createService();
        s.setName("Service X");
        s.setProvider(m.provider);
        EncryptionProfile profile = AccessModel.F.createEncryptionProfile();
        profile.setModel(model);
        profile.getKeyHolders().add(holder);
        s.getEncryption().add(profile);
        m.eco.getServices().add(s);
        m.scenario.setTargetProvider(null);
        m.scenario.setTargetService(s);
        return s;
    }

    private static Provision keyDisclosure(AccessModel m) {
        m.provider.setJurisdiction(m.a);
        DomesticObligation law = AccessModel.F.createDomesticObligation();
        law.setName("Decryption law of A");
        law.setKind(InstrumentKind.DOMESTIC_LAW);
        law.setIssuer(m.a);
        law.setObligationKind(ObligationKind.DECRYPTION_KEY_DISCLOSURE);
        law.setAddresseeClass(AddresseeClass.ANY_PERSON);
        m.eco.getInstruments().add(law);
        return m.provision(law, "Key requisition", RouteKind.KEY_DISCLOSURE, AddresseeRole.PROVIDER, LegalForce.BINDING, "1 week", "2 weeks");
    }

    @Test
    void keyRequisitionAimedAtUsersOnlyKeys() {
        AccessModel m = new AccessModel();
        service(m, EncryptionModel.E2E_DEFAULT, KeyHolder.USERS);
        Provision requisition = keyDisclosure(m);
        List<Finding> findings = m.run(ID);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(List.of(m.scenario, requisition), findings.get(0).elements());
    }

    @Test
    void nearMissProviderHoldsTheKeys() {
        AccessModel m = new AccessModel();
        service(m, EncryptionModel.TRANSPORT, KeyHolder.PROVIDER);
        keyDisclosure(m);
        assertTrue(m.run(ID).isEmpty());
    }
}
