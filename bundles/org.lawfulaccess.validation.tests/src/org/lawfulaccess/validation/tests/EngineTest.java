package org.lawfulaccess.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.model.NamedElement;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.RuleContext;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.Severity;
import org.lawfulaccess.validation.ValidationConfig;
import org.lawfulaccess.validation.ValidationResult;
import org.lawfulaccess.validation.Validator;

class EngineTest {

    private static List<Finding> sample(ValidationResult result) {
        return result.findings().stream().filter(f -> f.ruleId().equals(SampleRules.ID)).toList();
    }

    private static ValidationConfig config(String text) throws Exception {
        return ValidationConfig.parse("test.properties", new StringReader(text));
    }

    @Test
    void sampleRuleFlagsTheUncitedFactOnlyWithMessageEvidenceAndFingerprint() {
        Fixtures m = new Fixtures();
        ValidationResult result = Validator.of(Fixtures.catalogue(), ValidationConfig.DEFAULTS).validate(m.resource, null);
        List<Finding> findings = sample(result);
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(List.of(m.uncited), finding.elements());
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().contains("Criminalisation"), finding.message());
        assertEquals(1, finding.evidence().size());
        assertEquals(32, finding.fingerprint().length());
        assertEquals(Fixtures.AS_OF, result.date());
        assertTrue(finding.primaryPath().startsWith("Ecosystem/facts["), finding.primaryPath());
    }

    @Test
    void noIntegrityFindingsOnTheSoundFixture() {
        Fixtures m = new Fixtures();
        ValidationResult result = Validator.of(Fixtures.catalogue(), ValidationConfig.DEFAULTS).validate(m.resource, null);
        assertEquals(List.of(), result.findings().stream().filter(f -> f.ruleId().equals("LA-INT-01")).toList());
    }

    @Test
    void renamingEveryElementGivesIdenticalFindings() {
        Fixtures m = new Fixtures();
        Validator validator = Validator.of(Fixtures.catalogue(), ValidationConfig.DEFAULTS);
        ValidationResult before = validator.validate(m.resource, null);
        m.resource.getAllContents().forEachRemaining(e -> {
            if (e instanceof NamedElement named) {
                named.setName("renamed " + named.getName().hashCode());
            }
        });
        m.cited.setStatute("other");
        m.uncited.setStatute("other too");
        ValidationResult after = validator.validate(m.resource, null);
        assertEquals(before.findings().stream().map(f -> f.ruleId() + f.elementIds() + f.fingerprint()).toList(),
                after.findings().stream().map(f -> f.ruleId() + f.elementIds() + f.fingerprint()).toList());
    }

    @Test
    void fingerprintsDifferPerElementAndAreStableAcrossRuns() {
        Fixtures m = new Fixtures();
        m.criminalisation("second uncited");
        Validator validator = Validator.of(Fixtures.catalogue(), ValidationConfig.DEFAULTS);
        List<Finding> first = sample(validator.validate(m.resource, null));
        List<Finding> second = sample(validator.validate(m.resource, null));
        assertEquals(2, first.size());
        assertNotEquals(first.get(0).fingerprint(), first.get(1).fingerprint());
        assertEquals(first.stream().map(Finding::fingerprint).toList(), second.stream().map(Finding::fingerprint).toList());
    }

    @Test
    void configurationDisablesByRuleAndByCategoryBranchOverridesSeverityAndSetsParameters() throws Exception {
        Fixtures m = new Fixtures();
        RuleCatalogue catalogue = Fixtures.catalogue();
        assertTrue(sample(Validator.of(catalogue, config(SampleRules.ID + ".enabled = false")).validate(m.resource, null)).isEmpty());
        // The sample rule is in model.provenance: switching off the parent branch switches it off.
        assertTrue(sample(Validator.of(catalogue, config("category.model.enabled = off")).validate(m.resource, null)).isEmpty());
        // A rule setting beats its category's.
        assertEquals(1, sample(Validator.of(catalogue, config("category.model.enabled = off\n" + SampleRules.ID + ".enabled = on"))
                .validate(m.resource, null)).size());
        List<Finding> error = sample(Validator.of(catalogue, config(SampleRules.ID + ".severity = error")).validate(m.resource, null));
        assertEquals(Severity.ERROR, error.get(0).severity());
        assertEquals(2, sample(Validator.of(catalogue, config(SampleRules.ID + ".minCitations = 2")).validate(m.resource, null)).size());
    }

    @Test
    void onlySelectedRulesRunWhenAskedEvenIfDisabled() throws Exception {
        Fixtures m = new Fixtures();
        Validator validator = Validator.of(Fixtures.catalogue(), config(SampleRules.ID + ".enabled = false"), Set.of(SampleRules.ID));
        assertEquals(List.of(SampleRules.ID), validator.rules().stream().map(r -> r.descriptor().id()).toList());
        assertEquals(1, sample(validator.validate(m.resource, null)).size());
    }

    @Test
    void suppressedFindingsAreReportedAsSuppressedAndDoNotFail() throws Exception {
        Fixtures m = new Fixtures();
        RuleCatalogue catalogue = Fixtures.catalogue();
        String fingerprint = sample(Validator.of(catalogue, ValidationConfig.DEFAULTS).validate(m.resource, null)).get(0).fingerprint();
        ValidationConfig waiver = config("suppress." + fingerprint + ".justification = known gap\n" + "suppress." + fingerprint
                + ".author = Reviewer A\n" + "suppress." + fingerprint + ".date = 2021-05-01\n");
        ValidationResult result = Validator.of(catalogue, waiver).validate(m.resource, null);
        Finding finding = sample(result).get(0);
        assertTrue(finding.isSuppressed());
        assertEquals("Reviewer A", finding.suppression().author());
        assertFalse(result.fails(Severity.WARNING, false));
        assertTrue(Validator.of(catalogue, ValidationConfig.DEFAULTS).validate(m.resource, null).fails(Severity.WARNING, false));
    }

    @Test
    void validatesAsOfADateDefaultingToTheModelsAsOf() {
        Fixtures m = new Fixtures();
        m.uncited.setValidTo(LocalDate.of(2020, 1, 1));
        Validator validator = Validator.of(Fixtures.catalogue(), ValidationConfig.DEFAULTS);
        assertTrue(sample(validator.validate(m.resource, null)).isEmpty(), "expired at the model's as-of date");
        assertEquals(1, sample(validator.validate(m.resource, LocalDate.of(2019, 6, 1))).size(), "still valid in 2019");
        assertEquals(LocalDate.of(2019, 6, 1), validator.validate(m.resource, LocalDate.of(2019, 6, 1)).date());
    }

    @Test
    void sharedAnalysesAreComputedOncePerRun() {
        Fixtures m = new Fixtures();
        for (int i = 0; i < 5; i++) {
            m.criminalisation("more " + i);
        }
        int before = SampleRules.ANALYSIS_RUNS.get();
        Validator.of(Fixtures.catalogue(), ValidationConfig.DEFAULTS).validate(m.resource, null);
        assertEquals(1, SampleRules.ANALYSIS_RUNS.get() - before);
    }

    @Test
    void aFailingRuleBecomesAnErrorFindingAndOtherRulesStillRun() {
        Fixtures m = new Fixtures();
        Rule broken = new Rule() {
            final RuleDescriptor descriptor = RuleDescriptor.builder("TEST-BROKEN-01", "Broken", Category.SECURITY)
                    .targets(org.lawfulaccess.model.LawfulPackage.Literals.ECOSYSTEM).build();

            @Override
            public RuleDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public void check(EObject target, RuleContext context) {
                throw new IllegalStateException("boom");
            }
        };
        RuleCatalogue catalogue = RuleCatalogue.ofProviders(new SampleRules(), () -> List.of(broken));
        ValidationResult result = Validator.of(catalogue, ValidationConfig.DEFAULTS).validate(m.resource, null);
        Finding failure = result.findings().stream().filter(f -> f.ruleId().equals("TEST-BROKEN-01")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, failure.severity());
        // The finding blames the rule; no exception text reaches what analysts and reports read.
        assertTrue(failure.message().contains("TEST-BROKEN-01") && failure.message().contains("bug in the rule"), failure.message());
        assertFalse(failure.message().contains("boom") || failure.message().contains("Exception"), failure.message());
        assertEquals(1, sample(result).size());
    }

    @Test
    void categoryTreeIsDeclared() {
        assertTrue(Category.TIME.isWithin(Category.ACCESS));
        assertFalse(Category.TIME.isWithin(Category.PROTECTION));
        for (String id : List.of("integrity", "provenance", "cooperation", "jurisdiction", "time", "encryption", "security")) {
            assertTrue(Category.byId(id).isPresent(), id);
        }
        assertEquals(Map.of(), Map.of());
    }
}
