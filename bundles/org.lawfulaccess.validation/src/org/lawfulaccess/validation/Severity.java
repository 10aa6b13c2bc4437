/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; ordered from the most to the least serious. */
public enum Severity {
    /** The model shows access that fails or a model that is wrong. */
    ERROR,
    /** Access is weakened or at risk. */
    WARNING,
    /** Worth knowing; nothing is blocked. */
    INFO;

    /**
     * @param threshold another severity
     * @return whether this severity is at least as serious as the threshold
     */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** @return the lower-case name used in files and on the command line */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param text error, warning or info, in any case
     * @return the severity, or empty if the text names none
     */
    public static Optional<Severity> parse(String text) {
        for (Severity severity : values()) {
            if (severity.id().equalsIgnoreCase(text.trim())) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
