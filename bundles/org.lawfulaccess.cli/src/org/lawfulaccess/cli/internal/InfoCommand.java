/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.cli.Main;
import org.lawfulaccess.cli.UserError;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.persistence.ModelLoadException;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.model.Ecosystem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lawful info FILE...}: what a model holds, per type, and the date it speaks for. */
@Command(name = "info", description = "Loads models and prints their as-of date and element counts per type.")
final class InfoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The .lawful files to read.")
    private List<Path> files;

    @Override
    public Integer call() throws UserError {
        ModelStore store = LawfulResources.newModelStore();
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : files) {
            Resource resource = load(store, file);
            ValidateCommand.printWarnings(spec.commandLine().getErr(), resource);
            out.println(file);
            store.root(resource).filter(Ecosystem.class::isInstance).map(Ecosystem.class::cast).ifPresent(root -> {
                out.printf("  name:    %s%n", root.getName()); //$NON-NLS-1$
                out.printf("  as of:   %s%n", root.getAsOf()); //$NON-NLS-1$
            });
            Map<String, Integer> counts = countByType(resource);
            out.printf("  elements: %d%n", counts.values().stream().mapToInt(Integer::intValue).sum()); //$NON-NLS-1$
            counts.forEach((type, count) -> out.printf("    %-22s %7d%n", type, count)); //$NON-NLS-1$
        }
        return Main.OK;
    }

    private static Resource load(ModelStore store, Path file) throws UserError {
        try {
            return store.load(file);
        } catch (ModelLoadException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private static Map<String, Integer> countByType(Resource resource) {
        Map<String, Integer> counts = new TreeMap<>();
        resource.getAllContents().forEachRemaining(
                (EObject element) -> counts.merge(element.eClass().getName(), 1, Integer::sum));
        return counts;
    }
}
