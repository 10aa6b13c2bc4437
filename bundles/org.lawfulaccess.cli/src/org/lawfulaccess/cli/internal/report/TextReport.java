/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal.report;

import java.io.PrintWriter;
import java.util.OptionalInt;

import org.lawfulaccess.core.persistence.LoadProblem;
import org.lawfulaccess.validation.Evidence;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.Severity;
import org.lawfulaccess.validation.Suppression;
import org.lawfulaccess.validation.ValidationResult;

/**
 * The report for a person: per file a summary line, then one line per finding with its evidence.
 * A finding whose element's line is known starts with {@code FILE:LINE}, which terminals and
 * editors turn into a link.
 */
final class TextReport implements ReportWriter {

    @Override
    public void write(Report report, PrintWriter out) {
        for (Report.FileResult file : report.files()) {
            ValidationResult result = file.result();
            if (result.findings().isEmpty()) {
                out.println(Messages.format("text.clean", file.file(), result.date())); //$NON-NLS-1$
                writeWarnings(out, file);
                continue;
            }
            long suppressed = result.findings().stream().filter(Finding::isSuppressed).count();
            out.println(Messages.format("text.file", file.file(), result.date(), result.findings().size(), //$NON-NLS-1$
                    result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO), suppressed));
            writeWarnings(out, file);
            for (Finding finding : result.findings()) {
                writeFinding(out, file, finding);
            }
        }
        if (!report.fixed().isEmpty()) {
            out.println(Messages.format("text.fixed", report.fixed().size())); //$NON-NLS-1$
        }
        out.flush();
    }

    private static void writeWarnings(PrintWriter out, Report.FileResult file) {
        for (LoadProblem warning : file.warnings()) {
            String where = warning.hasPosition() ? Messages.format("text.at", file.file(), String.valueOf(warning.line())) //$NON-NLS-1$
                    : file.file().toString();
            out.println("  " + Messages.format("text.loadWarning", where, warning.message())); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static void writeFinding(PrintWriter out, Report.FileResult file, Finding finding) {
        String mark = finding.baseline() == Finding.BaselineState.NEW ? ' ' + Messages.format("text.new") : ""; //$NON-NLS-1$ //$NON-NLS-2$
        OptionalInt line = Report.lineOf(finding);
        // The line goes in as text: a number would be formatted with grouping separators.
        String where = line.isPresent() ? Messages.format("text.at", file.file(), String.valueOf(line.getAsInt())) + ' ' : ""; //$NON-NLS-1$ //$NON-NLS-2$
        out.println("  " + Messages.format("text.finding", finding.severity().id(), finding.ruleId(), where + finding.primaryPath(), //$NON-NLS-1$ //$NON-NLS-2$
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
