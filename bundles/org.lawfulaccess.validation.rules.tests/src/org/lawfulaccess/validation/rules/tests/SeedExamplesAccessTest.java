/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.tests.support.Examples;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.Severity;
import org.lawfulaccess.validation.ValidationConfig;
import org.lawfulaccess.validation.Validator;

/**
 * The findings {@code examples/README.md} expects of the access rules on the seed
 * examples, through the real engine and the whole access catalogue. Elements are matched by name
 * here only because the examples are the oracle; the rules themselves name nothing.
 */
class SeedExamplesAccessTest {

    private static final String BELGIUM = "belgium-2021-cross-border.lawful";
    private static final String FRANCE = "france-2016-decryption.lawful";

    @Test
    void belgium2021() throws Exception {
        List<Finding> findings = validate(BELGIUM, null);
        dump(BELGIUM, findings);
        assertEquals(Set.of("Incitement to hatred on Facebook: identify the account holder",
                "Incitement to hatred on Twitter: IP addresses of the account"), names(findings, "LA-DUAL-01", 0));
        assertTrue(names(findings, "LA-DUAL-01", 2).contains("Criminalisation"), "the criminalisation is an element");
        assertEquals(Set.of("Same case: subscriber behind the IP address at the Belgian operator"), names(findings, "LA-TIME-01", 0));
        assertTrue(findings.stream().filter(f -> f.ruleId().equals("LA-TIME-01")).allMatch(f -> f.severity() == Severity.WARNING),
                "the minimum latency stays below the retention: a warning, not an error");
        assertEquals(Set.of("Telegram"), names(findings, "LA-COOP-01", 0));
        // Instagram is a service of Facebook, Inc.: the pair-level finding on the provider covers it.
        assertEquals(Set.of("Facebook, Inc.", "Twitter, Inc."), names(findings, "LA-COOP-02", 0));
        assertEquals(Set.of("Facebook, Inc.", "Twitter, Inc.", "Telegram", "Belgian telecom operator (generic)"),
                names(findings, "LA-SPOC-02", 0));
        assertEquals(Set.of("Belgium"), names(findings, "LA-SPOC-02", 1));
        // Not expected by the examples' notes; LA-JUR-01 on the Telegram scenario is explained in the report.
        assertEquals(Set.of(), names(findings, "LA-TIME-02", 0));
        assertEquals(Set.of("Threats sent over Telegram: identify the sender"), names(findings, "LA-JUR-01", 0));
        assertEquals(Set.of(), names(findings, "LA-PROV-02", 0));
    }

    @Test
    void belgiumAfterTheAnnulment() throws Exception {
        List<Finding> findings = validate(BELGIUM, LocalDate.of(2021, 4, 29));
        assertEquals(Set.of(), names(findings, "LA-TIME-01", 0), "the retention rule no longer holds");
        assertEquals(Set.of("Same case: subscriber behind the IP address at the Belgian operator"), names(findings, "LA-PROV-02", 0));
        assertTrue(names(findings, "LA-PROV-02", 1).contains("RetentionRule"));
    }

    @Test
    void france2016() throws Exception {
        List<Finding> findings = validate(FRANCE, null);
        dump(FRANCE, findings);
        assertEquals(Set.of("Decryption requisition to WhatsApp for a suspect's messages"), names(findings, "LA-ENC-01", 0));
        assertEquals(Set.of("Interception of a suspect's Skype communications"), names(findings, "LA-SCOPE-01", 0));
        // The Skype interception order, and the requisition "to any person" aimed at WhatsApp (the README's broader reading).
        assertEquals(Set.of("Decryption requisition to WhatsApp for a suspect's messages", "Interception of a suspect's Skype communications"),
                names(findings, "LA-JUR-01", 0));
        assertTrue(names(findings, "LA-JUR-01", 1).contains("Interception carried out by a declared operator"));
    }

    static List<Finding> validate(String name, LocalDate date) throws Exception {
        Path file = Examples.folder().resolve(name);
        assertTrue(Files.exists(file), "example not present: " + file);
        Resource resource = LawfulResources.newModelStore().load(file);
        return Validator.of(AccessModel.CATALOGUE, ValidationConfig.DEFAULTS).validate(resource, date).findings();
    }

    /** The names of the elements at one position of a rule's findings. */
    static Set<String> names(List<Finding> findings, String ruleId, int position) {
        Set<String> names = new TreeSet<>();
        for (Finding f : findings) {
            if (f.ruleId().equals(ruleId) && f.elements().size() > position) {
                names.add(name(f.elements().get(position)));
            }
        }
        return names;
    }

    static String name(EObject element) {
        EStructuralFeature feature = element.eClass().getEStructuralFeature("name");
        return feature == null ? element.eClass().getName() : String.valueOf(element.eGet(feature));
    }

    private static void dump(String file, List<Finding> findings) {
        for (Finding f : findings) {
            System.out.println(file + " " + f.ruleId() + " " + f.severity() + " " + f.elements().stream().map(SeedExamplesAccessTest::name).toList()
                    + "\n    " + f.message() + "\n    evidence " + f.evidence().size());
        }
    }
}
