/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lawfulaccess.model.Establishment;
import org.lawfulaccess.model.EstablishmentKind;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.RetentionRule;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.ValidationConfig;

/** The oracle test of LA-PROV-02. */
class LaProv02Test {

    private static final String ID = "LA-PROV-02";

    @Test
    void provisionOnTheBestRouteExpiredByTheValidationDate() {
        AccessModel m = new AccessModel();
        Provision direct = m.directRequest(m.provider, "1 week", "2 weeks");
        direct.setValidTo(LocalDate.of(2020, 6, 1));
        List<Finding> findings = m.run(ID, LocalDate.of(2020, 7, 1), ValidationConfig.DEFAULTS);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(List.of(m.scenario, direct), findings.get(0).elements());
    }

    @Test
    void nearMissStillValidOrStartingLater() {
        AccessModel m = new AccessModel();
        Provision direct = m.directRequest(m.provider, "1 week", "2 weeks");
        direct.setValidTo(LocalDate.of(2020, 6, 1));
        assertTrue(m.run(ID).isEmpty(), "valid at the model's as-of date");
        direct.setValidTo(null);
        assertTrue(m.run(ID, LocalDate.of(2019, 1, 1), ValidationConfig.DEFAULTS).isEmpty(), "not past its validity");
    }

    @Test
    void retentionLawWhereTheProviderIsEstablishedEndedByTheValidationDate() {
        AccessModel m = new AccessModel();
        m.directRequest(m.provider, "1 month", "12 months");
        Jurisdiction c = m.jurisdiction("State C", "CC");
        RetentionRule law = endedRetentionLaw(m, c, c);
        List<Finding> findings = m.run(ID, LocalDate.of(2020, 7, 1), ValidationConfig.DEFAULTS);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).elements().contains(law), findings.toString());
    }

    @Test
    void nearMissRetentionLawWhereTheProviderIsNotEstablished() {
        AccessModel m = new AccessModel();
        m.directRequest(m.provider, "1 month", "12 months");
        endedRetentionLaw(m, m.jurisdiction("State C", "CC"), m.jurisdiction("State D", "DD"));
        assertTrue(m.run(ID, LocalDate.of(2020, 7, 1), ValidationConfig.DEFAULTS).isEmpty(), "the law never applied to the provider");
    }

    /** A subsidiary of the provider in one jurisdiction, and a 12 months' retention law of a jurisdiction that ended on 1 June 2020. */
    private static RetentionRule endedRetentionLaw(AccessModel m, Jurisdiction establishedIn, Jurisdiction lawOf) {
        Establishment branch = AccessModel.F.createEstablishment();
        branch.setJurisdiction(establishedIn);
        branch.setKind(EstablishmentKind.SUBSIDIARY);
        m.provider.getEstablishments().add(branch);
        RetentionRule law = m.retention(lawOf, "12 months");
        law.setValidTo(LocalDate.of(2020, 6, 1));
        return law;
    }
}
