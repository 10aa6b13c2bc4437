/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.ui.internal.LawfulPerspective;
import org.lawfulaccess.ui.internal.explorer.ModelExplorer;
import org.lawfulaccess.ui.tests.support.Ui;

/** The product's own application starts and shows the analyst's window as a user first sees it. */
class WorkbenchSmokeTest {

    @Test
    void windowOpensInTheLawfulAccessPerspective() throws IOException {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no workbench window");
        IWorkbenchPage page = window.getActivePage();
        assertEquals(LawfulPerspective.ID, page.getPerspective().getId());
        assertEquals("Lawful Access Workbench", window.getShell().getText());
        assertNotNull(page.findView(IPageLayout.ID_PROP_SHEET), "Properties view missing");
        assertNotNull(page.findView(ModelExplorer.ID), "Model Explorer missing");
        assertNotNull(page.findViewReference(IPageLayout.ID_PROBLEM_VIEW), "Problems view missing");
        assertTrue(window.getShell().getMenuBar().getItemCount() >= 4, "menu bar incomplete");
        Ui.screenshot(window.getShell(), "workbench.png");
    }
}
