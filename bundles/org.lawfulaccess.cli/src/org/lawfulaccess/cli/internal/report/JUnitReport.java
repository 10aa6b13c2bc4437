/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.RuleDescriptor;

/**
 * JUnit XML for CI dashboards: one test suite per file, one test case per rule that ran, one
 * failure per unsuppressed finding; suppressed findings are listed in the case's output. Content a
 * load kept without reading it is listed in the output of a passing case {@code load}. A file
 * that could not be read is a suite whose one case, {@code load}, has an error. Written by
 * hand: the javax.xml packages would be one more import for the OSGi runtime.
 */
final class JUnitReport implements ReportWriter {

    @Override
    public void write(Report report, PrintWriter out) {
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"); //$NON-NLS-1$
        int tests = 0;
        int failures = 0;
        List<String> suites = new ArrayList<>();
        for (Report.FileResult file : report.files()) {
            Map<String, List<Finding>> byRule = new LinkedHashMap<>();
            report.rules().forEach(r -> byRule.put(r.id(), new ArrayList<>()));
            file.result().findings().forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
            StringBuilder suite = new StringBuilder();
            int suiteFailures = 0;
            int suiteTests = byRule.size();
            if (!file.warnings().isEmpty()) {
                suiteTests++;
                StringBuilder text = new StringBuilder();
                file.warnings().forEach(w -> text.append("warning ").append(w.hasPosition() ? "line " + w.line() + ": " : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        .append(w.message()).append('\n'));
                suite.append("    <testcase classname=\"").append(escape(Report.uriOf(file.file()))).append("\" name=\"load\">\n") //$NON-NLS-1$ //$NON-NLS-2$
                        .append("      <system-out>").append(escape(text.toString())).append("</system-out>\n    </testcase>\n"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            for (Map.Entry<String, List<Finding>> entry : byRule.entrySet()) {
                suiteFailures += testCase(suite, Report.uriOf(file.file()), title(report, entry.getKey()), entry.getKey(), entry.getValue());
            }
            tests += suiteTests;
            failures += suiteFailures;
            suites.add("  <testsuite name=\"" + escape(Report.uriOf(file.file())) + "\" tests=\"" + suiteTests //$NON-NLS-1$ //$NON-NLS-2$
                    + "\" failures=\"" + suiteFailures + "\" errors=\"0\" skipped=\"0\">\n" + suite + "  </testsuite>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        for (Report.Unreadable file : report.unreadable()) {
            String name = escape(Report.uriOf(file.file()));
            tests++;
            suites.add("  <testsuite name=\"" + name + "\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n" //$NON-NLS-1$ //$NON-NLS-2$
                    + "    <testcase classname=\"" + name + "\" name=\"load\">\n" //$NON-NLS-1$ //$NON-NLS-2$
                    + "      <error type=\"unreadable\" message=\"" + escape(file.message()) + "\"/>\n" //$NON-NLS-1$ //$NON-NLS-2$
                    + "    </testcase>\n  </testsuite>"); //$NON-NLS-1$
        }
        out.println("<testsuites name=\"lawful validate\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + report.unreadable().size() + "\">"); //$NON-NLS-1$
        suites.forEach(out::println);
        out.println("</testsuites>"); //$NON-NLS-1$
        out.flush();
    }

    private static int testCase(StringBuilder xml, String file, String title, String ruleId, List<Finding> findings) {
        xml.append("    <testcase classname=\"").append(escape(file)).append("\" name=\"").append(escape(ruleId + ' ' + title)).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        int failed = 0;
        StringBuilder suppressed = new StringBuilder();
        for (Finding finding : findings) {
            if (finding.isSuppressed()) {
                suppressed.append(finding.severity().id()).append(' ').append(finding.primaryPath()).append(": ").append(finding.message()) //$NON-NLS-1$
                        .append(" (suppressed: ").append(finding.suppression().justification()).append(")\n"); //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            failed++;
            xml.append("      <failure type=\"").append(finding.severity().id()).append("\" message=\"").append(escape(finding.message())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("\">").append(escape(finding.primaryPath() + " [" + finding.fingerprint() + ']')).append("</failure>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (!suppressed.isEmpty()) {
            xml.append("      <system-out>").append(escape(suppressed.toString())).append("</system-out>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        xml.append("    </testcase>\n"); //$NON-NLS-1$
        return failed;
    }

    private static String title(Report report, String ruleId) {
        return report.rules().stream().filter(r -> r.id().equals(ruleId)).map(RuleDescriptor::title).findFirst().orElse(""); //$NON-NLS-1$
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '<' -> s.append("&lt;"); //$NON-NLS-1$
            case '>' -> s.append("&gt;"); //$NON-NLS-1$
            case '&' -> s.append("&amp;"); //$NON-NLS-1$
            case '"' -> s.append("&quot;"); //$NON-NLS-1$
            case '\'' -> s.append("&apos;"); //$NON-NLS-1$
            default -> {
                // XML 1.0 cannot carry other control characters at all.
                if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                    s.append(c);
                }
            }
            }
        }
        return s.toString();
    }
}
