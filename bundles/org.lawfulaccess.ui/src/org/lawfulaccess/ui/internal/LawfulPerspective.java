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
        // As Capella lays out its views: the explorer on the left; below the editor the findings beside
        // the properties of the selection and the evidence of a finding; the routes of the selected
        // scenario beside the editor.
        layout.addView(ModelExplorer.ID, IPageLayout.LEFT, 0.24f, editors);
        IFolderLayout findings = layout.createFolder("findings", IPageLayout.BOTTOM, 0.55f, editors); //$NON-NLS-1$
        findings.addView(IPageLayout.ID_PROBLEM_VIEW);
        IFolderLayout details = layout.createFolder("details", IPageLayout.RIGHT, 0.5f, "findings"); //$NON-NLS-1$ //$NON-NLS-2$
        details.addView(IPageLayout.ID_PROP_SHEET);
        details.addView(EvidenceView.ID); // beside the Problems view, so a finding and its evidence show together
        layout.addView(RouteView.ID, IPageLayout.RIGHT, 0.5f, editors);
        layout.addShowViewShortcut(ModelExplorer.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(EvidenceView.ID);
        layout.addShowViewShortcut(RouteView.ID);
    }
}
