/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.validation.internal.json.JsonReader;

/** The SARIF tool driver names the tool, its version and its home page. */
class SarifDriverTest {

    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <lawful:Ecosystem xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:lawful="https://lawfulaccess.org/ns/ecosystem/2"
                xmi:id="root" name="Driver" asOf="2021-01-01" formatVersion="2">
              <jurisdictions xmi:id="be" name="Belgium" code="BE"/>
            </lawful:Ecosystem>
            """;

    @TempDir
    Path folder;

    @Test
    void driverHasAnAbsoluteInformationUri() throws Exception {
        Path file = Files.writeString(folder.resolve("model.lawful"), MODEL);
        CommandLineRun run = CommandLineRun.of("validate", "--format", "sarif", file.toString());

        Map<?, ?> firstRun = (Map<?, ?>) ((List<?>) ((Map<?, ?>) JsonReader.parse(run.out())).get("runs")).get(0);
        Map<?, ?> driver = (Map<?, ?>) ((Map<?, ?>) firstRun.get("tool")).get("driver");
        URI information = URI.create((String) driver.get("informationUri"));
        assertAll(() -> assertEquals("lawful", driver.get("name")),
                () -> assertFalse(((String) driver.get("version")).isBlank(), run.out()),
                () -> assertEquals("https", information.getScheme(), run.out()),
                () -> assertTrue(information.isAbsolute() && information.getHost() != null, run.out()),
                () -> assertEquals("https://lawfulaccess.org/", information.toString()));
    }
}
