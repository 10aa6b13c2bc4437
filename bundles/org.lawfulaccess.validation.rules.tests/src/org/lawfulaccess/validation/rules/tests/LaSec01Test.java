/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lawfulaccess.model.ClassificationLevel;
import org.lawfulaccess.model.Organisation;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.UsageDecision;
import org.lawfulaccess.model.UsagePolicy;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.Severity;

/** Oracle test of LA-SEC-01: a usage policy allowing more than the service is accredited for. */
class LaSec01Test {

    static final String RULE_ID = "LA-SEC-01";

    private final ProtectionModel m = new ProtectionModel();
    private final Organisation organisation = m.organisation("Organisation A");
    private final Provider provider = m.provider("Provider A");

    @Test
    void classifiedUseOfAnUnaccreditedServiceIsAnError() {
        Service service = m.service("Service A", provider);
        UsagePolicy policy = m.policy(organisation, service, UsageDecision.ALLOWED, ClassificationLevel.RESTRICTED);

        List<Finding> findings = m.findings(RULE_ID);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(List.of(policy, service), findings.get(0).elements());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("Organisation A") && findings.get(0).message().contains("Service A"),
                findings.get(0).message());
    }

    @Test
    void onlyAccreditationsValidAtTheDateCountAndTheHighestWins() {
        Service service = m.service("Service A", provider);
        m.accreditation(service, ClassificationLevel.SECRET).setValidTo(ProtectionModel.AS_OF);
        m.accreditation(service, ClassificationLevel.RESTRICTED);
        m.accreditation(service, ClassificationLevel.UNCLASSIFIED);
        UsagePolicy policy = m.policy(organisation, service, UsageDecision.ALLOWED, ClassificationLevel.CONFIDENTIAL);

        List<Finding> findings = m.findings(RULE_ID);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(policy, findings.get(0).elements().get(0));
    }

    @Test
    void nearMissesUnclassifiedUseForbiddenUseAndUseWithinTheAccreditation() {
        Service unaccredited = m.service("Service A", provider);
        m.policy(organisation, unaccredited, UsageDecision.ALLOWED, ClassificationLevel.UNCLASSIFIED);
        m.policy(organisation, unaccredited, UsageDecision.FORBIDDEN, ClassificationLevel.SECRET);
        Service accredited = m.service("Service B", provider);
        m.accreditation(accredited, ClassificationLevel.RESTRICTED);
        m.policy(organisation, accredited, UsageDecision.ALLOWED, ClassificationLevel.RESTRICTED);

        assertEquals(List.of(), m.findings(RULE_ID));
    }
}
