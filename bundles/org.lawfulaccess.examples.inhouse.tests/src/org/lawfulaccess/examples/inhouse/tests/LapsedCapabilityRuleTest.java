package org.lawfulaccess.examples.inhouse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lawfulaccess.examples.inhouse.rules.InhouseRules;
import org.lawfulaccess.examples.inhouse.rules.LapsedCapabilityRule;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.Severity;
import org.lawfulaccess.validation.ValidationConfig;
import org.lawfulaccess.validation.Validator;

/** The oracle of INH-CAP-01: the findings on a small model, and near misses that must not fire. */
class LapsedCapabilityRuleTest {

    private static final String ID = LapsedCapabilityRule.ID;

    private static List<Finding> findings(CapabilityModel model) {
        Validator validator = Validator.of(RuleCatalogue.ofProviders(new InhouseRules()), ValidationConfig.DEFAULTS, Set.of(ID));
        return validator.validate(model.resource, null).findings();
    }

    @Test
    void aLapsedToolCoveringAnEndToEndServiceIsFlaggedOnceForThatService() {
        CapabilityModel model = new CapabilityModel();
        model.capability.setValidTo(LocalDate.of(2021, 1, 1));

        List<Finding> findings = findings(model);

        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(ID, finding.ruleId());
        assertEquals(Severity.WARNING, finding.severity());
        // The transport-encrypted service is covered too, but only the end-to-end one counts.
        assertEquals(List.of(model.capability, model.encrypted), finding.elements());
        assertEquals(2, finding.evidence().size(), finding.evidence().toString());
        assertTrue(finding.message().contains("Service E") && finding.message().contains("Authority A")
                && finding.message().contains("2021-01-01"), finding.message());
    }

    @Test
    void aToolValidOnlyAfterTheDateIsFlaggedToo() {
        CapabilityModel model = new CapabilityModel();
        model.capability.setValidFrom(LocalDate.of(2022, 1, 1));

        List<Finding> findings = findings(model);

        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().contains("2022-01-01"), findings.get(0).message());
    }

    @Test
    void nearMissAToolValidAtTheDateDoesNotFire() {
        CapabilityModel model = new CapabilityModel();
        // Ends the day after the as-of date: validTo is exclusive, so the tool is still valid.
        model.capability.setValidTo(CapabilityModel.AS_OF.plusDays(1));

        assertEquals(List.of(), findings(model));
    }

    @Test
    void nearMissALapsedToolCoveringNoEndToEndServiceDoesNotFire() {
        CapabilityModel model = new CapabilityModel();
        model.capability.setValidTo(LocalDate.of(2021, 1, 1));
        model.capability.getServices().remove(model.encrypted);

        assertEquals(List.of(), findings(model));
    }

    @Test
    void theDateComesFromTheRunNotTheModel() {
        CapabilityModel model = new CapabilityModel();
        model.capability.setValidTo(LocalDate.of(2021, 1, 1));
        Validator validator = Validator.of(RuleCatalogue.ofProviders(new InhouseRules()), ValidationConfig.DEFAULTS, Set.of(ID));

        assertEquals(List.of(), validator.validate(model.resource, LocalDate.of(2020, 6, 1)).findings());
    }
}
