/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.model.ClassificationLevel;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Position;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.UsageDecision;
import org.lawfulaccess.model.UsagePolicy;
import org.lawfulaccess.tests.support.Examples;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.Severity;
import org.lawfulaccess.validation.ValidationConfig;
import org.lawfulaccess.validation.Validator;
import org.lawfulaccess.validation.rules.ProtectionRules;

/**
 * The protection and provenance rules on the seed examples in {@code examples/}, each at its own
 * as-of date: the findings the examples' README announces, and the ones it rules out.
 */
class SeedExamplesProtectionTest {

    private static Resource load(String name) throws Exception {
        return LawfulResources.newModelStore().load(Examples.folder().resolve(name));
    }

    private static List<Finding> findings(Resource resource, String ruleId) {
        return Validator.of(RuleCatalogue.ofProviders(new ProtectionRules()), ValidationConfig.DEFAULTS).validate(resource, null)
                .findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static String name(Finding finding) {
        return ((Service) finding.elements().get(0)).getName();
    }

    @Test
    void belgianDefenceTelemetryOfAnEndToEndServiceAndNoClassifiedUse() throws Exception {
        Resource defence = load("belgian-defence-2022-messaging.lawful");

        List<Finding> telemetry = findings(defence, "LA-ENC-02");
        assertEquals(List.of("Threema"), telemetry.stream().map(SeedExamplesProtectionTest::name).toList(), telemetry.toString());
        assertEquals(List.of(), findings(defence, "LA-SEC-01"), "every allowed use is limited to unclassified information");
        assertEquals(List.of(), findings(defence, "LA-ENC-03"), "no cloud backup is modelled");
    }

    @Test
    void belgianDefenceAllowingClassifiedUseOverAnUnaccreditedServiceIsAnError() throws Exception {
        Resource defence = load("belgian-defence-2022-messaging.lawful");
        Service threema = (Service) findings(defence, "LA-ENC-02").get(0).elements().get(0);
        UsagePolicy policy = ((Ecosystem) defence.getContents().get(0)).getFacts().stream().filter(UsagePolicy.class::isInstance)
                .map(UsagePolicy.class::cast).filter(p -> p.getService() == threema && p.getDecision() == UsageDecision.ALLOWED)
                .findFirst().orElseThrow();

        policy.setMaxLevel(ClassificationLevel.RESTRICTED);

        List<Finding> classified = findings(defence, "LA-SEC-01");
        assertEquals(1, classified.size(), classified.toString());
        assertEquals(policy, classified.get(0).elements().get(0));
        assertEquals(Severity.ERROR, classified.get(0).severity());
    }

    @Test
    void franceCloudBackupIsAnAlternativeRoute() throws Exception {
        Resource france = load("france-2016-decryption.lawful");

        List<Finding> backup = findings(france, "LA-ENC-03");
        assertEquals(1, backup.size(), backup.toString());
        assertTrue(name(backup.get(0)).startsWith("iPhone"), name(backup.get(0)));
        assertEquals(Severity.INFO, backup.get(0).severity());
        assertEquals(List.of(), findings(france, "LA-ENC-02"));
    }

    @Test
    void belgiumHasTheContactsArticle35Requires() throws Exception {
        assertEquals(List.of(), findings(load("belgium-2021-cross-border.lawful"), "LA-SPOC-01"));
    }

    @Test
    void statementPositionsAlsoCiteTheStatementItself() throws Exception {
        List<Finding> provenance = findings(load("statement-2020-e2e.lawful"), "LA-PROV-01");
        assertTrue(provenance.stream().noneMatch(f -> f.elements().get(0) instanceof Position), provenance.toString());
    }
}
