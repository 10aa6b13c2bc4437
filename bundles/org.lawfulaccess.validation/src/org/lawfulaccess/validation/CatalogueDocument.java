/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

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
            md.append("| [").append(d.id()).append("](#").append(d.id().toLowerCase(java.util.Locale.ROOT)).append(") | ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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

    private static String cell(String text) {
        return text.replace("|", "\\|"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
