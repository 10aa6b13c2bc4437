/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.ui.internal.LawfulPerspective;

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
        assertNotNull(page.findView(IPageLayout.ID_OUTLINE), "Outline view missing");
        assertTrue(window.getShell().getMenuBar().getItemCount() >= 4, "menu bar incomplete");
        saveScreenshot(window.getShell(), "workbench.png");
    }

    /** Keeps a picture of the window for people reviewing a build (and for the README). */
    private static void saveScreenshot(Shell shell, String name) throws IOException {
        String folder = System.getProperty("lawful.screenshots");
        if (folder == null) {
            return;
        }
        Display display = shell.getDisplay();
        while (display.readAndDispatch()) {
            // let the window finish painting
        }
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            Files.createDirectories(Path.of(folder));
            loader.save(Path.of(folder, name).toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
