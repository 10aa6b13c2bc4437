/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.tests;

import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.ui.tests.support.Ui;

/**
 * What the workbench's UI tests share: the window and page they drive, a folder for their model
 * files, and no editor left open after each test.
 */
abstract class WorkbenchTestCase {

    @TempDir
    Path folder;

    final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    final IWorkbenchPage page = window.getActivePage();

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
        Ui.flush();
    }
}
