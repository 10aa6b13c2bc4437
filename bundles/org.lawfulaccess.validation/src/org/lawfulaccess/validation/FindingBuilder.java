/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import org.eclipse.emf.ecore.EObject;

/** Assembles one finding; obtained from {@link RuleContext#finding(EObject...)}. */
public interface FindingBuilder {

    /** @param text what is wrong, naming the elements involved @return this builder */
    FindingBuilder message(String text);

    /**
     * Distinguishes several findings of one rule on the same elements (e.g. the route kind), so
     * that their fingerprints differ. Must not contain names or dates that an edit could change
     * without changing the problem.
     *
     * @param value a stable discriminator
     * @return this builder
     */
    FindingBuilder discriminator(String value);

    /**
     * Overrides the rule's severity for this finding (e.g. an error where the data is certainly
     * gone, a warning where it may be). A severity configured by the user still wins.
     *
     * @param severity the severity
     * @return this builder
     */
    FindingBuilder severity(Severity severity);

    /**
     * Adds a fact the finding rests on, with the quotes of its citations.
     *
     * @param fact a model element, usually a {@code Fact} or another {@code Sourced}
     * @return this builder
     */
    FindingBuilder evidence(EObject fact);

    /**
     * Adds a fact stated in words (e.g. "no point of contact between ..."), without sources.
     *
     * @param statement the fact
     * @return this builder
     */
    FindingBuilder evidence(String statement);

    /** @return the finding, now reported */
    Finding report();
}
