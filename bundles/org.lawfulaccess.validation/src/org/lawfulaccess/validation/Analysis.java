/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import org.eclipse.emf.common.notify.Notification;

/**
 * A computation over the whole model that several rules read, such as the route analysis. The
 * instance is the cache key: declare it once as a constant and pass the same instance everywhere.
 *
 * @param <T> the result; immutable, since all rules of a run share it
 */
@FunctionalInterface
public interface Analysis<T> {

    /**
     * Computes the result; called at most once per validation run (and again after an edit).
     *
     * @param context the run's context (model and date); do not report findings from here
     * @return the result
     */
    T compute(RuleContext context);

    /**
     * Whether an edit can change this analysis's result. An incremental validation keeps a result
     * across edits for which this is false, so that, say, renaming an element does not recompute
     * the routes of the whole model. Answer false only for edits the computation certainly does not
     * read; the default, true, is always correct.
     *
     * @param notification the EMF notification of the edit
     * @return whether the result must be computed again
     */
    default boolean affectedBy(Notification notification) {
        return true;
    }
}
