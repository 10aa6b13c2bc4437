/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/** Prints the figures of a {@link ValidationBench} run as plain-text tables, in the style of {@link Report}. */
@SuppressWarnings("nls") // a developer tool, in English only
final class ValidationReport {

    /**
     * One size: what generating it showed and what its child JVM printed.
     *
     * @param generation the generated file and its counts
     * @param values the child's result pairs
     */
    record Size(PersistenceBench.Generation generation, Map<String, String> values) {
        long[] longs(String key) {
            return ChildRun.longs(values.get(key));
        }

        long number(String key) {
            return Long.parseLong(values.get(key));
        }

        Map<String, Integer> byRule() {
            Map<String, Integer> counts = new TreeMap<>();
            String text = values.get("byRule");
            if (text != null && !text.equals("-")) {
                for (String pair : text.split(",")) {
                    int colon = pair.lastIndexOf(':');
                    counts.put(pair.substring(0, colon), Integer.parseInt(pair.substring(colon + 1)));
                }
            }
            return counts;
        }

        /** @return the measured edits' times of one kind */
        long[] edits(String kind) {
            String[] kinds = values.get("editKinds").split(",");
            long[] all = longs("edit");
            return java.util.stream.IntStream.range(0, kinds.length).filter(i -> kinds[i].equals(kind)).mapToLong(i -> all[i]).toArray();
        }
    }

    private static final int TARGET_SIZE = 100_000;
    private static final double TARGET_FULL_SECONDS = 0.5;
    private static final double TARGET_GROWTH = 12;
    private static final double TARGET_EDIT_MILLIS = 20;
    private static final double TARGET_CLI_SECONDS = 1.5;
    private static final String ROW = "%-34s";
    private static final String CELL = "%16s";

    private final BenchOptions options;
    private final List<Size> sizes;
    private final CliTiming cli;

    ValidationReport(BenchOptions options, List<Size> sizes, CliTiming cli) {
        this.options = options;
        this.sizes = sizes;
        this.cli = cli;
    }

    /** @return whether every size evaluated at least one route */
    boolean routesEvaluated() {
        return sizes.stream().allMatch(s -> s.number("routes") > 0);
    }

    void print(PrintStream out) {
        out.println();
        out.println("Validation with the full rule catalogue (ServiceLoader discovery), model loaded through ModelStore");
        out.printf("Java %s, %d CPUs. Each size in a fresh JVM (%s; collectors: %s):%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), String.join(" ", options.childJvmOptions()),
                sizes.get(0).values().get("gc").replace('_', ' '));
        out.printf("warm-up of at least %d runs and %d s, then %d measured runs (a full GC before each, not timed);%n", options.warmup(),
                options.warmupSeconds(), options.iterations());
        out.println("the same warm-up for the edits (rounds of all of them), then each edit once more, measured.");
        out.println();
        header(out, "");
        count(out, "elements (loaded)", s -> s.number("elements"));
        count(out, "elements checked by a rule", s -> s.number("evaluated"));
        count(out, "rules run", s -> s.number("rules"));
        count(out, "scenarios evaluated", s -> s.number("scenarios"));
        count(out, "routes evaluated", s -> s.number("routes"));
        count(out, "findings", s -> s.number("findings"));
        timing(out, "full validation, median", s -> s.longs("validate"));
        row(out, "incremental start (one full run)", s -> s.number("incrementalSetup"), Report::millis);
        timing(out, "one edit, median of all", s -> s.longs("edit"));
        for (String kind : new TreeSet<>(List.of(sizes.get(0).values().get("editKinds").split(",")))) {
            row(out, "  " + kind + ", median", s -> Measurement.median(s.edits(kind)), Report::millis);
        }
        row(out, "  elements re-checked, median", s -> Measurement.median(s.longs("editElements")),
                v -> String.format(Locale.ROOT, "%,.0f", v));
        out.println();
        findings(out);
        out.println();
        counts(out);
        out.println();
        cli(out);
        out.println();
        targets(out);
    }

    private void header(PrintStream out, String title) {
        out.printf(ROW, title);
        for (Size size : sizes) {
            out.printf(CELL, String.format(Locale.ROOT, "%,d", size.generation().size()));
        }
        if (sizes.size() > 1) {
            out.printf(CELL, "growth");
        }
        out.println();
    }

    private void count(PrintStream out, String label, ToDoubleFunction<Size> value) {
        row(out, label, value, v -> String.format(Locale.ROOT, "%,.0f", v));
    }

    private void row(PrintStream out, String label, ToDoubleFunction<Size> value, java.util.function.DoubleFunction<String> format) {
        out.printf(ROW, label);
        for (Size size : sizes) {
            out.printf(CELL, format.apply(value.applyAsDouble(size)));
        }
        if (sizes.size() > 1) {
            double first = value.applyAsDouble(sizes.get(0));
            double last = value.applyAsDouble(sizes.get(sizes.size() - 1));
            out.printf(CELL, first > 0 ? String.format(Locale.ROOT, "%.1fx", last / first) : "");
        }
        out.println();
    }

    private void timing(PrintStream out, String label, java.util.function.Function<Size, long[]> values) {
        row(out, label, s -> Measurement.median(values.apply(s)), Report::millis);
        out.printf(ROW, "  min - max");
        for (Size size : sizes) {
            long[] nanos = values.apply(size);
            out.printf(CELL, String.format(Locale.ROOT, "%s - %s", Report.bare(Measurement.min(nanos)), Report.bare(Measurement.max(nanos))));
        }
        out.println();
    }

    private void findings(PrintStream out) {
        header(out, "findings per rule");
        TreeSet<String> rules = new TreeSet<>();
        sizes.forEach(s -> rules.addAll(s.byRule().keySet()));
        for (String rule : rules) {
            count(out, "  " + rule, s -> s.byRule().getOrDefault(rule, 0));
        }
    }

    private void counts(PrintStream out) {
        header(out, "elements per type");
        TreeSet<String> types = new TreeSet<>();
        sizes.forEach(s -> types.addAll(s.generation().counts().byType().keySet()));
        for (String type : types) {
            count(out, "  " + type, s -> s.generation().counts().get(type));
        }
        count(out, "  total", s -> s.generation().counts().total());
    }

    private void cli(PrintStream out) {
        if (cli.skipped() != null) {
            out.println("Command line: not measured: " + cli.skipped() + ".");
            return;
        }
        out.printf(Locale.ROOT, "Command line, cold JVM, wall time of the real script through ProcessBuilder (%d runs after one unmeasured): %s%n",
                cli.nanos().length, cli.command());
        out.printf(Locale.ROOT, "  median %s, min - max %s - %s ms (exit code %d)%n", Report.millis(Measurement.median(cli.nanos())),
                Report.bare(Measurement.min(cli.nanos())), Report.bare(Measurement.max(cli.nanos())), cli.exitCode());
    }

    private void targets(PrintStream out) {
        if (!routesEvaluated()) {
            out.println("FAILED: a size evaluated no route, so the route rules measured nothing.");
        }
        Size target = sizes.stream().filter(s -> s.generation().size() == TARGET_SIZE).findFirst().orElse(null);
        if (target == null) {
            out.println("Targets are stated for 100,000 elements; include that size to compare.");
        } else {
            double full = Measurement.median(target.longs("validate")) / 1e9;
            out.printf(Locale.ROOT, "Targets at 100,000 elements: full validation %.2f s (target <= %.1f s: %s); one edit %.1f ms (target <= %.0f ms: %s).%n",
                    full, TARGET_FULL_SECONDS, verdict(full <= TARGET_FULL_SECONDS), Measurement.median(target.longs("edit")) / 1e6,
                    TARGET_EDIT_MILLIS, verdict(Measurement.median(target.longs("edit")) / 1e6 <= TARGET_EDIT_MILLIS));
        }
        if (sizes.size() > 1) {
            double first = Measurement.median(sizes.get(0).longs("validate"));
            double last = Measurement.median(sizes.get(sizes.size() - 1).longs("validate"));
            double elements = (double) sizes.get(sizes.size() - 1).number("elements") / sizes.get(0).number("elements");
            out.printf(Locale.ROOT, "Growth of full validation: %.1fx for %.1fx the elements (target <= %.0fx: %s).%n", last / first, elements,
                    TARGET_GROWTH, verdict(last / first <= TARGET_GROWTH));
        }
        if (cli.skipped() == null) {
            double seconds = Measurement.median(cli.nanos()) / 1e9;
            out.printf(Locale.ROOT, "Command line cold: %.2f s wall (target <= %.1f s: %s).%n", seconds, TARGET_CLI_SECONDS,
                    verdict(seconds <= TARGET_CLI_SECONDS));
        }
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }
}
