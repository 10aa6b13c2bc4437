/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** Help &gt; Help Contents is in the menu and the help system knows the user guide (no browser is opened). */
class HelpMenuTest {

    @Test
    void helpContentsIsInTheHelpMenu() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Menu bar = window.getShell().getMenuBar();
        MenuItem help = item(bar, "Help").orElseThrow(() -> new AssertionError("no Help menu in " + labels(bar)));
        // Menus fill themselves when shown; the first show builds the items as a user would see them.
        help.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        MenuItem contents = item(help.getMenu(), "Help Contents")
                .orElseThrow(() -> new AssertionError("no Help Contents in Help: " + labels(help.getMenu())));
        assertTrue(contents.isEnabled(), "Help Contents is disabled");
        help.getMenu().notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
    }

    @Test
    void theHelpSystemHasTheUserGuide() {
        Optional<IToc> guide = Arrays.stream(HelpSystem.getTocs()).filter(t -> "Lawful Access Workbench User Guide".equals(t.getLabel()))
                .findFirst();
        assertTrue(guide.isPresent(), "the user guide is not in the help system's tables of contents");
        assertNotNull(guide.get().getTopic("/org.lawfulaccess.help/generated/rules.html"), "the rule catalogue is not in the user guide");
    }

    /** @return the item whose label, without mnemonic and accelerator, is the text */
    private static Optional<MenuItem> item(Menu menu, String text) {
        return Arrays.stream(menu.getItems()).filter(i -> label(i).equals(text)).findFirst();
    }

    private static String label(MenuItem item) {
        return item.getText().replace("&", "").replaceFirst("\t.*", "").strip();
    }

    private static String labels(Menu menu) {
        return Arrays.toString(Arrays.stream(menu.getItems()).map(HelpMenuTest::label).toArray());
    }
}
