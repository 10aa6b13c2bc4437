/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.explorer;

/**
 * A slice of a large folder ("Criminalisations 1001-2000"), so that no tree node ever creates more
 * than {@link #SIZE} items at once: a 100k-element model opens and scrolls without creating tens of
 * thousands of tree items, as the Eclipse debugger partitions large arrays.
 *
 * @param group the folder
 * @param from the first index, inclusive
 * @param to the last index, exclusive
 */
public record ModelRange(ModelGroup group, int from, int to) {

    /** The most items one node shows. */
    static final int SIZE = 500;
}
