/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.cli.Main;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulFactory;

class InfoCommandTest {

    @TempDir
    Path folder;

    @Test
    void printsAsOfDateAndCountsPerType() throws Exception {
        Path file = folder.resolve("small.lawful");
        ModelStore store = LawfulResources.newModelStore();
        Resource resource = store.newResourceSet().createResource(URI.createFileURI(file.toString()));
        Ecosystem root = LawfulFactory.eINSTANCE.createEcosystem();
        root.setName("Small");
        root.setAsOf(LocalDate.of(2021, 4, 29));
        for (String code : new String[] { "AA", "BB" }) {
            Jurisdiction jurisdiction = LawfulFactory.eINSTANCE.createJurisdiction();
            jurisdiction.setCode(code);
            root.getJurisdictions().add(jurisdiction);
        }
        resource.getContents().add(root);
        store.save(resource);

        CommandLineRun run = CommandLineRun.of("info", file.toString());

        assertAll(() -> assertEquals(Main.OK, run.exitCode(), run.err()),
                () -> assertTrue(run.out().contains("as of:   2021-04-29"), run.out()),
                () -> assertTrue(run.out().matches("(?s).*Jurisdiction\\s+2\\n.*"), run.out()),
                () -> assertTrue(run.out().contains("elements: 3"), run.out()));
    }

    @Test
    void malformedFileIsAnInputErrorNamingFileAndLine() throws IOException {
        Path file = folder.resolve("broken.lawful");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<lawful:Ecosystem xmlns:lawful=\"https://lawfulaccess.org/ns/ecosystem/2\">\n<jurisdictions code=\"BE\"\n");

        CommandLineRun run = CommandLineRun.of("info", file.toString());

        assertAll(() -> assertEquals(Main.USAGE_OR_INPUT, run.exitCode()),
                () -> assertTrue(run.err().contains("broken.lawful:"), run.err()),
                () -> assertFalse(run.err().contains("Exception"), run.err()),
                () -> assertFalse(run.err().contains("\tat "), run.err()));
    }

    @Test
    void missingCommandOrFileIsAUsageError() {
        assertEquals(Main.USAGE_OR_INPUT, CommandLineRun.of().exitCode());
        CommandLineRun missing = CommandLineRun.of("info", folder.resolve("absent.lawful").toString());
        assertEquals(Main.USAGE_OR_INPUT, missing.exitCode());
        assertTrue(missing.err().contains("absent.lawful"), missing.err());
    }
}
