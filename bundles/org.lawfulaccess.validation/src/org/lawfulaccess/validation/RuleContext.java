/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.model.Ecosystem;

/**
 * What a rule sees of a validation run. One context serves all rules and targets of a run; it is
 * used from one thread.
 */
public interface RuleContext {

    /** @return the model root being validated, or null if the resource holds no ecosystem */
    Ecosystem ecosystem();

    /**
     * @return the date the model is validated at: the one asked for, otherwise the model's as-of date,
     *         otherwise today. Facts are valid or not, and instruments in force or not, at this date.
     */
    LocalDate date();

    /** @return the id of the rule being evaluated */
    String ruleId();

    /**
     * @param name a parameter name, e.g. {@code marginDays} for {@code LA-TIME-01.marginDays}
     * @return the configured value for the rule being evaluated, if set
     */
    Optional<String> parameter(String name);

    /**
     * @param name a parameter name
     * @param defaultValue the value if none is configured
     * @return the configured integer, or the default
     * @throws IllegalArgumentException if the configured value is not an integer (the configuration
     *         parser already rejects this for parameters it knows)
     */
    default long longParameter(String name, long defaultValue) {
        return parameter(name).map(String::trim).map(Long::parseLong).orElse(defaultValue);
    }

    /**
     * Computes an analysis on first use in this run and returns the same result afterwards.
     *
     * @param <T> the result type
     * @param analysis the analysis, used as the key
     * @return its result for this run
     */
    <T> T shared(Analysis<T> analysis);

    /**
     * Declares that the current check reads an element and what it contains (for a model-scoped
     * rule). An incremental validation then checks it again when that element or its contents
     * change, so the rule need not name their classes in {@link RuleDescriptor#reads}, which would
     * re-check every target after any edit of an element of such a class.
     *
     * @param element an element the check reads
     */
    default void reads(EObject element) {
        // nothing to record outside an incremental validation
    }

    /**
     * Like {@link #shared(Analysis)}, for a check that reads only one part of the result, such as
     * the routes of one scenario. An incremental validation then checks the caller again after an
     * edit only if the analysis {@linkplain Analysis#update updates} that part (or is computed
     * again), instead of after every edit that affects the analysis. Call it once per part read.
     *
     * @param <T> the result type
     * @param analysis the analysis, used as the key
     * @param part the part read, in the terms of the analysis's {@link Analysis.Updated#changedParts()}
     * @return its result for this run
     */
    default <T> T shared(Analysis<T> analysis, Object part) {
        return shared(analysis);
    }

    /**
     * @param element a model element
     * @return how messages name it: its type and name, e.g. {@code Provider "Example Mail"}
     */
    String label(EObject element);

    /**
     * Reports a finding with the rule's configured severity.
     *
     * @param message what is wrong, naming the elements involved (see {@link #label(EObject)})
     * @param elements the elements involved, most specific first; they make the fingerprint
     * @return the finding
     */
    Finding report(String message, EObject... elements);

    /**
     * Starts a finding that needs more than a message: evidence, a discriminator, a severity.
     * Nothing is reported until {@link FindingBuilder#report()} is called.
     *
     * @param elements the elements involved, most specific first
     * @return a builder
     */
    FindingBuilder finding(EObject... elements);
}
