/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.cli.Main;
import org.lawfulaccess.cli.UserError;
import org.lawfulaccess.cli.internal.report.Messages;
import org.lawfulaccess.cli.internal.report.Report;
import org.lawfulaccess.cli.internal.report.ReportWriter;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.persistence.LoadProblem;
import org.lawfulaccess.core.persistence.ModelLoadException;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.validation.Baseline;
import org.lawfulaccess.validation.ConfigException;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.RuleDiscoveryException;
import org.lawfulaccess.validation.Severity;
import org.lawfulaccess.validation.SuppressionFile;
import org.lawfulaccess.validation.ValidationConfig;
import org.lawfulaccess.validation.ValidationResult;
import org.lawfulaccess.validation.Validator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lawful validate FILE...}: runs the rule catalogue and reports the findings. Exit code 1
 * when an unsuppressed finding reaches {@code --fail-on} (with {@code --baseline}: a new one); 2
 * when a file could not be read, after reporting the files that could; 3 on an internal error.
 */
@Command(name = "validate", description = "Validates models against the rule catalogue and reports the findings.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = { ExitCodes.OK, ExitCodes.FINDINGS, ExitCodes.USAGE_OR_INPUT, ExitCodes.INTERNAL_ERROR })
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json, sarif or junit (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit with 1 if a finding at or above this level exists: error, warning or never (default: ${DEFAULT-VALUE}).")
    private String failOn;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Validate at this date instead of each model's as-of date.")
    private String asOf;

    @Option(names = "--config", paramLabel = "FILE", description = "A configuration file: rules on or off, severities, parameters, suppressions.")
    private Path config;

    @Option(names = "--rules", paramLabel = "ID", split = ",", description = "Run only these rules.")
    private List<String> rules;

    @Option(names = "--baseline", paramLabel = "FILE", description = "A previous JSON or SARIF report: findings it has are marked unchanged and do not fail the run.")
    private Path baseline;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to this file instead of standard output.")
    private Path output;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The .lawful files to validate.")
    private List<Path> files;

    @Override
    public Integer call() throws UserError {
        ReportWriter writer = writer();
        Severity threshold = threshold();
        LocalDate date = date();
        RuleCatalogue catalogue = catalogue();
        ValidationConfig base = config == null ? ValidationConfig.DEFAULTS : readConfig(config);
        warnAboutUnknownRules(catalogue, base);
        Set<String> only = only(catalogue);
        Baseline known = baseline == null ? null : readBaseline();
        ModelStore store = LawfulResources.newModelStore();
        PrintWriter err = spec.commandLine().getErr();
        boolean progress = System.console() != null;
        List<Report.FileResult> results = new ArrayList<>();
        List<Report.Unreadable> unreadable = new ArrayList<>();
        Set<String> fixed = new TreeSet<>();
        Validator validator = null;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (progress) {
                err.println(Messages.format("cli.progress", file, i + 1, files.size())); //$NON-NLS-1$
            }
            validator = Validator.of(catalogue, withSideFile(base, file), only);
            Resource model;
            try {
                model = store.load(file);
            } catch (ModelLoadException e) {
                // One bad file must not hide the findings of the others.
                err.println("lawful: " + e.getMessage()); //$NON-NLS-1$
                unreadable.add(new Report.Unreadable(file, e.getMessage(), firstLine(e)));
                continue;
            }
            ValidationResult result = validator.validate(model, date);
            if (known != null) {
                fixed.addAll(result.fixedSince(known));
                result = result.compareWith(known);
            }
            results.add(new Report.FileResult(file, result, ModelStore.warnings(model)));
        }
        if (known != null) {
            // A fingerprint another file still has is not fixed.
            results.forEach(r -> r.result().findings().forEach(f -> fixed.remove(f.fingerprint())));
        }
        List<Rule> ran = validator == null ? List.of() : validator.rules();
        write(writer, new Report(results, ran.stream().map(Rule::descriptor).toList(), version(), fixed, unreadable));
        if (!unreadable.isEmpty()) {
            return Main.USAGE_OR_INPUT;
        }
        boolean fails = threshold != null && results.stream().anyMatch(r -> r.result().fails(threshold, known != null));
        return fails ? Main.FINDINGS : Main.OK;
    }

    private ReportWriter writer() throws UserError {
        try {
            return ReportWriter.forFormat(format);
        } catch (IllegalArgumentException e) {
            throw new UserError(Messages.format("cli.badFormat", format, "text, json, sarif, junit")); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** @return the threshold, or null for {@code never} */
    private Severity threshold() throws UserError {
        if ("never".equalsIgnoreCase(failOn)) { //$NON-NLS-1$
            return null;
        }
        return Severity.parse(failOn).filter(s -> s != Severity.INFO)
                .orElseThrow(() -> new UserError(Messages.format("cli.badFailOn", failOn))); //$NON-NLS-1$
    }

    private LocalDate date() throws UserError {
        return parseDate(asOf);
    }

    static LocalDate parseDate(String text) throws UserError {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserError(Messages.format("cli.badDate", text), e); //$NON-NLS-1$
        }
    }

    static RuleCatalogue catalogue() throws UserError {
        try {
            return RuleCatalogue.discover();
        } catch (RuleDiscoveryException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private static ValidationConfig readConfig(Path file) throws UserError {
        try {
            return ValidationConfig.read(file);
        } catch (ConfigException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** Merges {@code FILE.suppressions} beside the model, if there is one. */
    private static ValidationConfig withSideFile(ValidationConfig base, Path model) throws UserError {
        Path side = SuppressionFile.of(model);
        return Files.isRegularFile(side) ? base.merge(readConfig(side)) : base;
    }

    private void warnAboutUnknownRules(RuleCatalogue catalogue, ValidationConfig configuration) {
        for (String id : configuration.mentionedRuleIds()) {
            if (catalogue.find(id).isEmpty()) {
                spec.commandLine().getErr().println(Messages.format("cli.unknownConfigRule", config, id)); //$NON-NLS-1$
            }
        }
        for (String id : configuration.mentionedCategoryIds()) {
            if (catalogue.category(id).isEmpty()) {
                spec.commandLine().getErr().println(Messages.format("cli.unknownConfigCategory", config, id)); //$NON-NLS-1$
            }
        }
    }

    private Set<String> only(RuleCatalogue catalogue) throws UserError {
        if (rules == null) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : rules) {
            String trimmed = id.trim();
            if (catalogue.find(trimmed).isEmpty()) {
                throw new UserError(Messages.format("cli.unknownRule", trimmed)); //$NON-NLS-1$
            }
            ids.add(trimmed);
        }
        return ids;
    }

    private Baseline readBaseline() throws UserError {
        try {
            return Baseline.read(baseline);
        } catch (ConfigException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** Says on standard error what a load kept without reading it; for the commands without a report. */
    static void printWarnings(PrintWriter err, Resource resource) {
        for (LoadProblem warning : ModelStore.warnings(resource)) {
            err.println("lawful: " + Messages.format("cli.loadWarning", warning.describe())); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static int firstLine(ModelLoadException e) {
        return e.problems().stream().filter(LoadProblem::hasPosition).mapToInt(LoadProblem::line).findFirst().orElse(0);
    }

    private void write(ReportWriter writer, Report report) throws UserError {
        if (output == null) {
            writer.write(report, spec.commandLine().getOut());
            return;
        }
        try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8); PrintWriter out = new PrintWriter(file)) {
            writer.write(report, out);
            if (out.checkError()) {
                throw new IOException(output.toString());
            }
        } catch (IOException e) {
            throw new UserError(Messages.format("cli.cannotWrite", output, String.valueOf(e.getMessage())), e); //$NON-NLS-1$
        }
    }

    static String version() {
        String full = new VersionProvider().getVersion()[0];
        return full.substring(full.lastIndexOf(' ') + 1);
    }
}
