/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The findings of one run, sorted by rule id.
 *
 * @param findings all findings, suppressed ones included
 * @param date the date the model was validated at
 * @param rules the rules that ran
 * @param elementsEvaluated how many elements at least one rule checked
 */
public record ValidationResult(List<Finding> findings, LocalDate date, List<RuleDescriptor> rules, int elementsEvaluated) {

    /** Copies the lists. */
    public ValidationResult {
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
    }

    /** @return the findings that are not suppressed */
    public List<Finding> active() {
        return findings.stream().filter(f -> !f.isSuppressed()).toList();
    }

    /**
     * @param threshold a severity
     * @param onlyNew whether to count only findings that are new against a baseline
     * @return whether an unsuppressed finding at or above the threshold exists
     */
    public boolean fails(Severity threshold, boolean onlyNew) {
        return active().stream().anyMatch(f -> f.severity().isAtLeast(threshold)
                && (!onlyNew || f.baseline() != Finding.BaselineState.UNCHANGED));
    }

    /** @param severity a severity @return how many unsuppressed findings have it */
    public long count(Severity severity) {
        return active().stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * @param baseline the fingerprints of an earlier run
     * @return this result with every finding marked new or unchanged
     */
    public ValidationResult compareWith(Baseline baseline) {
        List<Finding> marked = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            marked.add(f.withBaseline(baseline.contains(f.fingerprint()) ? Finding.BaselineState.UNCHANGED : Finding.BaselineState.NEW));
        }
        return new ValidationResult(marked, date, rules, elementsEvaluated);
    }

    /**
     * @param baseline the fingerprints of an earlier run
     * @return the fingerprints of the baseline that this run no longer finds (fixed)
     */
    public Set<String> fixedSince(Baseline baseline) {
        Set<String> now = findings.stream().map(Finding::fingerprint).collect(Collectors.toSet());
        return baseline.fingerprints().stream().filter(fp -> !now.contains(fp)).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
