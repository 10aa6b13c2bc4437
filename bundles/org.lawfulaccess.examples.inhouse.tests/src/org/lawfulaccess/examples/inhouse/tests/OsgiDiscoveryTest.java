package org.lawfulaccess.examples.inhouse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.examples.inhouse.rules.LapsedCapabilityRule;
import org.lawfulaccess.validation.CatalogueDocument;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.ValidationConfig;
import org.lawfulaccess.validation.ValidationResult;
import org.lawfulaccess.validation.Validator;

/**
 * Inside OSGi (these tests run there) the engine's own discovery, the one the workbench and the
 * OSGi launch of the command line use, finds the in-house rule through the extension point.
 */
class OsgiDiscoveryTest {

    @Test
    void theExtensionPointContributesTheInhouseRuleOnceBesideTheBuiltIns() {
        assertNotNull(RegistryFactory.getRegistry(), "not running inside OSGi");

        RuleCatalogue catalogue = RuleCatalogue.discover();

        List<String> ids = catalogue.rules().stream().map(r -> r.descriptor().id()).toList();
        assertEquals(1, ids.stream().filter(LapsedCapabilityRule.ID::equals).count(), ids.toString());
        assertTrue(ids.contains("LA-INT-01"), ids.toString());
        // Contributed by the bundle's plugin.xml, not by a META-INF/services entry read a second time.
        assertEquals("org.lawfulaccess.examples.inhouse", catalogue.find(LapsedCapabilityRule.ID).orElseThrow().contributor());
    }

    @Test
    void theInhouseRuleIsFiledUnderTheCategoryItsBundleContributes() {
        RuleCatalogue catalogue = RuleCatalogue.discover();

        RuleCatalogue.CategoryEntry forensics = catalogue.categories().stream()
                .filter(e -> e.category().id().equals("protection.inhouse-forensics")).findFirst().orElseThrow();
        assertEquals("org.lawfulaccess.examples.inhouse", forensics.contributor());
        assertEquals(Category.PROTECTION, forensics.category().parent().orElseThrow());
        assertEquals(forensics.category(), catalogue.find(LapsedCapabilityRule.ID).orElseThrow().descriptor().category());
        assertTrue(catalogue.children(Category.PROTECTION).contains(forensics.category()));
    }

    @Test
    void theDiscoveredRuleRunsInAFullValidation() {
        CapabilityModel model = new CapabilityModel();
        model.capability.setValidTo(CapabilityModel.AS_OF.minusDays(1));

        ValidationResult result = Validator.of(RuleCatalogue.discover(), ValidationConfig.DEFAULTS).validate(model.resource, null);

        assertEquals(1, result.findings().stream().filter(f -> f.ruleId().equals(LapsedCapabilityRule.ID)).count(), result.findings().toString());
    }

    @Test
    void theCataloguePageDocumentsTheInhouseRule() {
        String page = CatalogueDocument.markdown(RuleCatalogue.discover());

        assertTrue(page.contains("\n## " + LapsedCapabilityRule.ID + "\n"), page);
        assertTrue(page.contains("Convention on Cybercrime (ETS No. 185), art. 19"), page);
    }
}
