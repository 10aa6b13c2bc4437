/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes the rule catalogue page from the rules' metadata, so that the documentation cannot drift
 * from the rules.
 */
public final class CatalogueDocument {

    private CatalogueDocument() {
    }

    /**
     * @param catalogue the rules
     * @return the catalogue as Markdown: a summary table, the category tree, then one section per rule
     */
    public static String markdown(RuleCatalogue catalogue) {
        StringBuilder md = new StringBuilder();
        md.append("# Validation rules\n\n"); //$NON-NLS-1$
        md.append("| Id | Title | Category | Severity | Enabled by default |\n|---|---|---|---|---|\n"); //$NON-NLS-1$
        for (RuleCatalogue.Entry entry : catalogue.entries()) {
            RuleDescriptor d = entry.descriptor();
            md.append("| [").append(d.id()).append("](#").append(anchor(d.id())).append(") | ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(cell(d.title())).append(" | ").append(d.category().id()).append(" | ") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(d.defaultSeverity().id()).append(" | ").append(d.enabledByDefault() ? "yes" : "no").append(" |\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        md.append("\n## Categories\n\n"); //$NON-NLS-1$
        md.append("Configuration switches a branch with `category.<id>.enabled`; bundles contribute categories of their own below these.\n\n"); //$NON-NLS-1$
        for (RuleCatalogue.CategoryEntry entry : catalogue.categories()) {
            if (entry.category().parent().isEmpty()) {
                category(md, catalogue, entry.category(), 0);
            }
        }
        for (RuleCatalogue.Entry entry : catalogue.entries()) {
            section(md, entry);
        }
        return md.toString();
    }

    private static void category(StringBuilder md, RuleCatalogue catalogue, Category category, int depth) {
        md.append("  ".repeat(depth)).append("- `").append(category.id()).append("` **").append(cell(category.label())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append("**: ").append(category.description()); //$NON-NLS-1$
        if (!category.isBuiltIn()) {
            catalogue.categories().stream().filter(e -> e.category().equals(category)).findFirst()
                    .ifPresent(e -> md.append(" (contributed by ").append(e.contributor()).append(')')); //$NON-NLS-1$
        }
        md.append('\n');
        for (Category child : catalogue.children(category)) {
            category(md, catalogue, child, depth + 1);
        }
    }

    private static void section(StringBuilder md, RuleCatalogue.Entry entry) {
        RuleDescriptor d = entry.descriptor();
        md.append("\n## ").append(d.id()).append("\n\n**").append(d.title()).append("**\n\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        md.append("- Category: ").append(d.category().id()).append('\n'); //$NON-NLS-1$
        md.append("- Severity: ").append(d.defaultSeverity().id()).append(d.enabledByDefault() ? "" : " (disabled by default)").append('\n'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        md.append("- Checks: ").append(d.targets().stream().map(c -> c.getName()).collect(Collectors.joining(", "))).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
        md.append("- Contributed by: ").append(entry.contributor()).append('\n'); //$NON-NLS-1$
        for (RuleParameter parameter : d.parameters()) {
            md.append("- Parameter: `").append(d.id()).append('.').append(parameter.name()).append("` (default `") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(parameter.defaultValue()).append("`): ").append(parameter.description()).append('\n'); //$NON-NLS-1$
        }
        if (d.legalBasis().isEmpty()) {
            md.append("- Legal basis: none (a technical rule)\n"); //$NON-NLS-1$
        } else {
            for (LegalBasis basis : d.legalBasis()) {
                md.append("- Legal basis: ").append(basis.citation()); //$NON-NLS-1$
                if (!basis.source().isEmpty()) {
                    md.append(" (").append(basis.source()).append(')'); //$NON-NLS-1$
                }
                md.append('\n');
            }
        }
        md.append('\n').append(d.description()).append('\n');
        if (!d.example().isEmpty()) {
            md.append("\n*Example.* ").append(d.example()).append('\n'); //$NON-NLS-1$
        }
    }

    /**
     * @param catalogue the rules
     * @return the catalogue as a standalone HTML page with the same content as {@link #markdown(RuleCatalogue)}:
     *         a summary table, the category tree, then one section per rule whose anchor is the rule id
     */
    public static String html(RuleCatalogue catalogue) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n<title>Validation rules</title>\n") //$NON-NLS-1$
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<h1>Validation rules</h1>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        html.append("<p>Every rule the validation runs, with its default severity, its category, the parameters it reads from ") //$NON-NLS-1$
                .append("the configuration and the legal texts it rests on. This page is generated from the rules themselves.</p>\n"); //$NON-NLS-1$
        html.append("<table>\n<tr><th>Id</th><th>Title</th><th>Category</th><th>Severity</th><th>Enabled by default</th></tr>\n"); //$NON-NLS-1$
        for (RuleCatalogue.Entry entry : catalogue.entries()) {
            RuleDescriptor d = entry.descriptor();
            html.append("<tr><td><a href=\"#").append(anchor(d.id())).append("\">").append(d.id()).append("</a></td><td>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(escape(d.title())).append("</td><td>").append(d.category().id()).append("</td><td>") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(d.defaultSeverity().id()).append("</td><td>").append(d.enabledByDefault() ? "yes" : "no") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append("</td></tr>\n"); //$NON-NLS-1$
        }
        html.append("</table>\n<h2 id=\"categories\">Categories</h2>\n") //$NON-NLS-1$
                .append("<p>Configuration switches a branch with <code>category.&lt;id&gt;.enabled</code>; bundles contribute ") //$NON-NLS-1$
                .append("categories of their own below these.</p>\n<ul>\n"); //$NON-NLS-1$
        for (RuleCatalogue.CategoryEntry entry : catalogue.categories()) {
            if (entry.category().parent().isEmpty()) {
                htmlCategory(html, catalogue, entry.category());
            }
        }
        html.append("</ul>\n"); //$NON-NLS-1$
        for (RuleCatalogue.Entry entry : catalogue.entries()) {
            htmlSection(html, entry);
        }
        return html.append("</body>\n</html>\n").toString(); //$NON-NLS-1$
    }

    private static final String STYLE = """
            body { font-family: sans-serif; font-size: 10pt; line-height: 1.45; max-width: 60em; margin: 1em 2em; color: #222; }
            h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
            table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 2px 8px; text-align: left; vertical-align: top; }
            th { background: #eef1f5; } td:first-child { white-space: nowrap; } code { font-family: monospace; background: #f3f3f3; padding: 0 2px; }
            dl { margin-left: 0; } dt { font-weight: bold; float: left; width: 9em; clear: left; } dd { margin-left: 9.5em; }
            .example { font-style: italic; } .source { color: #555; }
            """; //$NON-NLS-1$

    private static void htmlCategory(StringBuilder html, RuleCatalogue catalogue, Category category) {
        html.append("<li><code>").append(category.id()).append("</code> <b>").append(escape(category.label())).append("</b>: ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append(escape(category.description()));
        if (!category.isBuiltIn()) {
            catalogue.categories().stream().filter(e -> e.category().equals(category)).findFirst()
                    .ifPresent(e -> html.append(" (contributed by ").append(e.contributor()).append(')')); //$NON-NLS-1$
        }
        List<Category> children = catalogue.children(category);
        if (!children.isEmpty()) {
            html.append("\n<ul>\n"); //$NON-NLS-1$
            children.forEach(child -> htmlCategory(html, catalogue, child));
            html.append("</ul>"); //$NON-NLS-1$
        }
        html.append("</li>\n"); //$NON-NLS-1$
    }

    private static void htmlSection(StringBuilder html, RuleCatalogue.Entry entry) {
        RuleDescriptor d = entry.descriptor();
        html.append("<h2 id=\"").append(anchor(d.id())).append("\">").append(d.id()).append(": ").append(escape(d.title())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append("</h2>\n<dl>\n"); //$NON-NLS-1$
        term(html, "Category", "<code>" + d.category().id() + "</code>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        term(html, "Severity", d.defaultSeverity().id() + (d.enabledByDefault() ? "" : " (disabled by default)")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        term(html, "Checks", d.targets().stream().map(c -> c.getName()).collect(Collectors.joining(", "))); //$NON-NLS-1$ //$NON-NLS-2$
        term(html, "Contributed by", entry.contributor()); //$NON-NLS-1$
        if (d.parameters().isEmpty()) {
            term(html, "Parameters", "none"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (RuleParameter parameter : d.parameters()) {
            term(html, "Parameter", "<code>" + d.id() + '.' + escape(parameter.name()) + "</code> (default <code>" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + escape(parameter.defaultValue()) + "</code>): " + escape(parameter.description())); //$NON-NLS-1$
        }
        if (d.legalBasis().isEmpty()) {
            term(html, "Legal basis", "none (a technical rule)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (LegalBasis basis : d.legalBasis()) {
            term(html, "Legal basis", escape(basis.citation()) + (basis.source().isEmpty() ? "" //$NON-NLS-1$ //$NON-NLS-2$
                    : "<br><span class=\"source\">" + escape(basis.source()) + "</span>")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        html.append("</dl>\n<p>").append(escape(d.description())).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        if (!d.example().isEmpty()) {
            html.append("<p class=\"example\">Example. ").append(escape(d.example())).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static void term(StringBuilder html, String term, String definition) {
        html.append("<dt>").append(term).append("</dt><dd>").append(definition).append("</dd>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the anchor of a rule's section: its id in lower case, as in the Markdown page */
    private static String anchor(String ruleId) {
        return ruleId.toLowerCase(Locale.ROOT);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    }

    private static String cell(String text) {
        return text.replace("|", "\\|"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
