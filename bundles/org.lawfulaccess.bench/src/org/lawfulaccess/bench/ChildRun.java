/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link BenchChild} in its own JVM: the same Java and class path as this one, the bench's JVM options. */
@SuppressWarnings("nls") // a developer tool, in English only
final class ChildRun {

    private final Process process;
    private final List<String> command;

    private ChildRun(Process process, List<String> command) {
        this.process = process;
        this.command = command;
    }

    static ChildRun start(Path file, BenchOptions options) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.childJvmOptions());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PersistenceBench.class.getName());
        command.addAll(List.of(BenchChild.FLAG, file.toString(), String.valueOf(options.iterations()), String.valueOf(options.warmup()),
                String.valueOf(options.warmupSeconds())));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new ChildRun(process, command);
    }

    /** @return the measurements; fails with the child's command line if it printed none */
    Measurement await() throws IOException, InterruptedException {
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(BenchChild.RESULT + " ")) {
                    result = line;
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            throw new IOException("the measuring JVM failed (exit code " + exit + "): " + String.join(" ", command));
        }
        return parse(result);
    }

    private static Measurement parse(String line) {
        Map<String, String> values = new HashMap<>();
        for (String pair : line.substring(BenchChild.RESULT.length()).strip().split(" ")) {
            int equals = pair.indexOf('=');
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return new Measurement(longs(values.get("load")), longs(values.get("save")), Long.parseLong(values.get("peakLoad")),
                Long.parseLong(values.get("peakSave")), Long.parseLong(values.get("retained")), Long.parseLong(values.get("maxHeap")),
                Integer.parseInt(values.get("elements")), values.get("gc").replace('_', ' '));
    }

    private static long[] longs(String text) {
        return Arrays.stream(text.split(",")).mapToLong(Long::parseLong).toArray();
    }
}
