/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.lawfulaccess.cli.Main;
import org.lawfulaccess.validation.RuleCatalogue;

/** {@code lawful rules --format html}: the catalogue page the user guide ships. */
class RulesCommandTest {

    @Test
    void htmlIsAPageWithASectionPerRule() {
        CommandLineRun run = CommandLineRun.of("rules", "--format", "html");

        assertEquals(Main.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("<!DOCTYPE html>"), run.out());
        assertFalse(RuleCatalogue.discover().entries().isEmpty(), "no rules installed");
        for (RuleCatalogue.Entry entry : RuleCatalogue.discover().entries()) {
            String id = entry.descriptor().id();
            assertTrue(run.out().contains("<h2 id=\"" + id.toLowerCase(Locale.ROOT) + "\">" + id + ": "), id + " has no section");
        }
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheFormats() {
        CommandLineRun run = CommandLineRun.of("rules", "--format", "pdf");

        assertEquals(Main.USAGE_OR_INPUT, run.exitCode());
        assertTrue(run.err().contains("html"), run.err());
    }
}
