/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.generate.EcosystemGenerator;
import org.lawfulaccess.core.generate.ElementCounts;
import org.lawfulaccess.core.generate.GeneratedEcosystem;
import org.lawfulaccess.core.persistence.ModelSaveException;
import org.lawfulaccess.core.persistence.ModelStore;

/**
 * Measures loading and saving of generated models through the core's {@link ModelStore}, the code
 * path of the editor and the command line (secure parser options, size limit, atomic save with
 * fsync and backup).
 * <p>
 * This process generates one model per size; each size is then measured in a fresh child JVM
 * ({@link BenchChild}) so that neither the JIT state nor the heap of one size or of the generator
 * colours another, and so that a heap ceiling ({@code -Xmx}) applies to the measurement alone.
 * The child warms up, measures load and save separately, and reports the peak heap of a load and a
 * save from the JVM's memory pools, reset before each phase.
 * <p>
 * Prints figures only; it never fails on a slow result (exit code 0 unless something broke).
 */
@SuppressWarnings("nls") // a developer tool, in English only
public final class PersistenceBench {

    private PersistenceBench() {
    }

    /**
     * @param args see {@link BenchOptions#USAGE}; {@code --child FILE ITERATIONS WARMUP} is the
     *        internal entry point of the child JVM
     */
    public static void main(String[] args) throws Exception {
        BenchLauncher.main(args, BenchChild.FLAG, BenchChild::main, "256m", PersistenceBench::run);
    }

    static int run(BenchOptions options, PrintStream out) throws IOException, InterruptedException {
        Path dir = BenchLauncher.workDirectory(options);
        try {
            List<SizeResult> results = new ArrayList<>();
            for (int size : options.sizes()) {
                out.printf("Generating %,d elements and measuring them in a child JVM...%n", size);
                out.flush();
                Generation generation = generate(size, options.seed(), dir);
                ChildRun child = ChildRun.start(generation.file(), options);
                results.add(new SizeResult(generation, child.await()));
            }
            new Report(options, results).print(out);
            return 0;
        } finally {
            if (options.directory() == null) {
                deleteTree(dir);
            }
        }
    }

    /** What the parent learns while generating one size: its file, counts and generation times. */
    record Generation(int size, Path file, long fileBytes, ElementCounts counts, long coldNanos, long warmNanos) {
    }

    /**
     * Generates a size three times (the first run pays for class loading and JIT, the last shows
     * the steady state), then saves the last through the store so the child loads a real file.
     */
    static Generation generate(int size, long seed, Path dir) throws IOException {
        EcosystemGenerator generator = new EcosystemGenerator();
        long cold = 0;
        long warm = 0;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            generator.generate(size, seed);
            long elapsed = System.nanoTime() - start;
            cold = i == 0 ? elapsed : cold;
            warm = elapsed;
        }
        ModelStore store = LawfulResources.newModelStore();
        Path file = dir.resolve("generated-" + size + ".lawful");
        Resource resource = store.newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        GeneratedEcosystem ecosystem = generator.generateInto(resource, size, seed);
        try {
            store.save(resource);
        } catch (ModelSaveException e) {
            throw new IOException(e.getMessage(), e);
        }
        return new Generation(size, file, Files.size(file), ecosystem.counts(), cold, warm);
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
