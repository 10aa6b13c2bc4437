/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.cli.Main;
import org.lawfulaccess.cli.UserError;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.generate.EcosystemGenerator;
import org.lawfulaccess.core.generate.GeneratedEcosystem;
import org.lawfulaccess.core.persistence.ModelSaveException;
import org.lawfulaccess.core.persistence.ModelStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lawful generate --elements N [--seed S] OUT.lawful}: writes a synthetic ecosystem for
 * benchmarks and demonstrations and prints its element counts per type. The same N and seed give
 * the same file, byte for byte.
 */
@Command(name = "generate", description = { "Writes a synthetic but realistic ecosystem of N elements (every model object counts,"
        + " citations included) for benchmarks and demonstrations, and prints its element counts per type.",
        "The same N and seed give the same file. Names, laws and observations are invented." })
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--elements", required = true, paramLabel = "N", description = "The number of elements, e.g. 10000.")
    private int elements;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The seed; the same seed gives the same model (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--force", description = "Replace OUT if it exists (its previous content is kept as OUT.bak).")
    private boolean force;

    @Parameters(index = "0", paramLabel = "OUT", description = "The .lawful file to write.")
    private Path out;

    @Override
    public Integer call() throws UserError {
        EcosystemGenerator generator = new EcosystemGenerator();
        checkArguments(generator);
        ModelStore store = LawfulResources.newModelStore();
        Resource resource = store.newResourceSet().createResource(URI.createFileURI(out.toAbsolutePath().toString()));
        long start = System.nanoTime();
        GeneratedEcosystem generated = generator.generateInto(resource, elements, seed);
        try {
            store.save(resource);
        } catch (ModelSaveException e) {
            throw new UserError(e.getMessage(), e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        print(generated, millis);
        return Main.OK;
    }

    private void checkArguments(EcosystemGenerator generator) throws UserError {
        if (elements < generator.minimumElements() || elements > EcosystemGenerator.MAX_ELEMENTS) {
            throw new UserError(String.format(Locale.ROOT, "--elements must be between %d and %d, not %d.", //$NON-NLS-1$
                    generator.minimumElements(), EcosystemGenerator.MAX_ELEMENTS, elements));
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString(); //$NON-NLS-1$
        if (!name.endsWith("." + LawfulResources.FILE_EXTENSION)) { //$NON-NLS-1$
            throw new UserError(out + ": the output file must end in ." + LawfulResources.FILE_EXTENSION + "."); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Path directory = out.toAbsolutePath().getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new UserError(out + ": the directory " + directory + " does not exist."); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (Files.isDirectory(out)) {
            throw new UserError(out + ": is a directory."); //$NON-NLS-1$
        }
        if (Files.exists(out) && !force) {
            throw new UserError(out + ": the file exists; use --force to replace it."); //$NON-NLS-1$
        }
    }

    private void print(GeneratedEcosystem generated, long millis) {
        PrintWriter writer = spec.commandLine().getOut();
        writer.printf("%s%n", out); //$NON-NLS-1$
        writer.printf("  seed:     %d%n", generated.seed()); //$NON-NLS-1$
        writer.printf("  as of:    %s%n", generated.ecosystem().getAsOf()); //$NON-NLS-1$
        writer.printf("  elements: %d (%d jurisdictions), generated and saved in %d ms%n", //$NON-NLS-1$
                generated.counts().total(), generated.jurisdictions(), millis);
        generated.counts().byType().forEach((type, count) -> writer.printf("    %-22s %7d%n", type, count)); //$NON-NLS-1$
    }
}
