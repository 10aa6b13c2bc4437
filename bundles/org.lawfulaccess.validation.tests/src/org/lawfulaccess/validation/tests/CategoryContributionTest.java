/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.validation.CatalogueDocument;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.RuleCatalogue.Contribution;
import org.lawfulaccess.validation.RuleContext;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.RuleDiscoveryException;
import org.lawfulaccess.validation.RuleProvider;
import org.lawfulaccess.validation.ValidationConfig;

/** Bundles contribute categories into the tree, beside the built-in ones, through their rule providers. */
class CategoryContributionTest {

    private static final Category FORENSICS = Category.contributed("protection.acme-forensics", Category.PROTECTION,
            "Forensic tools", "Tools that authorities hold.");
    private static final Category MOBILE = Category.contributed("protection.acme-forensics.mobile", FORENSICS,
            "Mobile extraction", "Tools that read seized phones.");

    /** A provider of one rule filed under {@code category}, contributing {@code categories}. */
    private static RuleProvider provider(String ruleId, Category category, Category... categories) {
        RuleDescriptor descriptor = RuleDescriptor.builder(ruleId, "A rule", category).targets(LawfulPackage.Literals.FACT)
                .description("Checks nothing.").build();
        Rule rule = new Rule() {
            @Override
            public RuleDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public void check(EObject target, RuleContext context) {
                // Never reports: only the catalogue is under test.
            }
        };
        return new RuleProvider() {
            @Override
            public List<Rule> rules() {
                return List.of(rule);
            }

            @Override
            public List<Category> categories() {
                return List.of(categories);
            }
        };
    }

    private static RuleCatalogue catalogue(RuleProvider... providers) {
        return RuleCatalogue.of(java.util.stream.IntStream.range(0, providers.length)
                .mapToObj(i -> new Contribution("com.acme.bundle" + i, providers[i])).toList());
    }

    @Test
    void contributedCategoriesJoinTheTreeBelowTheirParents() {
        RuleCatalogue catalogue = catalogue(provider("ACME-TOOL-01", MOBILE, MOBILE, FORENSICS));
        List<String> ids = catalogue.categories().stream().map(e -> e.category().id()).toList();
        assertAll(() -> assertEquals(Category.builtIn().size() + 2, ids.size(), ids.toString()),
                () -> assertTrue(ids.indexOf(FORENSICS.id()) < ids.indexOf(MOBILE.id()), ids.toString()),
                () -> assertTrue(catalogue.children(Category.PROTECTION).contains(FORENSICS)),
                () -> assertEquals(List.of(MOBILE), catalogue.children(FORENSICS)),
                () -> assertTrue(MOBILE.isWithin(Category.PROTECTION)),
                () -> assertFalse(MOBILE.isWithin(Category.ACCESS)),
                () -> assertEquals(MOBILE, catalogue.category("mobile").orElseThrow()),
                () -> assertEquals(Category.TIME, catalogue.category("time").orElseThrow()),
                () -> assertEquals("com.acme.bundle0", catalogue.categories().get(ids.indexOf(MOBILE.id())).contributor()),
                () -> assertEquals("Mobile extraction", MOBILE.label()),
                () -> assertFalse(MOBILE.isBuiltIn()),
                () -> assertFalse(Category.ENCRYPTION.description().isBlank()));
    }

    @Test
    void aCategorySettingSwitchesContributedCategoriesAndTheirRules() throws Exception {
        RuleDescriptor rule = catalogue(provider("ACME-TOOL-01", MOBILE, MOBILE, FORENSICS)).find("ACME-TOOL-01").orElseThrow()
                .descriptor();
        assertAll(() -> assertTrue(config("").isEnabled(rule)),
                () -> assertFalse(config("category.protection.enabled = off").isEnabled(rule)),
                () -> assertFalse(config("category.protection.acme-forensics.enabled = off").isEnabled(rule)),
                () -> assertTrue(config("category.protection.acme-forensics.enabled = off\ncategory.protection.acme-forensics.mobile.enabled = on")
                        .isEnabled(rule)),
                () -> assertEquals(java.util.Set.of("protection.acme-forensics"),
                        config("category.protection.acme-forensics.enabled = off").mentionedCategoryIds()));
    }

    @Test
    void aCategoryDeclaredTwiceNamesBothContributors() {
        RuleDiscoveryException twice = assertThrows(RuleDiscoveryException.class,
                () -> catalogue(provider("ACME-TOOL-01", FORENSICS, FORENSICS), provider("ACME-TOOL-02", FORENSICS, FORENSICS)));
        RuleDiscoveryException builtIn = assertThrows(RuleDiscoveryException.class, () -> catalogue(provider("ACME-TOOL-01",
                Category.TIME, Category.contributed("access.time", Category.ACCESS, "Time", "Ours."))));
        assertAll(() -> assertTrue(twice.getMessage().contains("protection.acme-forensics"), twice.getMessage()),
                () -> assertTrue(twice.getMessage().contains("com.acme.bundle0") && twice.getMessage().contains("com.acme.bundle1"),
                        twice.getMessage()),
                () -> assertTrue(builtIn.getMessage().contains("org.lawfulaccess.validation"), builtIn.getMessage()));
    }

    @Test
    void aRuleOrACategoryBelowAnUndeclaredCategoryStopsDiscovery() {
        RuleDiscoveryException rule = assertThrows(RuleDiscoveryException.class, () -> catalogue(provider("ACME-TOOL-01", FORENSICS)));
        RuleDiscoveryException parent = assertThrows(RuleDiscoveryException.class,
                () -> catalogue(provider("ACME-TOOL-01", MOBILE, MOBILE)));
        assertAll(() -> assertTrue(rule.getMessage().contains("ACME-TOOL-01") && rule.getMessage().contains("protection.acme-forensics"),
                rule.getMessage()),
                () -> assertTrue(parent.getMessage().contains(MOBILE.id()) && parent.getMessage().contains(FORENSICS.id()),
                        parent.getMessage()));
    }

    @Test
    void aContributedIdIsItsParentsPlusOneSegment() {
        assertAll(() -> assertThrows(IllegalArgumentException.class, () -> Category.contributed("forensics", Category.PROTECTION, "F", "D")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> Category.contributed("access.forensics", Category.PROTECTION, "F", "D")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> Category.contributed("protection.Forensics", Category.PROTECTION, "F", "D")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> Category.contributed("protection.forensics", Category.PROTECTION, " ", "D")),
                () -> assertThrows(NullPointerException.class, () -> Category.contributed("forensics", null, "F", "D")));
    }

    @Test
    void theCatalogueDocumentShowsTheTreeWithContributors() {
        String page = CatalogueDocument.markdown(catalogue(provider("ACME-TOOL-01", MOBILE, MOBILE, FORENSICS)));
        assertAll(() -> assertTrue(page.contains("\n## Categories\n"), page),
                () -> assertTrue(page.contains("\n- `protection` **Protection**: "), page),
                () -> assertTrue(page.contains("\n  - `protection.acme-forensics` **Forensic tools**: Tools that authorities hold."
                        + " (contributed by com.acme.bundle0)\n"), page),
                () -> assertTrue(page.contains("\n    - `protection.acme-forensics.mobile` **Mobile extraction**: "), page));
    }

    private static ValidationConfig config(String text) throws Exception {
        return ValidationConfig.parse("test.properties", new StringReader(text));
    }
}
