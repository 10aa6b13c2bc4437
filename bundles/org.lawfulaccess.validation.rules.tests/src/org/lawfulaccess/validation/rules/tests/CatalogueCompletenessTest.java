/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.lawfulaccess.tests.support.Examples;
import org.lawfulaccess.validation.CatalogueDocument;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.rules.AccessRules;
import org.lawfulaccess.validation.rules.ProtectionRules;

/**
 * Every rule this bundle registers has its oracle test and its entry in the catalogue page. The
 * catalogue comes from the engine's own discovery, which inside OSGi (where these tests run) reads
 * the extension point, as the workbench does.
 * <p>
 * Convention: the oracle test of a rule is a class of this package with at least one {@code @Test}
 * (or {@code @TestFactory}) method that declares a static String constant {@code RULE_ID} or
 * {@code ID} holding the rule id, e.g. {@code static final String RULE_ID = "LA-ENC-02";}. The
 * classes are read from the fragment's output folder ({@code target/classes}, as in
 * {@code build.properties}).
 */
class CatalogueCompletenessTest {

    /** The bundle whose rules this fragment tests; the built-in LA-INT-01 is tested beside the engine. */
    static final String CATALOGUE_BUNDLE = "org.lawfulaccess.validation.rules";

    /**
     * @return the rule ids claimed by the test classes of this package (through their {@code RULE_ID}
     *         or {@code ID} constant), each with the classes claiming it
     */
    static Map<String, List<String>> oracleTests() throws Exception {
        String pkg = CatalogueCompletenessTest.class.getPackageName();
        Path folder = Examples.repositoryFile("bundles/org.lawfulaccess.validation.rules.tests/target/classes").resolve(pkg.replace('.', '/'));
        Map<String, List<String>> claims = new TreeMap<>();
        List<Path> classFiles;
        try (Stream<Path> files = Files.list(folder)) {
            classFiles = files.filter(f -> f.getFileName().toString().endsWith("Test.class")).toList();
        }
        for (Path file : classFiles) {
            String name = pkg + '.' + file.getFileName().toString().replace(".class", "");
            Class<?> type = Class.forName(name, false, CatalogueCompletenessTest.class.getClassLoader());
            if (Arrays.stream(type.getDeclaredMethods()).noneMatch(CatalogueCompletenessTest::isTest)) {
                continue;
            }
            for (Field field : type.getDeclaredFields()) {
                if (List.of("RULE_ID", "ID").contains(field.getName()) && Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    field.setAccessible(true);
                    claims.computeIfAbsent((String) field.get(null), id -> new ArrayList<>()).add(type.getSimpleName());
                }
            }
        }
        return claims;
    }

    private static Stream<RuleCatalogue.Entry> catalogueRules() {
        return RuleCatalogue.discover().entries().stream().filter(e -> e.contributor().equals(CATALOGUE_BUNDLE));
    }

    @Test
    void bothProvidersAreRegisteredThroughTheExtensionPoint() {
        Set<String> declared = new TreeSet<>();
        Stream.concat(new AccessRules().rules().stream(), new ProtectionRules().rules().stream()).map(Rule::descriptor)
                .map(RuleDescriptor::id).forEach(declared::add);
        Set<String> discovered = new TreeSet<>();
        catalogueRules().map(e -> e.descriptor().id()).forEach(discovered::add);

        // The contributor is the bundle's symbolic name only on the extension-point path.
        assertEquals(declared, discovered);
        assertTrue(discovered.containsAll(Set.of("LA-SPOC-01", "LA-ENC-02", "LA-ENC-03", "LA-SEC-01", "LA-PROV-01")), discovered.toString());
    }

    @TestFactory
    Stream<DynamicTest> everyRuleOfTheCatalogueHasAnOracleTest() throws Exception {
        Map<String, List<String>> claims = oracleTests();
        return catalogueRules().map(e -> e.descriptor().id()).map(id -> DynamicTest.dynamicTest(id,
                () -> assertTrue(claims.containsKey(id), id + " has no oracle test: no test class of " + CatalogueCompletenessTest.class.getPackageName()
                        + " declares static final String RULE_ID = \"" + id + "\" (test classes found: " + claims + ")")));
    }

    @TestFactory
    Stream<DynamicTest> everyRegisteredRuleHasACatalogueEntry() {
        RuleCatalogue catalogue = RuleCatalogue.discover();
        String page = CatalogueDocument.markdown(catalogue);
        return catalogue.entries().stream().map(RuleCatalogue.Entry::descriptor).map(d -> DynamicTest.dynamicTest(d.id(), () -> {
            assertTrue(page.contains("\n## " + d.id() + "\n"), d.id() + " has no section in the catalogue page");
            assertFalse(d.description().isBlank(), d.id() + " has no description");
            assertFalse(d.title().startsWith("!"), d.id() + " has a missing title key: " + d.title());
            assertFalse(d.description().startsWith("!"), d.id() + " has a missing description key: " + d.description());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleOfTheCatalogueHasAnExample() {
        return catalogueRules().map(RuleCatalogue.Entry::descriptor).map(d -> DynamicTest.dynamicTest(d.id(),
                () -> assertFalse(d.example().isBlank() || d.example().startsWith("!"), d.id() + " has no example")));
    }

    private static boolean isTest(Method method) {
        return method.isAnnotationPresent(Test.class) || method.isAnnotationPresent(TestFactory.class);
    }
}
