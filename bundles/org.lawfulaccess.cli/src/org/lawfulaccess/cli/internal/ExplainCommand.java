/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.lawfulaccess.cli.Main;
import org.lawfulaccess.cli.UserError;
import org.lawfulaccess.cli.internal.report.Messages;
import org.lawfulaccess.validation.LegalBasis;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.RuleDescriptor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lawful explain RULE_ID}: what a rule flags, on which legal basis, with an example. */
@Command(name = "explain", description = "Explains one rule: description, legal basis and an example.")
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RULE_ID", description = "The rule id, e.g. LA-INT-01.")
    private String ruleId;

    @Override
    public Integer call() throws UserError {
        String id = ruleId.trim().toUpperCase(Locale.ROOT);
        RuleCatalogue.Entry entry = ValidateCommand.catalogue().find(id)
                .orElseThrow(() -> new UserError(Messages.format("cli.unknownRule", ruleId))); //$NON-NLS-1$
        RuleDescriptor d = entry.descriptor();
        PrintWriter out = spec.commandLine().getOut();
        out.println(d.id() + " - " + d.title()); //$NON-NLS-1$
        out.println();
        out.println(Messages.format("explain.category", d.category().id() + " (" + d.category().label() + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.println(Messages.format("explain.severity", d.defaultSeverity().id(), d.enabledByDefault() ? "" : Messages.format("explain.disabled"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.println(Messages.format("explain.targets", d.targets().stream().map(t -> t.getName()).collect(Collectors.joining(", ")))); //$NON-NLS-1$ //$NON-NLS-2$
        out.println(Messages.format("explain.contributor", entry.contributor())); //$NON-NLS-1$
        if (d.legalBasis().isEmpty()) {
            out.println(Messages.format("explain.noLegal")); //$NON-NLS-1$
        }
        for (LegalBasis basis : d.legalBasis()) {
            out.println(Messages.format("explain.legal", basis.source().isEmpty() ? basis.citation() : basis.citation() + " (" + basis.source() + ')')); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.println();
        out.println(d.description());
        if (!d.example().isEmpty()) {
            out.println();
            out.println(Messages.format("explain.example")); //$NON-NLS-1$
            out.println("  " + d.example()); //$NON-NLS-1$
        }
        out.flush();
        return Main.OK;
    }
}
