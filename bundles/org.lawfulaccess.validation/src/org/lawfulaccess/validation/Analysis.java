/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.util.Set;

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

    /**
     * Brings a result up to date after an edit that {@linkplain #affectedBy affects} it, for an
     * analysis that can do so for less than computing it again, and says which parts of the result
     * changed; checks that read only other parts (see {@link RuleContext#shared(Analysis, Object)})
     * are then not run again. Called only by an incremental validation, after each edit, with the
     * result from before the edit, which it does not use afterwards. The default computes again.
     *
     * @param previous the result before the edit
     * @param notification the EMF notification of the edit
     * @param context the run's context, as for {@link #compute}
     * @return the result after the edit with the parts that may differ, or null to compute it again
     */
    default Updated<T> update(T previous, Notification notification, RuleContext context) {
        return null;
    }

    /**
     * A result brought up to date.
     *
     * @param <T> the result type
     * @param result the result after the edit
     * @param changedParts the parts whose value may differ from before the edit
     */
    record Updated<T>(T result, Set<?> changedParts) {
        /** Copies the set. */
        public Updated {
            changedParts = Set.copyOf(changedParts);
        }
    }
}
