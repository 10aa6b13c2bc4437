/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/** Prints the figures of a {@link PersistenceBench} run as plain-text tables. */
@SuppressWarnings("nls") // a developer tool, in English only
final class Report {

    /** The size the targets of the persistence layer are stated for. */
    private static final int TARGET_SIZE = 100_000;
    private static final double TARGET_SECONDS = 1.5;
    private static final double TARGET_HEAP_MIB = 256;
    private static final String ROW = "%-30s";
    private static final String CELL = "%16s";

    private final BenchOptions options;
    private final List<SizeResult> results;

    Report(BenchOptions options, List<SizeResult> results) {
        this.options = options;
        this.results = results;
    }

    void print(PrintStream out) {
        out.println();
        out.println("XMI load and save through ModelStore: secure parser options, size limit, atomic save with fsync and backup");
        out.printf("Java %s, %d CPUs. Each size in a fresh JVM (%s; collectors: %s):%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), String.join(" ", options.childJvmOptions()), results.get(0).measurement().collectors());
        out.printf("warm-up of at least %d rounds and %d s, then %d measured rounds (a full GC before each, not timed).%n", options.warmup(),
                options.warmupSeconds(), options.iterations());
        out.println();
        header(out, "");
        row(out, "elements (loaded)", r -> r.measurement().loadedElements(), v -> String.format(Locale.ROOT, "%,.0f", v));
        row(out, "file size", r -> r.generation().fileBytes(), Report::mib);
        row(out, "generate, first run", r -> r.generation().coldNanos(), Report::millis);
        row(out, "generate, third run", r -> r.generation().warmNanos(), Report::millis);
        timing(out, "load", Measurement::loadNanos);
        timing(out, "save", Measurement::saveNanos);
        timing(out, "load + save", Measurement::roundNanos);
        row(out, "peak heap, load", r -> r.measurement().peakLoadBytes(), Report::mib);
        row(out, "peak heap, save", r -> r.measurement().peakSaveBytes(), Report::mib);
        row(out, "peak heap, load + save", r -> r.measurement().peakBytes(), Report::mib);
        row(out, "loaded model (after full GC)", r -> r.measurement().retainedBytes(), Report::mib);
        out.println();
        counts(out);
        out.println();
        targets(out);
    }

    private void header(PrintStream out, String title) {
        out.printf(ROW, title);
        for (SizeResult result : results) {
            out.printf(CELL, String.format(Locale.ROOT, "%,d", result.generation().size()));
        }
        if (results.size() > 1) {
            out.printf(CELL, "growth");
        }
        out.println();
    }

    private void row(PrintStream out, String label, ToDoubleFunction<SizeResult> value, java.util.function.DoubleFunction<String> format) {
        out.printf(ROW, label);
        for (SizeResult result : results) {
            out.printf(CELL, format.apply(value.applyAsDouble(result)));
        }
        if (results.size() > 1) {
            double first = value.applyAsDouble(results.get(0));
            double last = value.applyAsDouble(results.get(results.size() - 1));
            out.printf(CELL, first > 0 ? String.format(Locale.ROOT, "%.1fx", last / first) : "");
        }
        out.println();
    }

    private void timing(PrintStream out, String label, java.util.function.Function<Measurement, long[]> values) {
        row(out, label + ", median", r -> Measurement.median(values.apply(r.measurement())), Report::millis);
        out.printf(ROW, "  min - max");
        for (SizeResult result : results) {
            long[] nanos = values.apply(result.measurement());
            out.printf(CELL, String.format(Locale.ROOT, "%s - %s", bare(Measurement.min(nanos)), bare(Measurement.max(nanos))));
        }
        out.println();
    }

    private void counts(PrintStream out) {
        header(out, "elements per type");
        TreeSet<String> types = new TreeSet<>();
        results.forEach(r -> types.addAll(r.generation().counts().byType().keySet()));
        for (String type : types) {
            row(out, "  " + type, r -> r.generation().counts().get(type), v -> String.format(Locale.ROOT, "%,.0f", v));
        }
        row(out, "  total", r -> r.generation().counts().total(), v -> String.format(Locale.ROOT, "%,.0f", v));
    }

    private void targets(PrintStream out) {
        SizeResult target = results.stream().filter(r -> r.generation().size() == TARGET_SIZE).findFirst().orElse(null);
        if (target == null) {
            out.println("Targets are stated for 100,000 elements; include that size to compare.");
            return;
        }
        double seconds = Measurement.median(target.measurement().roundNanos()) / 1e9;
        double heap = target.measurement().peakBytes() / (1024.0 * 1024);
        out.printf(Locale.ROOT, "Targets at 100,000 elements: load + save %.2f s (target <= %.1f s: %s); peak heap %.0f MiB (target <= %.0f MiB: %s).%n",
                seconds, TARGET_SECONDS, seconds <= TARGET_SECONDS ? "met" : "MISSED", heap, TARGET_HEAP_MIB,
                heap <= TARGET_HEAP_MIB ? "met" : "MISSED");
        out.println("Floor with plain EMF on a simpler 100,000-element model on these machines: load 0.5 s, save 0.3 s, peak heap about 80 MB.");
    }

    static String millis(double nanos) {
        return bare((long) nanos) + " ms";
    }

    static String bare(long nanos) {
        double ms = nanos / 1e6;
        return ms < 100 ? String.format(Locale.ROOT, "%.1f", ms) : String.format(Locale.ROOT, "%,.0f", ms);
    }

    private static String mib(double bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024 * 1024));
    }
}
