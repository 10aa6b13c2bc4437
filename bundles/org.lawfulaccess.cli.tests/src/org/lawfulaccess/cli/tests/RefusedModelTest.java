/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.cli.Main;

/** Every command refuses a file that is not an ecosystem model, instead of working on an empty one. */
class RefusedModelTest {

    private static final String CURRENT = "https://lawfulaccess.org/ns/ecosystem/2";

    @TempDir
    Path folder;

    @Test
    void everyCommandRefusesAnotherNamespace() throws Exception {
        for (String namespace : new String[] { "https://lawfulaccess.org/ns/ecosystem/2.1", "https://lawfulaccess.org/ns/ecosystem/",
                "http://lawfulaccess.org/ns/ecosystem/2", "http://www.eclipse.org/emf/2002/Ecore" }) {
            Path file = Files.writeString(folder.resolve("other.lawful"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <lawful:Ecosystem xmlns:lawful="%s" formatVersion="1.0" name="Other"/>
                    """.formatted(namespace));
            for (String command : new String[] { "validate", "info", "routes" }) {
                assertRefused(CommandLineRun.of(command, file.toString()), file, "namespace \"" + namespace + "\"");
            }
        }
    }

    @Test
    void everyCommandRefusesAForeignDocument() throws Exception {
        Path pom = Files.writeString(folder.resolve("pom.lawful"), """
                <?xml version="1.0"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion></project>
                """);
        for (String command : new String[] { "validate", "info", "routes" }) {
            assertRefused(CommandLineRun.of(command, pom.toString()), pom, "\"project\" in namespace \"http://maven.apache.org/POM/4.0.0\"");
        }
    }

    private static void assertRefused(CommandLineRun run, Path file, String found) {
        assertAll(String.join(" ", file.toString(), found),
                () -> assertEquals(Main.USAGE_OR_INPUT, run.exitCode(), run.out() + run.err()),
                () -> assertTrue(run.err().contains(file + ": not a lawful-access ecosystem model"), run.err()),
                () -> assertTrue(run.err().contains(found), run.err()),
                () -> assertTrue(run.err().contains("namespace \"" + CURRENT + "\""), run.err()),
                () -> assertFalse(run.err().contains("Exception"), run.err()));
    }

    @Test
    void aModelUnderAnotherExtensionIsReadAndAnythingElseRefusedByContent() throws Exception {
        Path model = Files.writeString(folder.resolve("model.lawful.orig"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <lawful:Ecosystem xmlns:lawful="%s" formatVersion="2" name="Kept" asOf="2021-01-01"/>
                """.formatted(CURRENT));
        CommandLineRun run = CommandLineRun.of("info", model.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Kept"), run.out());

        Path text = Files.writeString(folder.resolve("notes.txt"), "not a model\n");
        CommandLineRun refused = CommandLineRun.of("validate", text.toString());
        assertEquals(Main.USAGE_OR_INPUT, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains(text + ":1:1: the file is not well-formed XML"), refused.err());
        assertFalse(refused.err().contains("bug"), refused.err());
    }

    @Test
    void aDirectoryIsCalledADirectory() throws Exception {
        Path directory = Files.createDirectory(folder.resolve("models.lawful"));
        CommandLineRun run = CommandLineRun.of("info", directory.toString());
        assertEquals(Main.USAGE_OR_INPUT, run.exitCode());
        assertTrue(run.err().contains(directory + ": this is a directory"), run.err());
    }

    @Test
    void aLongWrongValueIsCutInTheMessage() throws Exception {
        String value = "9".repeat(1_000_000);
        Path file = Files.writeString(folder.resolve("long.lawful"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <lawful:Ecosystem xmlns:lawful="%s" formatVersion="1.0" name="Long" asOf="%s"/>
                """.formatted(CURRENT, value));
        CommandLineRun run = CommandLineRun.of("info", file.toString());
        assertAll(() -> assertEquals(Main.USAGE_OR_INPUT, run.exitCode(), run.err()),
                () -> assertTrue(run.err().contains("9".repeat(80) + "\u2026 (1000000 characters)"), run.err()),
                () -> assertTrue(run.err().length() < 2000, () -> run.err().length() + " characters of messages"));
    }
}
