/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

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
}
