/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * One check of the catalogue. The engine calls {@link #check} once per instance of each of the
 * descriptor's target classes, with a context that is shared by all rules of one run.
 * <p>
 * A rule is stateless and thread-safe, names no particular element (renaming every element of a
 * model must give identical findings), reads dates through {@link RuleContext#date()} and reports
 * through {@link RuleContext#report(String, EObject...)} or {@link RuleContext#finding(EObject...)}.
 * Expensive analyses (the routes of all scenarios) are obtained through
 * {@link RuleContext#shared(Analysis)} so that they are computed once per run.
 */
public interface Rule {

    /** @return the rule's metadata; the same object on every call */
    RuleDescriptor descriptor();

    /**
     * Checks one target and reports what is wrong with it.
     *
     * @param target an instance of one of the descriptor's target classes
     * @param context the run: model, date, parameters, shared analyses, reporting
     */
    void check(EObject target, RuleContext context);
}
