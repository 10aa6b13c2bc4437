/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The wall time of the real {@code bin/lawful validate FILE}, each run a new process and so a cold
 * JVM, from start to exit. One unmeasured run first fills the operating system's file cache, so
 * that the figures show the JVM and not the disk.
 *
 * @param command the command line run, or null if it could not be run
 * @param nanos the measured wall times
 * @param exitCode the exit code of the last run (1 means findings at the failing severity, not an error)
 * @param skipped why nothing was measured, or null
 */
@SuppressWarnings("nls") // a developer tool, in English only
record CliTiming(String command, long[] nanos, int exitCode, String skipped) {

    static CliTiming measure(String home, String example, int runs) throws IOException, InterruptedException {
        if (home == null || home.isBlank()) {
            return new CliTiming(null, new long[0], 0, "the installation is unknown (start the bench through bin/lawful-bench)");
        }
        Path script = Path.of(home, "bin", "lawful");
        Path file = Path.of(home, example);
        if (!Files.isExecutable(script) || !Files.isRegularFile(file)) {
            return new CliTiming(null, new long[0], 0, script + " or " + file + " is missing");
        }
        List<String> command = List.of(script.toString(), "validate", example);
        int exit = run(command, Path.of(home));
        if (exit > 1) {
            return new CliTiming(String.join(" ", command), new long[0], exit, "the command failed (exit code " + exit + ")");
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            exit = run(command, Path.of(home));
            nanos[i] = System.nanoTime() - start;
        }
        return new CliTiming(String.join(" ", command), nanos, exit, null);
    }

    private static int run(List<String> command, Path directory) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor();
    }
}
