/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;


/**
 * Measures validation with the full rule catalogue over generated models: a full run on a loaded
 * model (warm), growth from the smallest to the largest size, incremental re-evaluation after
 * single edits, and the command line's wall time for {@code lawful validate} of an example from a
 * cold JVM.
 * <p>
 * As in {@link PersistenceBench}, this process generates one model file per size and a fresh
 * child JVM ({@link ValidationChild}) measures each. The command line is timed here, by running
 * the real {@code bin/lawful} script through {@link ProcessBuilder}: the wall time from start to
 * exit, JVM start-up and model loading included.
 * <p>
 * Prints figures; fails (exit code 1) only if a size evaluated no route at all, since then the
 * route rules measured nothing.
 */
@SuppressWarnings("nls") // a developer tool, in English only
public final class ValidationBench {

    /** The system property that names the installation whose {@code bin/lawful} is timed. */
    static final String HOME = "lawful.home";
    /** The example the command line validates. */
    static final String EXAMPLE = "examples/belgium-2021-cross-border.lawful";

    private ValidationBench() {
    }

    /**
     * @param args see {@link BenchOptions#USAGE}; {@code --validation-child FILE ITERATIONS WARMUP
     *        SECONDS} is the internal entry point of the child JVM
     */
    public static void main(String[] args) throws Exception {
        BenchLauncher.main(args, ValidationChild.FLAG, ValidationChild::main, "1g", ValidationBench::run);
    }

    static int run(BenchOptions options, PrintStream out) throws IOException, InterruptedException {
        Path dir = BenchLauncher.workDirectory(options);
        try {
            List<ValidationReport.Size> results = new ArrayList<>();
            for (int size : options.sizes()) {
                out.printf("Generating %,d elements and validating them in a child JVM...%n", size);
                out.flush();
                PersistenceBench.Generation generation = PersistenceBench.generate(size, options.seed(), dir);
                ChildRun child = ChildRun.start(ValidationBench.class, List.of(ValidationChild.FLAG, generation.file().toString(),
                        String.valueOf(options.iterations()), String.valueOf(options.warmup()), String.valueOf(options.warmupSeconds())),
                        options, List.of());
                Map<String, String> values = child.values();
                results.add(new ValidationReport.Size(generation, values));
            }
            out.println("Timing the command line from a cold JVM...");
            out.flush();
            CliTiming cli = CliTiming.measure(System.getProperty(HOME), EXAMPLE, options.iterations());
            ValidationReport report = new ValidationReport(options, results, cli);
            report.print(out);
            return report.routesEvaluated() ? 0 : 1;
        } finally {
            if (options.directory() == null) {
                PersistenceBench.deleteTree(dir);
            }
        }
    }
}
