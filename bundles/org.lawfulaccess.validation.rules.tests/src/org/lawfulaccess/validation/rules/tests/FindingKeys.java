/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules.tests;

import java.util.ArrayList;
import java.util.List;

import org.lawfulaccess.validation.Finding;

/**
 * Findings as sorted text (rule, fingerprint, severity, message, element paths, evidence with its quotes),
 * for comparing two validations on everything a report shows.
 */
final class FindingKeys {

    private FindingKeys() {
    }

    static List<String> of(List<Finding> findings) {
        List<String> keys = new ArrayList<>();
        findings.forEach(f -> keys.add(f.ruleId() + " " + f.fingerprint() + " " + f.severity() + " " + f.message() + " at "
                + f.elementPaths() + " on " + f.evidence()));
        keys.sort(null);
        return keys;
    }
}
