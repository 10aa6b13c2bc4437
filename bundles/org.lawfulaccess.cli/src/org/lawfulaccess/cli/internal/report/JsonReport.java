/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal.report;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.lawfulaccess.validation.Evidence;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.internal.json.JsonWriter;

/**
 * The tool's own JSON: {@code findings[]} across all files, each with file, line of the primary
 * element where known, rule, severity, message, fingerprint, elements, evidence, suppression and
 * baseline state, {@code warnings[]} for content a load kept without reading it (file, line where
 * known, message) and {@code unreadable[]} for files that could not be loaded (likewise). It can be
 * given back as {@code --baseline}.
 */
final class JsonReport implements ReportWriter {

    @Override
    public void write(Report report, PrintWriter out) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject().member("tool", "lawful").member("version", report.toolVersion()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        json.name("files").beginArray(); //$NON-NLS-1$
        for (Report.FileResult file : report.files()) {
            json.beginObject().member("file", Report.uriOf(file.file())).member("asOf", file.result().date().toString()) //$NON-NLS-1$ //$NON-NLS-2$
                    .member("elementsEvaluated", file.result().elementsEvaluated()).endObject(); //$NON-NLS-1$
        }
        json.endArray();
        json.name("findings").beginArray(); //$NON-NLS-1$
        for (Report.FileResult file : report.files()) {
            for (Finding finding : file.result().findings()) {
                writeFinding(json, Report.uriOf(file.file()), finding);
            }
        }
        json.endArray();
        json.name("fixed").beginArray(); //$NON-NLS-1$
        report.fixed().stream().sorted().forEach(json::value);
        json.endArray();
        json.name("warnings").beginArray(); //$NON-NLS-1$
        for (Report.FileResult file : report.files()) {
            file.warnings().forEach(w -> writeProblem(json, file.file(), w.line(), w.message()));
        }
        json.endArray();
        json.name("unreadable").beginArray(); //$NON-NLS-1$
        report.unreadable().forEach(u -> writeProblem(json, u.file(), u.line(), u.message()));
        json.endArray().endObject().finish();
    }

    private static void writeProblem(JsonWriter json, Path file, int line, String message) {
        json.beginObject().member("file", Report.uriOf(file)); //$NON-NLS-1$
        if (line > 0) {
            json.member("line", line); //$NON-NLS-1$
        }
        json.member("message", message).endObject(); //$NON-NLS-1$
    }

    private static void writeFinding(JsonWriter json, String file, Finding finding) {
        json.beginObject().member("file", file); //$NON-NLS-1$
        Report.lineOf(finding).ifPresent(line -> json.member("line", line)); //$NON-NLS-1$
        json.member("ruleId", finding.ruleId()) //$NON-NLS-1$
                .member("severity", finding.severity().id()).member("message", finding.message()) //$NON-NLS-1$ //$NON-NLS-2$
                .member("fingerprint", finding.fingerprint()); //$NON-NLS-1$
        if (finding.baseline() != Finding.BaselineState.NONE) {
            json.member("baseline", finding.baseline().name().toLowerCase(java.util.Locale.ROOT)); //$NON-NLS-1$
        }
        json.name("elements").beginArray(); //$NON-NLS-1$
        for (int i = 0; i < finding.elementIds().size(); i++) {
            json.beginObject().member("id", finding.elementIds().get(i)).member("path", finding.elementPaths().get(i)).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        json.endArray();
        json.name("evidence").beginArray(); //$NON-NLS-1$
        for (Evidence evidence : finding.evidence()) {
            json.beginObject().member("statement", evidence.statement()); //$NON-NLS-1$
            if (evidence.elementId() != null) {
                json.member("elementId", evidence.elementId()); //$NON-NLS-1$
            }
            json.name("quotes").beginArray(); //$NON-NLS-1$
            for (Evidence.Quote quote : evidence.quotes()) {
                json.beginObject().member("text", quote.text()).member("source", quote.source()) //$NON-NLS-1$ //$NON-NLS-2$
                        .member("sourceKind", quote.sourceKind()).member("locator", quote.locator()).member("url", quote.url()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            json.endArray().endObject();
        }
        json.endArray();
        finding.suppressionIfAny().ifPresent(s -> json.name("suppression").beginObject() //$NON-NLS-1$
                .member("justification", s.justification()).member("author", s.author()) //$NON-NLS-1$ //$NON-NLS-2$
                .member("date", s.date().toString()).endObject()); //$NON-NLS-1$
        json.endObject();
    }
}
