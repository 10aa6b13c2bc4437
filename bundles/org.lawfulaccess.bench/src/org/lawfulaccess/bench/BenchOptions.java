/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line of {@link PersistenceBench} and {@link ValidationBench}.
 *
 * @param sizes model sizes in elements, measured in this order
 * @param iterations measured load and save iterations per size
 * @param warmup unmeasured load and save rounds before them, at least
 * @param warmupSeconds how long the warm-up lasts at least, so that small sizes reach compiled code too
 * @param seed the generator seed
 * @param heap the child JVM's maximum heap, as for {@code -Xmx}; null until a benchmark sets its default
 * @param gc the child JVM's garbage collector: serial, parallel, g1 or default
 * @param jvmOptions further options for the child JVMs
 * @param directory where to keep the generated files, or null for a temporary directory
 * @param help whether only the usage was asked for
 */
@SuppressWarnings("nls") // a developer tool, in English only
record BenchOptions(List<Integer> sizes, int iterations, int warmup, int warmupSeconds, long seed, String heap, String gc,
        List<String> jvmOptions, Path directory, boolean help) {

    static final String USAGE = """
            Usage: lawful-bench [persistence|validation|all] [--sizes N,N...] [--iterations N] [--warmup N]
                                [--warmup-seconds S] [--seed S] [--heap SIZE] [--gc serial|parallel|g1|default]
                                [--jvm-opt OPTION]... [--keep DIR]
            Generates models of each size and measures them, each size in a fresh child JVM (default: all).
              persistence  XMI load and save through the model store: median, min and max, file size,
                           peak heap and element counts per type.
              validation   the full rule catalogue after load (warm), growth, incremental re-evaluation
                           after single edits, and bin/lawful validate of an example from a cold JVM;
                           fails if no route was evaluated.
            Sizes may use k and m: 10k, 1m. The options apply to both benchmarks.
              --sizes           sizes in elements (default 10k,100k)
              --iterations      measured iterations per size, and command-line runs (default 5)
              --warmup          warm-up rounds per size, at least (default 3)
              --warmup-seconds  warm-up time per size, at least (default 3)
              --seed            generator seed (default 1)
              --heap            maximum heap of the child JVMs (default 256m for persistence: the target;
                                1g for validation, which keeps an incremental validation too)
              --gc              garbage collector of the child JVMs (default serial, as bin/lawful)
              --jvm-opt         a further child JVM option, e.g. -XX:TieredStopAtLevel=1 (repeatable)
              --keep            keep the generated files in DIR instead of a temporary directory""";

    static BenchOptions parse(String[] args) {
        List<Integer> sizes = List.of(10_000, 100_000);
        int iterations = 5;
        int warmup = 3;
        int warmupSeconds = 3;
        long seed = 1;
        String heap = null;
        String gc = "serial";
        List<String> jvmOptions = new ArrayList<>();
        Path directory = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    return new BenchOptions(sizes, iterations, warmup, warmupSeconds, seed, heap, gc, jvmOptions, directory, true);
                }
                case "--sizes" -> sizes = sizes(value(args, ++i, arg));
                case "--iterations" -> iterations = positive(value(args, ++i, arg), arg, 1);
                case "--warmup" -> warmup = positive(value(args, ++i, arg), arg, 0);
                case "--warmup-seconds" -> warmupSeconds = positive(value(args, ++i, arg), arg, 0);
                case "--seed" -> seed = number(value(args, ++i, arg), arg);
                case "--heap" -> heap = value(args, ++i, arg);
                case "--gc" -> gc = gc(value(args, ++i, arg));
                case "--jvm-opt" -> jvmOptions.add(value(args, ++i, arg));
                case "--keep" -> directory = Path.of(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
        return new BenchOptions(sizes, iterations, warmup, warmupSeconds, seed, heap, gc, List.copyOf(jvmOptions), directory, false);
    }

    /** @return these options, with the given heap if none was asked for */
    BenchOptions withDefaultHeap(String defaultHeap) {
        return heap != null ? this
                : new BenchOptions(sizes, iterations, warmup, warmupSeconds, seed, defaultHeap, gc, jvmOptions, directory, help);
    }

    /** @return the options that start a child JVM, before its class path */
    List<String> childJvmOptions() {
        List<String> options = new ArrayList<>();
        options.add("-Xmx" + heap);
        switch (gc) {
            case "serial" -> options.add("-XX:+UseSerialGC");
            case "parallel" -> options.add("-XX:+UseParallelGC");
            case "g1" -> options.add("-XX:+UseG1GC");
            default -> {
                // the JVM's own choice
            }
        }
        options.addAll(jvmOptions);
        return options;
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException("option '" + option + "' needs a value");
        }
        return args[index];
    }

    private static List<Integer> sizes(String text) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : text.split(",")) {
            String size = part.strip().toLowerCase(Locale.ROOT);
            long factor = size.endsWith("k") ? 1_000 : size.endsWith("m") ? 1_000_000 : 1;
            String digits = factor == 1 ? size : size.substring(0, size.length() - 1);
            long value = number(digits, "--sizes") * factor;
            if (value <= 0 || value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("size out of range: '" + part + "'");
            }
            sizes.add((int) value);
        }
        return List.copyOf(sizes);
    }

    private static int positive(String text, String option, int minimum) {
        long value = number(text, option);
        if (value < minimum || value > 1000) {
            throw new IllegalArgumentException(option + " must be between " + minimum + " and 1000: " + text);
        }
        return (int) value;
    }

    private static long number(String text, String option) {
        try {
            return Long.parseLong(text.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + text + "'");
        }
    }

    private static String gc(String text) {
        return switch (text) {
            case "serial", "parallel", "g1", "default" -> text;
            default -> throw new IllegalArgumentException("--gc is serial, parallel, g1 or default, not '" + text + "'");
        };
    }
}
