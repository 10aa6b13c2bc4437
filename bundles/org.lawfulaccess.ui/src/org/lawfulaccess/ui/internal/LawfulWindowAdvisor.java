/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Shapes the main window: size, title, status line and the menu bar. */
final class LawfulWindowAdvisor extends WorkbenchWindowAdvisor {

    LawfulWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    private static final String IDE_OPEN_FILES = "org.eclipse.ui.actionSet.openFiles"; //$NON-NLS-1$

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new LawfulActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle(Messages.windowTitle);
    }

    @Override
    public void postWindowOpen() {
        WindowTitle.follow(getWindowConfigurer().getWindow());
        // The IDE's own File > Open File... would stand beside ours, which links the file for its markers.
        if (getWindowConfigurer().getWindow().getActivePage() != null) {
            getWindowConfigurer().getWindow().getActivePage().hideActionSet(IDE_OPEN_FILES);
        }
    }
}
