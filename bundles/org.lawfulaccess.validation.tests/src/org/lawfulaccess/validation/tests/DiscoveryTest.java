package org.lawfulaccess.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lawfulaccess.validation.CatalogueDocument;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.RuleCatalogue.Contribution;
import org.lawfulaccess.validation.RuleDiscoveryException;
import org.lawfulaccess.validation.RuleProvider;
import org.lawfulaccess.validation.internal.RuleDiscovery;

class DiscoveryTest {

    @Test
    void inThisRuntimeEachRuleIsFoundExactlyOnce() {
        // The tests run inside OSGi: the extension point is used, and the META-INF/services entries
        // of the same bundles are not read a second time.
        RuleCatalogue catalogue = RuleCatalogue.discover();
        List<String> ids = catalogue.rules().stream().map(r -> r.descriptor().id()).toList();
        assertEquals(1, ids.stream().filter("LA-INT-01"::equals).count(), ids.toString());
        assertEquals(1, ids.stream().filter(SampleRules.ID::equals).count(), ids.toString());
        assertEquals("org.lawfulaccess.validation", catalogue.find("LA-INT-01").orElseThrow().contributor());
    }

    @Test
    void theServiceLoaderPathFindsTheSameProviders() {
        List<Contribution> contributions = RuleDiscovery.fromServiceLoader(RuleDiscovery.class.getClassLoader());
        RuleCatalogue catalogue = RuleCatalogue.of(contributions);
        assertTrue(catalogue.find("LA-INT-01").isPresent());
        assertTrue(catalogue.find(SampleRules.ID).isPresent());
    }

    @Test
    void twoRulesWithOneIdIsAnErrorNamingBothContributors() {
        RuleProvider copy = new SampleRules();
        RuleDiscoveryException e = assertThrows(RuleDiscoveryException.class, () -> RuleCatalogue.of(List.of(
                new Contribution("com.example.first", new SampleRules()), new Contribution("com.example.second", copy))));
        assertTrue(e.getMessage().contains(SampleRules.ID), e.getMessage());
        assertTrue(e.getMessage().contains("com.example.first"), e.getMessage());
        assertTrue(e.getMessage().contains("com.example.second"), e.getMessage());
    }

    @Test
    void everyRegisteredRuleHasACatalogueEntry() {
        RuleCatalogue catalogue = RuleCatalogue.discover();
        String page = CatalogueDocument.markdown(catalogue);
        for (RuleCatalogue.Entry entry : catalogue.entries()) {
            assertTrue(page.contains("\n## " + entry.descriptor().id() + "\n"), entry.descriptor().id());
            assertTrue(!entry.descriptor().description().isBlank(), entry.descriptor().id() + " has no description");
        }
        assertTrue(page.contains("Legal basis: Sample Act, art. 1 (Official Journal)"), page);
    }
}
