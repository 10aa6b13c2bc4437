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
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.validation.internal.json.JsonReader;

/** A file that cannot be read is reported, and the files around it are still validated. */
class UnreadableFilesTest {

    /** A model whose jurisdiction lacks its required code. */
    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <lawful:Ecosystem xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:lawful="https://lawfulaccess.org/ns/ecosystem/2"
                xmi:id="root" name="Good" asOf="2021-01-01" formatVersion="2">
              <jurisdictions xmi:id="nocode" name="Nowhere"/>
            </lawful:Ecosystem>
            """;

    /** Truncated on line 3. */
    private static final String BROKEN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <lawful:Ecosystem xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:lawful="https://lawfulaccess.org/ns/ecosystem/2"
                xmi:id="root" name="Bad" asOf="2021-01-01" formatVersion="2"><jurisdictions
            """;

    @TempDir
    Path folder;

    @Test
    void goodBadGoodReportsBothGoodFilesAndExitsTwo() throws Exception {
        Path[] files = files();
        CommandLineRun run = CommandLineRun.of("validate", "--format", "json", "--rules", "LA-INT-01", files[0].toString(),
                files[1].toString(), files[2].toString());

        Map<?, ?> json = (Map<?, ?>) JsonReader.parse(run.out());
        List<?> findings = (List<?>) json.get("findings");
        List<?> unreadable = (List<?>) json.get("unreadable");
        assertAll(() -> assertEquals(2, run.exitCode(), run.err()),
                () -> assertTrue(findings.stream().anyMatch(f -> ((Map<?, ?>) f).get("file").toString().endsWith("good.lawful")), run.out()),
                () -> assertTrue(findings.stream().anyMatch(f -> ((Map<?, ?>) f).get("file").toString().endsWith("good2.lawful")), run.out()),
                () -> assertEquals(1, unreadable.size(), run.out()),
                () -> assertTrue(((Map<?, ?>) unreadable.get(0)).get("file").toString().endsWith("bad.lawful"), run.out()),
                () -> assertTrue(run.err().contains("bad.lawful"), run.err()),
                () -> assertFalse(run.err().contains("\tat "), run.err()));
    }

    @Test
    void sarifListsTheUnreadableFileAsAnErrorNotification() throws Exception {
        Path[] files = files();
        CommandLineRun run = CommandLineRun.of("validate", "--format", "sarif", "--rules", "LA-INT-01", files[0].toString(),
                files[1].toString(), files[2].toString());

        Map<?, ?> firstRun = (Map<?, ?>) ((List<?>) ((Map<?, ?>) JsonReader.parse(run.out())).get("runs")).get(0);
        Map<?, ?> invocation = (Map<?, ?>) ((List<?>) firstRun.get("invocations")).get(0);
        List<?> notifications = (List<?>) invocation.get("toolExecutionNotifications");
        Map<?, ?> notification = (Map<?, ?>) notifications.get(0);
        Map<?, ?> location = (Map<?, ?>) ((Map<?, ?>) ((List<?>) notification.get("locations")).get(0)).get("physicalLocation");
        assertAll(() -> assertEquals(2, run.exitCode(), run.err()),
                () -> assertEquals(1, notifications.size(), run.out()),
                () -> assertEquals("error", notification.get("level")),
                () -> assertTrue(((Map<?, ?>) notification.get("message")).get("text").toString().contains("bad.lawful"), run.out()),
                () -> assertTrue(((Map<?, ?>) location.get("artifactLocation")).get("uri").toString().endsWith("bad.lawful"), run.out()),
                () -> assertEquals(Boolean.FALSE, invocation.get("executionSuccessful")),
                () -> assertEquals(2, ((List<?>) firstRun.get("results")).size(), run.out()));
    }

    @Test
    void junitHasAnErroredCaseForTheUnreadableFile() throws Exception {
        Path[] files = files();
        CommandLineRun run = CommandLineRun.of("validate", "--format", "junit", "--rules", "LA-INT-01", files[0].toString(),
                files[1].toString(), files[2].toString());

        assertAll(() -> assertEquals(2, run.exitCode(), run.err()),
                () -> assertTrue(run.out().contains("bad.lawful\" tests=\"1\" failures=\"0\" errors=\"1\""), run.out()),
                () -> assertTrue(run.out().contains("<error type=\"unreadable\""), run.out()),
                () -> assertTrue(run.out().contains("good2.lawful\" tests=\"1\" failures=\"1\""), run.out()));
    }

    private Path[] files() throws Exception {
        return new Path[] { Files.writeString(folder.resolve("good.lawful"), MODEL), Files.writeString(folder.resolve("bad.lawful"), BROKEN),
                Files.writeString(folder.resolve("good2.lawful"), MODEL) };
    }
}
