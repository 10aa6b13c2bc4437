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

import java.time.LocalDate;

import org.lawfulaccess.model.Provision;
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
}
