/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.cli.Main;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.tests.support.Examples;
import org.lawfulaccess.validation.internal.json.JsonReader;

class RoutesCommandTest {

    private static final String BELGIUM = "belgium-2021-cross-border.lawful";

    @TempDir
    Path folder;

    @Test
    void textShowsMutualLegalAssistanceRouteAndDualCriminalityGap() {
        CommandLineRun run = CommandLineRun.of("routes", Examples.file(BELGIUM).toString());

        assertAll(() -> assertEquals(Main.OK, run.exitCode(), run.err()),
                () -> assertTrue(run.out().contains("Scenario: "), run.out()),
                () -> assertTrue(run.out().contains("(mutual legal assistance)"), run.out()),
                () -> assertTrue(run.out().contains("DUAL_CRIMINALITY_FAILS"), run.out()));
    }

    @Test
    void jsonParsesAndCountsRoutes() throws Exception {
        CommandLineRun run = CommandLineRun.of("routes", "--format", "json", Examples.file(BELGIUM).toString());
        assertEquals(Main.OK, run.exitCode(), run.err());

        Map<?, ?> root = assertInstanceOf(Map.class, JsonReader.parse(run.out()));
        List<?> scenarios = assertInstanceOf(List.class, root.get("scenarios"));
        long routeCount = ((Number) root.get("routeCount")).longValue();
        Map<?, ?> first = assertInstanceOf(Map.class, scenarios.get(0));
        List<?> routes = assertInstanceOf(List.class, first.get("routes"));
        Map<?, ?> route = assertInstanceOf(Map.class, routes.get(0));
        Map<?, ?> step = assertInstanceOf(Map.class, ((List<?>) route.get("steps")).get(0));

        assertAll(() -> assertTrue(routeCount > 0, run.out()),
                () -> assertEquals(routeCount, scenarios.stream().mapToLong(s -> ((List<?>) ((Map<?, ?>) s).get("routes")).size()).sum()),
                () -> assertTrue(((String) root.get("file")).endsWith(BELGIUM)),
                () -> assertTrue(first.get("name") instanceof String),
                () -> assertTrue(((Map<?, ?>) route.get("latency")).containsKey("maxDays")),
                () -> assertTrue(route.get("available") instanceof Boolean),
                () -> assertTrue(step.get("provision") instanceof String),
                () -> assertTrue(run.out().contains("\"kind\": \"dual_criminality_fails\""), run.out()));
    }

    @Test
    void scenarioOptionSelectsOneScenarioAndAsOfOverridesTheDate() throws Exception {
        CommandLineRun all = CommandLineRun.of("routes", "--format", "json", Examples.file(BELGIUM).toString());
        List<?> scenarios = (List<?>) ((Map<?, ?>) JsonReader.parse(all.out())).get("scenarios");
        String name = (String) ((Map<?, ?>) scenarios.get(0)).get("name");

        CommandLineRun one = CommandLineRun.of("routes", "--format", "json", "--scenario", name, "--as-of", "2020-06-01",
                Examples.file(BELGIUM).toString());
        Map<?, ?> root = (Map<?, ?>) JsonReader.parse(one.out());
        List<?> selected = (List<?>) root.get("scenarios");

        assertAll(() -> assertEquals(Main.OK, one.exitCode(), one.err()),
                () -> assertEquals(1, selected.size()),
                () -> assertEquals(name, ((Map<?, ?>) selected.get(0)).get("name")),
                () -> assertEquals("2020-06-01", root.get("asOf")),
                () -> assertEquals("2020-06-01", ((Map<?, ?>) selected.get(0)).get("date")),
                () -> assertEquals("2020-10-19", ((Map<?, ?>) selected.get(0)).get("requestDate")));
    }

    @Test
    void textSaysTheDateEachScenarioWasEvaluatedAt() {
        CommandLineRun own = CommandLineRun.of("routes", Examples.file(BELGIUM).toString());
        CommandLineRun forced = CommandLineRun.of("routes", "--as-of", "2020-06-01", Examples.file(BELGIUM).toString());

        assertAll(() -> assertTrue(own.out().contains("evaluated at 2020-10-19 (its request date)"), own.out()),
                () -> assertTrue(forced.out().contains("evaluated at 2020-06-01 (the date asked for; its request date is 2020-10-19)"),
                        forced.out()),
                () -> assertFalse(own.out().contains("0-0 days"), own.out()));
    }

    @Test
    void unknownScenarioIsAUsageErrorListingTheNames() {
        CommandLineRun run = CommandLineRun.of("routes", "--scenario", "No such scenario", Examples.file(BELGIUM).toString());

        assertAll(() -> assertEquals(Main.USAGE_OR_INPUT, run.exitCode()),
                () -> assertTrue(run.err().contains("No such scenario"), run.err()),
                () -> assertTrue(run.err().contains("Threats sent over Telegram"), run.err()),
                () -> assertFalse(run.err().contains("\tat "), run.err()),
                () -> assertEquals("", run.out()));
    }

    @Test
    void badDateAndBadFormatAreUsageErrors() {
        CommandLineRun date = CommandLineRun.of("routes", "--as-of", "2021-13-01", Examples.file(BELGIUM).toString());
        CommandLineRun format = CommandLineRun.of("routes", "--format", "sarif", Examples.file(BELGIUM).toString());

        assertAll(() -> assertEquals(Main.USAGE_OR_INPUT, date.exitCode()),
                () -> assertTrue(date.err().contains("2021-13-01"), date.err()),
                () -> assertEquals(Main.USAGE_OR_INPUT, format.exitCode()),
                () -> assertTrue(format.err().contains("sarif"), format.err()));
    }

    @Test
    void modelWithoutScenariosSaysSoAndSucceeds() throws Exception {
        Path file = folder.resolve("empty.lawful");
        ModelStore store = LawfulResources.newModelStore();
        Resource resource = store.newResourceSet().createResource(URI.createFileURI(file.toString()));
        Ecosystem root = LawfulFactory.eINSTANCE.createEcosystem();
        root.setName("Without scenarios");
        root.setAsOf(LocalDate.of(2021, 1, 1));
        Jurisdiction jurisdiction = LawfulFactory.eINSTANCE.createJurisdiction();
        jurisdiction.setCode("AA");
        root.getJurisdictions().add(jurisdiction);
        resource.getContents().add(root);
        store.save(resource);

        CommandLineRun text = CommandLineRun.of("routes", file.toString());
        CommandLineRun json = CommandLineRun.of("routes", "--format", "json", file.toString());
        Map<?, ?> parsed = (Map<?, ?>) JsonReader.parse(json.out());

        assertAll(() -> assertEquals(Main.OK, text.exitCode(), text.err()),
                () -> assertTrue(text.out().contains("no scenarios"), text.out()),
                () -> assertEquals(Main.OK, json.exitCode(), json.err()),
                () -> assertEquals(0L, ((Number) parsed.get("routeCount")).longValue()),
                () -> assertEquals(List.of(), parsed.get("scenarios")));
    }
}
