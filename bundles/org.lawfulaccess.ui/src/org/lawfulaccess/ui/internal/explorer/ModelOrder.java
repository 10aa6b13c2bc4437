/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.explorer;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/**
 * Keeps the explorer in the model's order (folders as analysts think of them, elements as the
 * analyst arranged them in the file) instead of the navigator's alphabetical default; the sort is
 * stable, so equal elements stay where the content put them.
 */
public final class ModelOrder extends ViewerComparator {

    @Override
    public int compare(Viewer viewer, Object first, Object second) {
        return 0;
    }
}
