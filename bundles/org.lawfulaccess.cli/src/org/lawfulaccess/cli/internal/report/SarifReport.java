/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lawfulaccess.validation.Baseline;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.LegalBasis;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.Severity;
import org.lawfulaccess.validation.internal.json.JsonWriter;

/**
 * SARIF 2.1.0: one run, the rules that ran in {@code tool.driver.rules}, one result per finding
 * with the element path as logical location, the file and, where known, the line of the primary
 * element's start tag as physical location, the fingerprint in {@code partialFingerprints} and
 * waivers in {@code suppressions}. Files that could not be read are error notifications of
 * {@code invocations[0]}, content a load kept without reading it warning notifications.
 */
final class SarifReport implements ReportWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"; //$NON-NLS-1$
    /** The product's home page, where a SARIF viewer sends a reader who asks what {@code lawful} is. */
    static final String INFORMATION_URI = "https://lawfulaccess.org/"; //$NON-NLS-1$

    @Override
    public void write(Report report, PrintWriter out) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject().member("$schema", SCHEMA).member("version", "2.1.0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        json.name("runs").beginArray().beginObject(); //$NON-NLS-1$
        json.name("tool").beginObject().name("driver").beginObject() //$NON-NLS-1$ //$NON-NLS-2$
                .member("name", "lawful").member("version", report.toolVersion()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .member("informationUri", INFORMATION_URI); //$NON-NLS-1$
        Map<String, Integer> ruleIndex = new HashMap<>();
        json.name("rules").beginArray(); //$NON-NLS-1$
        for (RuleDescriptor rule : report.rules()) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            writeRule(json, rule);
        }
        json.endArray().endObject().endObject();
        writeInvocation(json, report);
        json.name("results").beginArray(); //$NON-NLS-1$
        for (Report.FileResult file : report.files()) {
            for (Finding finding : file.result().findings()) {
                writeResult(json, Report.uriOf(file.file()), finding, ruleIndex.get(finding.ruleId()));
            }
        }
        json.endArray();
        json.name("properties").beginObject().name("asOf").beginArray(); //$NON-NLS-1$ //$NON-NLS-2$
        report.files().forEach(f -> json.beginObject().member("file", Report.uriOf(f.file())) //$NON-NLS-1$
                .member("date", f.result().date().toString()).endObject()); //$NON-NLS-1$
        json.endArray().endObject();
        json.endObject().endArray().endObject().finish();
    }

    /** Files that could not be read, and content kept unread, are tool execution notifications: they have no rule. */
    private static void writeInvocation(JsonWriter json, Report report) {
        json.name("invocations").beginArray().beginObject() //$NON-NLS-1$
                .member("executionSuccessful", report.unreadable().isEmpty()); //$NON-NLS-1$
        json.name("toolExecutionNotifications").beginArray(); //$NON-NLS-1$
        for (Report.FileResult file : report.files()) {
            file.warnings().forEach(w -> writeNotification(json, "warning", file.file(), w.line(), w.message())); //$NON-NLS-1$
        }
        report.unreadable().forEach(u -> writeNotification(json, "error", u.file(), u.line(), u.message())); //$NON-NLS-1$
        json.endArray().endObject().endArray();
    }

    private static void writeNotification(JsonWriter json, String level, Path file, int line, String message) {
        json.beginObject().member("level", level) //$NON-NLS-1$
                .name("message").beginObject().member("text", message).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject() //$NON-NLS-1$ //$NON-NLS-2$
                .name("artifactLocation").beginObject().member("uri", Report.uriOf(file)).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        if (line > 0) {
            json.name("region").beginObject().member("startLine", line).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        json.endObject().endObject().endArray().endObject();
    }

    private static void writeRule(JsonWriter json, RuleDescriptor rule) {
        json.beginObject().member("id", rule.id()).member("name", rule.title()) //$NON-NLS-1$ //$NON-NLS-2$
                .name("shortDescription").beginObject().member("text", rule.title()).endObject() //$NON-NLS-1$ //$NON-NLS-2$
                .name("fullDescription").beginObject().member("text", rule.description()).endObject() //$NON-NLS-1$ //$NON-NLS-2$
                .name("defaultConfiguration").beginObject().member("level", level(rule.defaultSeverity())) //$NON-NLS-1$ //$NON-NLS-2$
                .member("enabled", rule.enabledByDefault()).endObject(); //$NON-NLS-1$
        json.name("properties").beginObject().member("category", rule.category().id()); //$NON-NLS-1$ //$NON-NLS-2$
        json.name("legalBasis").beginArray(); //$NON-NLS-1$
        for (LegalBasis basis : rule.legalBasis()) {
            json.beginObject().member("citation", basis.citation()).member("source", basis.source()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        json.endArray();
        if (!rule.example().isEmpty()) {
            json.member("example", rule.example()); //$NON-NLS-1$
        }
        json.endObject().endObject();
    }

    private static void writeResult(JsonWriter json, String uri, Finding finding, Integer index) {
        json.beginObject().member("ruleId", finding.ruleId()); //$NON-NLS-1$
        if (index != null) {
            json.member("ruleIndex", index); //$NON-NLS-1$
        }
        json.member("level", level(finding.severity())) //$NON-NLS-1$
                .name("message").beginObject().member("text", finding.message()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        json.name("locations").beginArray().beginObject(); //$NON-NLS-1$
        json.name("physicalLocation").beginObject().name("artifactLocation").beginObject().member("uri", uri).endObject(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Report.lineOf(finding).ifPresent(line -> json.name("region").beginObject().member("startLine", line).endObject()); //$NON-NLS-1$ //$NON-NLS-2$
        json.endObject();
        json.name("logicalLocations").beginArray(); //$NON-NLS-1$
        List<String> paths = finding.elementPaths();
        for (String path : paths) {
            json.beginObject().member("fullyQualifiedName", path).member("kind", "element").endObject(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        json.endArray().endObject().endArray();
        json.name("partialFingerprints").beginObject().member(Baseline.SARIF_FINGERPRINT_KEY, finding.fingerprint()).endObject(); //$NON-NLS-1$
        if (finding.baseline() != Finding.BaselineState.NONE) {
            json.member("baselineState", finding.baseline() == Finding.BaselineState.NEW ? "new" : "unchanged"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        finding.suppressionIfAny().ifPresent(s -> json.name("suppressions").beginArray().beginObject() //$NON-NLS-1$
                .member("kind", "external").member("status", "accepted").member("justification", s.justification()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .name("properties").beginObject().member("author", s.author()).member("date", s.date().toString()).endObject() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .endObject().endArray());
        json.name("properties").beginObject().name("elementIds").beginArray(); //$NON-NLS-1$ //$NON-NLS-2$
        finding.elementIds().forEach(json::value);
        json.endArray().name("evidence").beginArray(); //$NON-NLS-1$
        finding.evidence().forEach(e -> json.value(e.statement()));
        json.endArray().endObject();
        json.endObject();
    }

    static String level(Severity severity) {
        return switch (severity) {
        case ERROR -> "error"; //$NON-NLS-1$
        case WARNING -> "warning"; //$NON-NLS-1$
        case INFO -> "note"; //$NON-NLS-1$
        };
    }
}
