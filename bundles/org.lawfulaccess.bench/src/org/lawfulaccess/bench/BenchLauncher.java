/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.lawfulaccess.core.generate.EcosystemGenerator;

/** What every benchmark's main does the same way: the child entry point, options, exit codes. */
@SuppressWarnings("nls") // a developer tool, in English only
final class BenchLauncher {

    /** The measuring part of a benchmark, run in the parent JVM. */
    interface Runner {
        int run(BenchOptions options, PrintStream out) throws IOException, InterruptedException;
    }

    /** The entry point of a benchmark's child JVM. */
    interface Child {
        void main(String[] args) throws Exception;
    }

    private BenchLauncher() {
    }

    /**
     * Runs a benchmark's main: hands {@code childFlag} invocations to the child, parses the options,
     * prints usage errors and input problems as one line with exit code 2.
     */
    static void main(String[] args, String childFlag, Child child, String defaultHeap, Runner runner) throws Exception {
        if (args.length > 0 && args[0].equals(childFlag)) {
            child.main(args);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("lawful-bench: " + e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        try {
            System.exit(runner.run(options.withDefaultHeap(defaultHeap), System.out));
        } catch (IllegalArgumentException | IOException e) {
            // A size the generator refuses, a directory that cannot be written, a child that failed.
            System.err.println("lawful-bench: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Checks the sizes against what the generator can make and returns the folder for the generated
     * files: the one asked for, else a new temporary folder (which the caller deletes).
     */
    static Path workDirectory(BenchOptions options) throws IOException {
        int minimum = new EcosystemGenerator().minimumElements();
        for (int size : options.sizes()) {
            if (size < minimum || size > EcosystemGenerator.MAX_ELEMENTS) {
                throw new IllegalArgumentException("sizes must be between " + minimum + " and " + EcosystemGenerator.MAX_ELEMENTS + ": " + size);
            }
        }
        return options.directory() != null ? Files.createDirectories(options.directory()) : Files.createTempDirectory("lawful-bench");
    }
}
