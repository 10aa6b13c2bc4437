/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.properties;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.edit.ui.Selections;
import org.lawfulaccess.ui.internal.Messages;

/** The title of the properties: the selected element as the label service names it, with its type. */
public final class TitleLabelProvider extends LabelProvider {

    @Override
    public String getText(Object element) {
        List<EObject> selected = element instanceof ISelection selection ? Selections.eObjects(selection) : List.of();
        if (selected.size() == 1) {
            return Labels.reference(selected.get(0));
        }
        return selected.isEmpty() ? "" : Messages.bind(Messages.propertiesSeveral, selected.size()); //$NON-NLS-1$
    }
}
