/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.util.Objects;

/**
 * A parameter a rule reads from the configuration ({@code LA-TIME-01.marginDays = 30}), declared in
 * its descriptor so that the catalogue page and the preferences can name it.
 *
 * @param name the name after the rule id and the dot, e.g. {@code marginDays}
 * @param defaultValue the value the rule uses when the configuration sets none, as it would be written there
 * @param description what it changes, a sentence
 */
public record RuleParameter(String name, String defaultValue, String description) {

    /** Checks that the name is set. */
    public RuleParameter {
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        defaultValue = defaultValue == null ? "" : defaultValue; //$NON-NLS-1$
        description = description == null ? "" : description; //$NON-NLS-1$
    }
}
