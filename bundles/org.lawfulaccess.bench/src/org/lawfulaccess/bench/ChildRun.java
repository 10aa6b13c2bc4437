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

/**
 * A measuring child in its own JVM: the same Java and class path as this one, the bench's JVM
 * options. The child prints one line starting with {@link BenchChild#RESULT} and {@code key=value}
 * pairs; {@link #await()} returns them.
 */
@SuppressWarnings("nls") // a developer tool, in English only
final class ChildRun {

    private final Process process;
    private final List<String> command;

    private ChildRun(Process process, List<String> command) {
        this.process = process;
        this.command = command;
    }

    /** Starts the persistence child ({@link BenchChild}) for one model file. */
    static ChildRun start(Path file, BenchOptions options) throws IOException {
        return start(PersistenceBench.class, List.of(BenchChild.FLAG, file.toString(), String.valueOf(options.iterations()),
                String.valueOf(options.warmup()), String.valueOf(options.warmupSeconds())), options, List.of());
    }

    /**
     * @param main the class whose {@code main} runs in the child
     * @param arguments its arguments
     * @param options the bench's options (JVM options of the child)
     * @param properties further {@code -D} options, as {@code name=value}
     */
    static ChildRun start(Class<?> main, List<String> arguments, BenchOptions options, List<String> properties) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.childJvmOptions());
        properties.forEach(p -> command.add("-D" + p));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new ChildRun(process, command);
    }

    /** @return the persistence measurements; fails with the child's command line if it printed none */
    Measurement await() throws IOException, InterruptedException {
        return parse(values());
    }

    /** @return the pairs of the child's result line; fails with its command line if it printed none */
    Map<String, String> values() throws IOException, InterruptedException {
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
        Map<String, String> values = new HashMap<>();
        for (String pair : result.substring(BenchChild.RESULT.length()).strip().split(" ")) {
            int equals = pair.indexOf('=');
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return values;
    }

    private static Measurement parse(Map<String, String> values) {
        return new Measurement(longs(values.get("load")), longs(values.get("save")), Long.parseLong(values.get("peakLoad")),
                Long.parseLong(values.get("peakSave")), Long.parseLong(values.get("retained")), Long.parseLong(values.get("maxHeap")),
                Integer.parseInt(values.get("elements")), values.get("gc").replace('_', ' '));
    }

    /** @param text comma-separated numbers, as {@link BenchChild#join(long[])} writes them */
    static long[] longs(String text) {
        return text == null || text.isEmpty() ? new long[0] : Arrays.stream(text.split(",")).mapToLong(Long::parseLong).toArray();
    }
}
