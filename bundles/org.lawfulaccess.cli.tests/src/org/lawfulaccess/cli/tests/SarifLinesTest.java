/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.validation.internal.json.JsonReader;

/** Reports point at the line of the element a finding is about. */
class SarifLinesTest {

    /** The jurisdiction without its required code starts on line 6. Do not reflow. */
    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <lawful:Ecosystem xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:lawful="https://lawfulaccess.org/ns/ecosystem/2"
                xmi:id="root" name="Lines" asOf="2021-01-01" formatVersion="2">
              <jurisdictions xmi:id="be" name="Belgium" code="BE"/>
              <!-- the next one lacks its required code -->
              <jurisdictions xmi:id="nocode"
                  name="Nowhere"/>
            </lawful:Ecosystem>
            """;

    private static final int LINE = 6;

    @TempDir
    Path folder;

    @Test
    void sarifResultHasTheElementsStartLine() throws Exception {
        Path file = Files.writeString(folder.resolve("model.lawful"), MODEL);
        CommandLineRun run = CommandLineRun.of("validate", "--format", "sarif", "--rules", "LA-INT-01", file.toString());

        Map<?, ?> sarif = (Map<?, ?>) JsonReader.parse(run.out());
        Map<?, ?> firstRun = (Map<?, ?>) ((List<?>) sarif.get("runs")).get(0);
        Map<?, ?> result = finding((List<?>) firstRun.get("results"));
        Map<?, ?> location = (Map<?, ?>) ((List<?>) result.get("locations")).get(0);
        Map<?, ?> physical = (Map<?, ?>) location.get("physicalLocation");
        Map<?, ?> region = (Map<?, ?>) physical.get("region");

        assertAll(() -> assertEquals("LA-INT-01", result.get("ruleId")),
                () -> assertTrue(((String) ((Map<?, ?>) physical.get("artifactLocation")).get("uri")).endsWith("model.lawful")),
                () -> assertEquals(LINE, ((Number) region.get("startLine")).intValue(), run.out()));
    }

    @Test
    void jsonAndTextReportsCarryTheLineToo() throws Exception {
        Path file = Files.writeString(folder.resolve("model.lawful"), MODEL);
        CommandLineRun json = CommandLineRun.of("validate", "--format", "json", "--rules", "LA-INT-01", file.toString());
        CommandLineRun text = CommandLineRun.of("validate", "--rules", "LA-INT-01", file.toString());

        Map<?, ?> finding = finding((List<?>) ((Map<?, ?>) JsonReader.parse(json.out())).get("findings"));

        assertAll(() -> assertEquals(LINE, ((Number) finding.get("line")).intValue(), json.out()),
                () -> assertTrue(text.out().contains(" " + file + ":" + LINE + " Ecosystem/jurisdictions[Nowhere]: "), text.out()));
    }

    /** @return the finding about the jurisdiction without a code */
    private static Map<?, ?> finding(List<?> findings) {
        return findings.stream().map(f -> (Map<?, ?>) f).filter(f -> f.toString().contains("nocode")).findFirst()
                .orElseThrow(() -> new AssertionError(findings));
    }
}
