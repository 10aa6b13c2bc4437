/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** The menu bar: the standard File, Edit and Help actions, retargeted by the active part. */
final class LawfulActionBarAdvisor extends ActionBarAdvisor {

    LawfulActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
        MenuManager file = new MenuManager(Messages.menuFile, IWorkbenchActionConstants.M_FILE);
        file.add(new Separator(IWorkbenchActionConstants.FILE_START));
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(add(ActionFactory.SAVE, window));
        file.add(add(ActionFactory.SAVE_AS, window));
        file.add(add(ActionFactory.REVERT, window));
        file.add(new Separator());
        file.add(add(ActionFactory.CLOSE, window));
        file.add(add(ActionFactory.CLOSE_ALL, window));
        file.add(new Separator());
        file.add(ContributionItemFactory.REOPEN_EDITORS.create(window));
        file.add(new Separator());
        file.add(add(ActionFactory.QUIT, window));
        file.add(new Separator(IWorkbenchActionConstants.FILE_END));

        MenuManager edit = new MenuManager(Messages.menuEdit, IWorkbenchActionConstants.M_EDIT);
        edit.add(add(ActionFactory.UNDO, window));
        edit.add(add(ActionFactory.REDO, window));
        edit.add(new Separator());
        edit.add(add(ActionFactory.COPY, window));
        edit.add(add(ActionFactory.PASTE, window));
        edit.add(add(ActionFactory.DELETE, window));
        edit.add(add(ActionFactory.RENAME, window));
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager windowMenu = new MenuManager(Messages.menuWindow, IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager(Messages.menuShowView, "showView"); //$NON-NLS-1$
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        windowMenu.add(showView);
        windowMenu.add(add(ActionFactory.RESET_PERSPECTIVE, window));
        windowMenu.add(add(ActionFactory.PREFERENCES, window));

        MenuManager help = new MenuManager(Messages.menuHelp, IWorkbenchActionConstants.M_HELP);
        help.add(add(ActionFactory.HELP_CONTENTS, window)); // the user guide and the rule catalogue
        help.add(new Separator());
        help.add(add(ActionFactory.ABOUT, window));

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu);
        menuBar.add(help);
    }

    private ActionFactory.IWorkbenchAction add(ActionFactory factory, IWorkbenchWindow window) {
        ActionFactory.IWorkbenchAction action = factory.create(window);
        register(action);
        return action;
    }
}
