/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.explorer;

import java.util.Arrays;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.lawfulaccess.model.Ecosystem;

/**
 * The Model Explorer's filter box: shows the elements whose label contains the typed text, ignoring
 * case, with the folders and elements that lead to them; the models themselves always show.
 */
final class NameFilter extends ViewerFilter {

    private String text = ""; //$NON-NLS-1$

    /** @param typed the text typed in the filter box; blank shows everything */
    void setText(String typed) {
        text = typed.strip().toLowerCase(Locale.ROOT);
    }

    boolean isActive() {
        return !text.isEmpty();
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        return text.isEmpty() || element instanceof Ecosystem root && root.eContainer() == null
                || matches((StructuredViewer) viewer, element);
    }

    private boolean matches(StructuredViewer viewer, Object element) {
        if (element instanceof EObject && ((ILabelProvider) viewer.getLabelProvider()).getText(element).toLowerCase(Locale.ROOT).contains(text)) {
            return true;
        }
        return Arrays.stream(((ITreeContentProvider) viewer.getContentProvider()).getChildren(element)).anyMatch(child -> matches(viewer, child));
    }
}
