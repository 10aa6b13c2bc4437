/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal.report;

import java.io.PrintWriter;

/** Writes a {@link Report} in one format. */
public interface ReportWriter {

    /**
     * @param report the report
     * @param out where it goes; not closed
     */
    void write(Report report, PrintWriter out);

    /**
     * @param format text, json, sarif or junit
     * @return the writer for that format
     * @throws IllegalArgumentException for another format
     */
    static ReportWriter forFormat(String format) {
        return switch (format) {
        case "text" -> new TextReport(); //$NON-NLS-1$
        case "json" -> new JsonReport(); //$NON-NLS-1$
        case "sarif" -> new SarifReport(); //$NON-NLS-1$
        case "junit" -> new JUnitReport(); //$NON-NLS-1$
        default -> throw new IllegalArgumentException(format);
        };
    }
}
