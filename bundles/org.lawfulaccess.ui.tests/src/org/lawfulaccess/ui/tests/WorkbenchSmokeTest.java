/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
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
        assertEquals(1, Ui.menuBarItems(window.getShell(), "File").stream().filter(t -> t.startsWith("Open File")).count(),
                "one Open File: " + Ui.menuBarItems(window.getShell(), "File"));
        Ui.screenshot(window.getShell(), "workbench.png");
    }

    @Test
    void theUsualKeysAreBound() {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        Map<String, String> expected = Map.of("org.eclipse.ui.file.save", "Ctrl+S", "org.eclipse.ui.edit.undo", "Ctrl+Z",
                "org.eclipse.ui.edit.redo", "Ctrl+Y", "org.eclipse.ui.edit.rename", "F2", "org.eclipse.ui.edit.delete", "Delete",
                "org.eclipse.ui.edit.copy", "Ctrl+C", "org.eclipse.ui.edit.paste", "Ctrl+V", "org.lawfulaccess.ui.openFile", "Ctrl+O");
        expected.forEach((command, key) -> {
            List<String> keys = Arrays.stream(bindings.getActiveBindingsFor(command)).map(TriggerSequence::format).toList();
            assertTrue(keys.contains(key), command + " is bound to " + keys);
        });
    }
}
