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

/**
 * What a load keeps without reading it is said in every report format; ids given twice are
 * LA-INT-01 findings; references that cannot be read are refused with file and line.
 */
class KeptContentTest {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <lawful:Ecosystem xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xmlns:lawful="https://lawfulaccess.org/ns/ecosystem/2" xmi:id="root" name="Case" asOf="2021-03-31" formatVersion="2">
              <jurisdictions xmi:id="j1" name="Belgium" code="BE"/>
            """;

    private static final String TYPO = "Ecosystem \"Case (as of 2021-03-31)\" holds in \"facts\" an element of type \"lawful:Criminalisatio\", which this release does not know:"
            + " it is kept as it is and saved again, but not analysed.";

    @TempDir
    Path folder;

    private Path write(String body) throws Exception {
        return Files.writeString(folder.resolve("case.lawful"), HEAD + body + "</lawful:Ecosystem>\n");
    }

    @Test
    void anUnknownTypeIsAWarningInEveryFormat() throws Exception {
        Path file = write("""
                  <offences xmi:id="o1" name="Fraud"/>
                  <facts xsi:type="lawful:Criminalisatio" xmi:id="c1" offence="o1" jurisdiction="j1"/>
                """);
        CommandLineRun text = CommandLineRun.of("validate", file.toString());
        CommandLineRun json = CommandLineRun.of("validate", "--format", "json", file.toString());
        CommandLineRun sarif = CommandLineRun.of("validate", "--format", "sarif", file.toString());
        CommandLineRun junit = CommandLineRun.of("validate", "--format", "junit", file.toString());
        CommandLineRun info = CommandLineRun.of("info", file.toString());
        assertAll(() -> assertEquals(Main.OK, text.exitCode(), text.err()),
                () -> assertTrue(text.out().contains("  warning " + file + ":6: " + TYPO), text.out()),
                () -> assertTrue(json.out().contains("\"warnings\": [\n    {\n      \"file\": \"" + file.toUri() + "\",\n      \"line\": 6,\n"
                        + "      \"message\": \"" + TYPO.replace("\"", "\\\"") + "\""), json.out()),
                () -> assertTrue(sarif.out().contains("\"level\": \"warning\""), sarif.out()),
                () -> assertTrue(sarif.out().contains("\"text\": \"" + TYPO.replace("\"", "\\\"") + "\""), sarif.out()),
                () -> assertTrue(sarif.out().contains("\"startLine\": 6"), sarif.out()),
                () -> assertTrue(junit.out().contains("name=\"load\">\n      <system-out>warning line 6: "), junit.out()),
                () -> assertTrue(junit.out().contains("lawful:Criminalisatio"), junit.out()),
                () -> assertTrue(info.err().contains("lawful: warning: " + file + ":6: " + TYPO), info.err()));
    }

    @Test
    void anUnknownElementIsKeptWithAWarning() throws Exception {
        Path file = write("""
                  <Bogus kind="x"/>
                """);
        CommandLineRun run = CommandLineRun.of("validate", file.toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains(file + ":5: Ecosystem \"Case (as of 2021-03-31)\" has an element \"Bogus\", which this release does not know"), run.out());
    }

    @Test
    void idsGivenTwiceAreIntegrityFindingsOnEachElement() throws Exception {
        Path file = write("""
                  <jurisdictions xmi:id="j1" name="France" code="FR"/>
                """);
        CommandLineRun run = CommandLineRun.of("validate", "--rules", "LA-INT-01", file.toString());
        assertAll(() -> assertEquals(Main.FINDINGS, run.exitCode(), run.out() + run.err()),
                () -> assertTrue(run.out().contains(file + ":4 Ecosystem/jurisdictions[Belgium]: Jurisdiction \"Belgium (BE)\" has the id \"j1\","
                        + " which 2 elements of the file share (lines 4, 5): a reference to it reaches only one of them"), run.out()),
                () -> assertTrue(run.out().contains(file + ":5 Ecosystem/jurisdictions[France]: Jurisdiction \"France (FR)\" has the id \"j1\""), run.out()));
    }

    @Test
    void aReferenceWithAColonIsRefused() throws Exception {
        Path file = write("""
                  <actors xsi:type="lawful:Provider" xmi:id="p1" name="Acme" jurisdiction="x:y"/>
                """);
        for (String command : new String[] { "validate", "info", "routes" }) {
            CommandLineRun run = CommandLineRun.of(command, file.toString());
            assertRefused(run, file + ":5:", "Provider \"Acme\" refers through \"jurisdiction\" to the id \"x:y\", which no element in the file has.");
        }
    }

    @Test
    void aReferenceOfTheWrongTypeNamesTheLine() throws Exception {
        Path file = write("""
                  <actors xsi:type="lawful:Authority" xmi:id="a1" name="Police" jurisdiction="j1"/>
                  <scenarios xmi:id="s1" name="X" requestingAuthority="a1"
                      targetProvider="j1"/>
                """);
        for (String command : new String[] { "validate", "info", "routes" }) {
            CommandLineRun run = CommandLineRun.of(command, file.toString());
            assertRefused(run, file + ":6: ", "Scenario \"X\" refers through \"targetProvider\" to Jurisdiction \"Belgium (BE)\" (id \"j1\"),"
                    + " but \"targetProvider\" can only refer to elements of type Provider.");
        }
    }

    private static void assertRefused(CommandLineRun run, String where, String message) {
        assertAll(() -> assertEquals(Main.USAGE_OR_INPUT, run.exitCode(), run.out() + run.err()),
                () -> assertTrue(run.err().contains(where), run.err()),
                () -> assertTrue(run.err().contains(message), run.err()),
                () -> assertFalse(run.err().contains("Exception"), run.err()),
                () -> assertFalse(run.out().contains("Exception"), run.out()));
    }
}
