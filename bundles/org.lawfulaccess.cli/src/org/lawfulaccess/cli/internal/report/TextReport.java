/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal.report;

import java.io.PrintWriter;

import org.lawfulaccess.validation.Evidence;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.Severity;
import org.lawfulaccess.validation.Suppression;
import org.lawfulaccess.validation.ValidationResult;

/** The report for a person: per file a summary line, then one line per finding with its evidence. */
final class TextReport implements ReportWriter {

    @Override
    public void write(Report report, PrintWriter out) {
        for (Report.FileResult file : report.files()) {
            ValidationResult result = file.result();
            if (result.findings().isEmpty()) {
                out.println(Messages.format("text.clean", file.file(), result.date())); //$NON-NLS-1$
                continue;
            }
            long suppressed = result.findings().stream().filter(Finding::isSuppressed).count();
            out.println(Messages.format("text.file", file.file(), result.date(), result.findings().size(), //$NON-NLS-1$
                    result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO), suppressed));
            for (Finding finding : result.findings()) {
                writeFinding(out, finding);
            }
        }
        if (!report.fixed().isEmpty()) {
            out.println(Messages.format("text.fixed", report.fixed().size())); //$NON-NLS-1$
        }
        out.flush();
    }

    private static void writeFinding(PrintWriter out, Finding finding) {
        String mark = finding.baseline() == Finding.BaselineState.NEW ? ' ' + Messages.format("text.new") : ""; //$NON-NLS-1$ //$NON-NLS-2$
        out.println("  " + Messages.format("text.finding", finding.severity().id(), finding.ruleId(), finding.primaryPath(), //$NON-NLS-1$ //$NON-NLS-2$
                finding.message()) + mark);
        for (Evidence evidence : finding.evidence()) {
            out.println("    " + Messages.format("text.evidence", evidence.statement())); //$NON-NLS-1$ //$NON-NLS-2$
            for (Evidence.Quote quote : evidence.quotes()) {
                out.println("      " + Messages.format("text.quote", quote.text(), quote.source(), //$NON-NLS-1$ //$NON-NLS-2$
                        quote.locator().isEmpty() ? "" : ", " + quote.locator())); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (finding.isSuppressed()) {
            Suppression s = finding.suppression();
            out.println("    " + Messages.format("text.suppressed", s.author(), s.date().toString(), s.justification())); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
