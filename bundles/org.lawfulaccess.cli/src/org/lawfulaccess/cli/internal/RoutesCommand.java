/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.cli.Main;
import org.lawfulaccess.cli.UserError;
import org.lawfulaccess.cli.internal.report.Messages;
import org.lawfulaccess.cli.internal.report.Report;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.persistence.ModelLoadException;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.core.routes.RouteAnalysis;
import org.lawfulaccess.core.routes.RouteOptions;
import org.lawfulaccess.core.routes.RouteReport;
import org.lawfulaccess.core.routes.ScenarioRoutes;
import org.lawfulaccess.model.Ecosystem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lawful routes FILE}: the route analysis of a model's scenarios, i.e. every way the
 * requesting authority can reach the data, the best one and what blocks the others. Always exit
 * code 0 once the model is read: blocked routes are the analysis, not a failure.
 */
@Command(name = "routes", description = "Prints the routes by which each scenario's requesting authority can obtain its data.")
public final class RoutesCommand implements Callable<Integer> {

    private static final String TEXT = "text"; //$NON-NLS-1$
    private static final String JSON = "json"; //$NON-NLS-1$

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = TEXT, description = "text or json (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Analyse only the scenario with this exact name.")
    private String scenario;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = {"Read the facts (validity, applicability, memberships, practices, retention rules) at this date for every scenario, instead of at its own request date.",
            "The scenario's timeline is kept: the time from its event to its request date still counts towards retention.",
            "Each scenario prints the date it was evaluated at and its request date."})
    private String asOf;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The .lawful file to analyse.")
    private Path file;

    @Override
    public Integer call() throws UserError {
        // Check the cheap arguments before reading a possibly large model.
        boolean json = json();
        LocalDate date = ValidateCommand.parseDate(asOf);
        Ecosystem ecosystem = load(file, spec.commandLine().getErr());
        RouteAnalysis analysis = RouteAnalysis.of(ecosystem, RouteOptions.defaults().withAsOf(date));
        List<ScenarioRoutes> selected = select(analysis.scenarios());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            new RoutesJson(out).write(Report.uriOf(file), date != null ? date : ecosystem.getAsOf(), selected);
        } else if (selected.isEmpty()) {
            out.println(file + ": no scenarios to analyse"); //$NON-NLS-1$
        } else {
            out.print(RouteReport.toText(selected));
        }
        out.flush();
        return Main.OK;
    }

    private boolean json() throws UserError {
        String chosen = format.toLowerCase(Locale.ROOT);
        if (!chosen.equals(TEXT) && !chosen.equals(JSON)) {
            throw new UserError(Messages.format("cli.badFormat", format, "text, json")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return chosen.equals(JSON);
    }

    private List<ScenarioRoutes> select(List<ScenarioRoutes> all) throws UserError {
        if (scenario == null) {
            return all;
        }
        List<ScenarioRoutes> matching = all.stream().filter(s -> scenario.equals(s.scenario().getName())).toList();
        if (matching.isEmpty()) {
            String names = all.stream().map(s -> '"' + s.scenario().getName() + '"').collect(Collectors.joining(", ")); //$NON-NLS-1$
            throw new UserError(all.isEmpty()
                    ? "unknown scenario \"" + scenario + "\"; " + file + " has no scenarios" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    : "unknown scenario \"" + scenario + "\"; available: " + names); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return matching;
    }

    private static Ecosystem load(Path file, PrintWriter err) throws UserError {
        ModelStore store = LawfulResources.newModelStore();
        Resource resource;
        try {
            resource = store.load(file);
        } catch (ModelLoadException e) {
            throw new UserError(e.getMessage(), e);
        }
        ValidateCommand.printWarnings(err, resource);
        return store.root(resource).filter(Ecosystem.class::isInstance).map(Ecosystem.class::cast)
                .orElseThrow(() -> new UserError(file + ": not a lawful-access ecosystem model")); //$NON-NLS-1$
    }
}
