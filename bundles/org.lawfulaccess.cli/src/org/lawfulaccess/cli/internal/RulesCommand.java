/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.lawfulaccess.cli.Main;
import org.lawfulaccess.cli.UserError;
import org.lawfulaccess.cli.internal.report.Messages;
import org.lawfulaccess.validation.CatalogueDocument;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.LegalBasis;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.internal.json.JsonWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lawful rules}: the installed rule catalogue, in-house rules included. */
@Command(name = "rules", description = "Lists the installed validation rules (text, json, or the catalogue page as markdown or html).")
public final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json, markdown or html (default: ${DEFAULT-VALUE}).")
    private String format;

    @Override
    public Integer call() throws UserError {
        RuleCatalogue catalogue = ValidateCommand.catalogue();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
        case "text" -> text(catalogue, out); //$NON-NLS-1$
        case "json" -> json(catalogue, out); //$NON-NLS-1$
        case "markdown" -> out.print(CatalogueDocument.markdown(catalogue)); //$NON-NLS-1$
        case "html" -> out.print(CatalogueDocument.html(catalogue)); //$NON-NLS-1$
        default -> throw new UserError(Messages.format("cli.badFormat", format, "text, json, markdown, html")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.flush();
        return Main.OK;
    }

    private static void text(RuleCatalogue catalogue, PrintWriter out) {
        for (RuleCatalogue.Entry entry : catalogue.entries()) {
            RuleDescriptor d = entry.descriptor();
            out.printf("%-12s %-8s %-24s %s%s%n", d.id(), d.defaultSeverity().id(), d.category().id(), d.title(), //$NON-NLS-1$
                    d.enabledByDefault() ? "" : Messages.format("explain.disabled")); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static void json(RuleCatalogue catalogue, PrintWriter out) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject().name("rules").beginArray(); //$NON-NLS-1$
        for (RuleCatalogue.Entry entry : catalogue.entries()) {
            RuleDescriptor d = entry.descriptor();
            json.beginObject().member("id", d.id()).member("title", d.title()).member("category", d.category().id()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .member("severity", d.defaultSeverity().id()).member("enabledByDefault", d.enabledByDefault()) //$NON-NLS-1$ //$NON-NLS-2$
                    .member("contributor", entry.contributor()).member("description", d.description()).member("example", d.example()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            json.name("targets").beginArray(); //$NON-NLS-1$
            d.targets().forEach(t -> json.value(t.getName()));
            json.endArray().name("legalBasis").beginArray(); //$NON-NLS-1$
            for (LegalBasis basis : d.legalBasis()) {
                json.beginObject().member("citation", basis.citation()).member("source", basis.source()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
            }
            json.endArray().endObject();
        }
        json.endArray().name("categories").beginArray(); //$NON-NLS-1$
        for (RuleCatalogue.CategoryEntry entry : catalogue.categories()) {
            Category category = entry.category();
            json.beginObject().member("id", category.id()); //$NON-NLS-1$
            category.parent().ifPresent(parent -> json.member("parent", parent.id())); //$NON-NLS-1$
            json.member("name", category.label()).member("description", category.description()) //$NON-NLS-1$ //$NON-NLS-2$
                    .member("contributor", entry.contributor()).endObject(); //$NON-NLS-1$
        }
        json.endArray().endObject().finish();
    }
}
