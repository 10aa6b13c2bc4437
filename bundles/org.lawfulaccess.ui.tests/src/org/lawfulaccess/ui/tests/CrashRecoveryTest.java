/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unsaved changes survive a crash: a real workbench, started as its own process with a model, is
 * edited and then killed with SIGKILL; started again on the same workspace, it offers the changes,
 * and once they are restored the editor shows them, unsaved, while the file on disk was never
 * touched. The steps inside the workbench are played by {@link CrashScript}.
 */
class CrashRecoveryTest {

    private static final Path FRANCE = Path.of("../../examples/france-2016-decryption.lawful");
    private static final long START_TIMEOUT_MS = 120_000;

    @TempDir
    Path folder;

    @Test
    void editsSurviveAWorkbenchKilledWithSigkill() throws Exception {
        Path model = Files.copy(FRANCE, folder.resolve("france.lawful"));
        byte[] original = Files.readAllBytes(model);
        Path workspace = folder.resolve("workspace");
        Path copies = workspace.resolve(".metadata/.plugins/org.lawfulaccess.ui/recovery");

        Path edited = folder.resolve("edit.report");
        Process first = start(CrashScript.EDIT, edited, workspace, model);
        try {
            await("the edit and its recovery copy", first, edited,
                    () -> read(edited).equals("edited") && !list(copies, ".recovery").isEmpty());
        } finally {
            first.destroyForcibly(); // SIGKILL: nothing runs on the way out
        }
        assertEquals(137, first.waitFor(), "killed by SIGKILL");
        assertArrayEquals(original, Files.readAllBytes(model), "the unsaved edit is not in the file");

        Path restored = folder.resolve("restore.report");
        Process second = start(CrashScript.RESTORE, restored, workspace, model);
        try {
            await("the offer to restore and the restored model", second, restored, () -> read(restored).startsWith("restored"));
        } finally {
            second.destroyForcibly();
            second.waitFor();
        }
        List<String> report = read(restored).lines().toList();
        assertEquals(CrashScript.NEW_NAME, report.get(1), "the edit is back");
        assertEquals("france.lawful", report.get(2), "in the model's own editor: " + report);
        assertTrue(report.get(3).startsWith("*france.lawful"), "and unsaved: " + report);
        assertEquals("*" + CrashScript.NEW_NAME + " (as of 2016-09-05)", report.get(4), "the explorer shows the restored model, once, dirty: " + report);
        assertTrue(String.join("\n", report.subList(5, report.size())).contains(model.toString()), "the offer names the model: " + report);
        assertArrayEquals(original, Files.readAllBytes(model), "restoring does not write the file");
    }

    /** Starts the workbench under test as its own process, with the bundles this test runs on. */
    private Process start(String step, Path report, Path workspace, Path model) throws IOException {
        Path configuration = Files.createDirectories(folder.resolve("configuration-" + step));
        Path ini = Path.of(URI.create(System.getProperty("osgi.configuration.area"))).resolve("config.ini");
        Files.copy(ini, configuration.resolve("config.ini"));
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ini)) {
            properties.load(reader);
        }
        String framework = Path.of(URI.create(properties.getProperty("osgi.framework"))).toString();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx1g",
                "-D" + CrashScript.STEP + "=" + step, "-D" + CrashScript.REPORT + "=" + report,
                // as the product's launcher sets it: the JRE's packages (javax.xml.stream) reach every bundle
                "-Dosgi.compatibility.bootdelegation=true"));
        for (String property : List.of("osgi.os", "osgi.ws", "osgi.arch", "lawful.screenshots")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of("-cp", framework, "org.eclipse.core.runtime.adaptor.EclipseStarter",
                "-configuration", configuration.toUri().toString(), "-data", workspace.toString(),
                "-application", "org.lawfulaccess.ui.workbench", "-nl", "en", model.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(folder.resolve(step + ".log").toFile()).start();
    }

    private void await(String what, Process process, Path report, BooleanSupplier condition) throws Exception {
        long end = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (!process.isAlive() || System.currentTimeMillis() > end || read(report).startsWith("failed")) {
                throw new AssertionError("no " + what + (process.isAlive() ? " in time" : ": the workbench exited") + "; " + read(report) + "; its output:\n"
                        + logs());
            }
            Thread.sleep(200);
        }
    }

    private String logs() throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path log : list(folder, ".log")) {
            text.append(log.getFileName()).append(":\n").append(Files.readString(log)).append('\n');
        }
        return text.toString();
    }

    private static String read(Path report) {
        try {
            return Files.exists(report) ? Files.readString(report) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static List<Path> list(Path directory, String suffix) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
