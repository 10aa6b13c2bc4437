/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.NamedElement;
import org.lawfulaccess.tests.support.Examples;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.ValidationConfig;
import org.lawfulaccess.validation.Validator;

/**
 * Rules name no particular element: renaming every element of every example (names, descriptions
 * and jurisdiction codes) gives the same findings, by rule, severity and fingerprint.
 */
class RenamingInvarianceTest {

    @TestFactory
    Stream<DynamicTest> everyExampleGivesTheSameFindingsAfterRenaming() {
        List<Path> files = Examples.models();
        assertFalse(files.isEmpty(), "no examples found");
        Validator validator = Validator.of(RuleCatalogue.discover(), ValidationConfig.DEFAULTS);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Set<String> before = outcome(validator, LawfulResources.newModelStore().load(file));
            Resource renamed = LawfulResources.newModelStore().load(file);
            renameEverything(renamed);
            assertEquals(before, outcome(validator, renamed));
        }));
    }

    private static Set<String> outcome(Validator validator, Resource resource) {
        Set<String> outcome = new TreeSet<>();
        for (Finding finding : validator.validate(resource, null).findings()) {
            outcome.add(finding.ruleId() + ' ' + finding.severity() + ' ' + finding.fingerprint());
        }
        return outcome;
    }

    private static void renameEverything(Resource resource) {
        int counter = 0;
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject element = it.next();
            counter++;
            if (element instanceof NamedElement named) {
                named.setName("Element " + counter);
                named.setDescription(null);
            }
            if (element instanceof Jurisdiction jurisdiction) {
                jurisdiction.setCode("J" + counter);
            }
        }
    }
}
