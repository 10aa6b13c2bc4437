/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.lawfulaccess.ui.internal.explorer.ModelExplorer;
import org.lawfulaccess.ui.internal.routes.RouteView;
import org.lawfulaccess.ui.internal.validation.EvidenceView;

/** The analyst's layout: the Model Explorer on the left, the model editor in the middle, properties and problems below. */
public final class LawfulPerspective implements IPerspectiveFactory {

    public static final String ID = "org.lawfulaccess.ui.perspective"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.addView(ModelExplorer.ID, IPageLayout.LEFT, 0.26f, editors);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, editors); //$NON-NLS-1$
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(EvidenceView.ID);
        bottom.addView(RouteView.ID);
        layout.addShowViewShortcut(ModelExplorer.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(EvidenceView.ID);
        layout.addShowViewShortcut(RouteView.ID);
    }
}
