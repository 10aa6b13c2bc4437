/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * What UI tests need over SWT's own API, since SWTBot is not available: wait for a condition
 * while dispatching events (Eclipse's DisplayHelper.waitForCondition), find widgets in a widget
 * tree, drive them with the event sequences a user's gesture produces (SWTBot's
 * notifyListeners approach), answer a dialog that a gesture opens, and keep screenshots.
 */
public final class Ui {

    /** How long a condition may take before the test fails; generous, since CI machines are slow and shared. */
    public static final long TIMEOUT_MS = 20_000;

    private Ui() {
    }

    /** Dispatches pending events until none is left. */
    public static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep going
        }
    }

    /**
     * Dispatches events until the condition holds.
     *
     * @param what what is awaited, for the failure message
     * @param condition the condition
     * @throws AssertionError if it does not hold within {@link #TIMEOUT_MS}
     */
    public static void waitFor(String what, BooleanSupplier condition) {
        waitFor(what, TIMEOUT_MS, 20, condition);
    }

    /**
     * Dispatches events until the condition holds, checking it at least every {@code pollMillis}.
     *
     * @param what what is awaited, for the failure message
     * @param timeoutMillis how long to wait at most
     * @param pollMillis the longest time between two checks when no event comes
     * @param condition the condition
     * @throws AssertionError if it does not hold in time
     */
    public static void waitFor(String what, long timeoutMillis, int pollMillis, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for " + what); //$NON-NLS-1$
            }
            if (!display.readAndDispatch()) {
                display.timerExec(pollMillis, () -> {
                    // wakes the sleeping loop
                });
                display.sleep();
            }
        }
    }

    /**
     * @return the value once it is present, dispatching events meanwhile
     */
    public static <T> T waitFor(String what, Supplier<Optional<T>> value) {
        Object[] found = new Object[1];
        waitFor(what, () -> {
            Optional<T> v = value.get();
            v.ifPresent(x -> found[0] = x);
            return v.isPresent();
        });
        @SuppressWarnings("unchecked")
        T result = (T) found[0];
        return result;
    }

    /** @return every control below (and including) the root that is of the type and matches */
    public static <T extends Control> List<T> findAll(Control root, Class<T> type, Predicate<T> matches) {
        List<T> found = new ArrayList<>();
        collect(root, type, matches, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> matches, List<T> found) {
        if (type.isInstance(control) && matches.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, matches, found);
            }
        }
    }

    /** @return the first matching control, if any */
    public static <T extends Control> Optional<T> find(Control root, Class<T> type, Predicate<T> matches) {
        return findAll(root, type, matches).stream().findFirst();
    }

    /** @return every item of the tree, depth first, including those inside collapsed items */
    public static List<TreeItem> allItems(Tree tree) {
        List<TreeItem> all = new ArrayList<>();
        Arrays.stream(tree.getItems()).forEach(item -> collect(item, all));
        return all;
    }

    private static void collect(TreeItem item, List<TreeItem> into) {
        into.add(item);
        Arrays.stream(item.getItems()).forEach(child -> collect(child, into));
    }

    /** @return the texts of the tree's top items */
    public static List<String> texts(TreeItem[] items) {
        return Arrays.stream(items).map(TreeItem::getText).toList();
    }

    /** @return the top item whose text starts with the prefix */
    public static Optional<TreeItem> item(Tree tree, String prefix) {
        return Arrays.stream(tree.getItems()).filter(i -> i.getText().startsWith(prefix)).findFirst();
    }

    /** @return the child whose text starts with the prefix, expanding the item first as a user does */
    public static Optional<TreeItem> child(TreeItem item, String prefix) {
        expand(item);
        return Arrays.stream(item.getItems()).filter(i -> i.getText().startsWith(prefix)).findFirst();
    }

    /** Expands a tree item with the events a click on its twistie sends, so lazy content is filled. */
    public static void expand(TreeItem item) {
        if (alive(item) && !item.getExpanded()) {
            Event event = new Event();
            event.item = item;
            item.getParent().notifyListeners(SWT.Expand, event);
            if (alive(item)) {
                item.setExpanded(true);
            }
            flush();
        }
    }

    /** Selects a tree item as a click does: selection, then the selection event. */
    public static void select(TreeItem item) {
        Tree tree = item.getParent();
        tree.setFocus();
        tree.setSelection(item);
        Event event = new Event();
        event.item = item;
        tree.notifyListeners(SWT.Selection, event);
        flush();
    }

    /**
     * Opens a control's context menu and clicks the item at the path, e.g. "New", "Jurisdiction".
     *
     * @throws AssertionError naming the missing item and what the menu offered
     */
    public static void clickMenu(Control control, String... path) {
        Menu menu = control.getMenu();
        if (menu == null) {
            throw new AssertionError("no context menu on " + control); //$NON-NLS-1$
        }
        clickMenu(menu, path);
    }

    /**
     * Clicks the item at the path in the shell's menu bar, e.g. "File", "New", "Model...".
     *
     * @throws AssertionError naming the missing item and what the menu offered
     */
    public static void clickMenuBar(Shell shell, String... path) {
        Menu bar = shell.getMenuBar();
        if (bar == null) {
            throw new AssertionError("no menu bar on " + shell); //$NON-NLS-1$
        }
        clickMenu(bar, path);
    }

    /**
     * @return the texts (without mnemonics and accelerators) of the menu-bar menu at the path, as
     *         the menu shows them when opened, e.g. for "File": New, Open File..., ...
     */
    public static List<String> menuBarItems(Shell shell, String... path) {
        Menu menu = shell.getMenuBar();
        for (String wanted : path) {
            menu = item(menu, wanted).getMenu();
        }
        return showItems(menu);
    }

    private static void clickMenu(Menu top, String... path) {
        Menu menu = top;
        for (int i = 0; i < path.length - 1; i++) {
            menu = item(menu, path[i]).getMenu();
        }
        item(menu, path[path.length - 1]).notifyListeners(SWT.Selection, new Event());
        flush();
    }

    /** @return the item of the menu whose text starts with the wanted one, once the menu was shown */
    private static MenuItem item(Menu menu, String wanted) {
        List<String> texts = showItems(menu);
        return Arrays.stream(menu.getItems()).filter(m -> plain(m.getText()).startsWith(wanted)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + wanted + " in " + texts)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Shows the menu as opening it does, so that contributions fill it, and lists its items. */
    private static List<String> showItems(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        flush();
        return Arrays.stream(menu.getItems()).map(m -> plain(m.getText())).toList();
    }

    /** @return a menu or button text as it shows: without its mnemonic marker and accelerator, {@code &&} as {@code &} */
    public static String plain(String text) {
        String withoutAccelerator = text.contains("\t") ? text.substring(0, text.indexOf('\t')) : text; //$NON-NLS-1$
        return withoutAccelerator.replace("&&", "\0").replace("&", "").replace("\0", "&"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    /**
     * Arranges for the dialog a gesture is about to open to be answered: once a shell with the title
     * appears, its text is handed to the check and the button is pressed.
     *
     * @param title the dialog's title
     * @param button the label of the button to press, e.g. "OK"
     * @param seen receives the dialog's texts (labels), for assertions after the gesture
     */
    public static void answerDialog(String title, String button, List<String> seen) {
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        poll[0] = () -> {
            Optional<Shell> dialog = Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText()))
                    .findFirst();
            if (dialog.isPresent()) {
                findAll(dialog.get(), Label.class, l -> true).forEach(l -> seen.add(l.getText()));
                Button pressed = find(dialog.get(), Button.class, b -> plain(b.getText()).equals(button))
                        .orElseThrow(() -> new AssertionError("no button " + button)); //$NON-NLS-1$
                pressed.notifyListeners(SWT.Selection, new Event());
            } else if (System.currentTimeMillis() < end) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
    }

    /** Steps a test takes in a dialog while the dialog's own event loop runs. */
    @FunctionalInterface
    public interface DialogSteps {
        /** @param dialog the dialog's shell */
        void run(Shell dialog) throws Exception;
    }

    /**
     * Does a gesture that opens a modal dialog (a wizard from a menu, say), and takes the steps in
     * the dialog once it shows, inside the dialog's event loop, as a user would. The dialog is
     * closed if the steps leave it open; a failure in the steps is thrown here once the gesture
     * has returned.
     *
     * @param title the dialog's title
     * @param gesture what opens the dialog; it returns when the dialog closes
     * @param steps what to do in the dialog
     * @throws AssertionError if the dialog does not show, or the steps fail
     */
    public static void inDialog(String title, Runnable gesture, DialogSteps steps) throws Exception {
        Display display = Display.getCurrent();
        Exception[] failed = new Exception[1];
        Error[] broken = new Error[1];
        boolean[] shown = new boolean[1];
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Optional<Shell> dialog = shell(display, title);
            if (dialog.isPresent()) {
                shown[0] = true;
                try {
                    steps.run(dialog.get());
                } catch (Exception e) {
                    failed[0] = e;
                } catch (Error e) {
                    broken[0] = e;
                } finally {
                    if (alive(dialog.get())) {
                        dialog.get().close();
                    }
                }
            } else if (System.currentTimeMillis() < end) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
        gesture.run();
        waitFor("the dialog " + title, () -> shown[0] && shell(display, title).isEmpty()); //$NON-NLS-1$
        if (broken[0] != null) {
            throw broken[0];
        }
        if (failed[0] != null) {
            throw failed[0];
        }
    }

    private static Optional<Shell> shell(Display display, String title) {
        return Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())).findFirst();
    }

    /** @return the button with the label (without mnemonic), e.g. "Finish" */
    public static Button button(Control root, String label) {
        return find(root, Button.class, b -> plain(b.getText()).equals(label)).orElseThrow(() -> new AssertionError("no button " + label //$NON-NLS-1$
                + " in " + findAll(root, Button.class, b -> true).stream().map(b -> plain(b.getText())).toList())); //$NON-NLS-1$
    }

    /**
     * Clicks the button with the label as a user does; a disabled button cannot be clicked.
     *
     * @throws AssertionError if there is no such button or it is disabled
     */
    public static void clickButton(Control root, String label) {
        Button button = button(root, label);
        if (!button.isEnabled()) {
            throw new AssertionError("the button " + label + " is disabled"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        button.setFocus();
        button.notifyListeners(SWT.Selection, new Event());
        flush();
    }

    /** Replaces a text field's content as typing does: the field's modify listeners are told. */
    public static void type(Text text, String content) {
        text.setFocus();
        text.setText(content);
        flush();
    }

    /**
     * @return the text field that follows the label (without mnemonic), e.g. "File name:",
     *         as fields follow their labels in a form
     */
    public static Text field(Composite root, String label) {
        Label found = find(root, Label.class, l -> plain(l.getText()).equals(label)).orElseThrow(() -> new AssertionError("no label " + label)); //$NON-NLS-1$
        Control[] siblings = found.getParent().getChildren();
        for (int i = Arrays.asList(siblings).indexOf(found) + 1; i < siblings.length; i++) {
            if (siblings[i] instanceof Text text) {
                return text;
            }
        }
        throw new AssertionError("no text field after " + label); //$NON-NLS-1$
    }

    /** Selects the first row of the table whose text starts with the prefix, as a click does. */
    public static TableItem select(Table table, String prefix) {
        TableItem item = Arrays.stream(table.getItems()).filter(i -> i.getText().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + prefix + " in " //$NON-NLS-1$ //$NON-NLS-2$
                        + Arrays.stream(table.getItems()).map(TableItem::getText).toList()));
        table.setFocus();
        table.setSelection(item);
        Event event = new Event();
        event.item = item;
        table.notifyListeners(SWT.Selection, event);
        flush();
        return item;
    }

    /** @return the texts that labels and read-only text fields below the root show, e.g. a dialog's messages */
    public static List<String> shownTexts(Control root) {
        List<String> shown = new ArrayList<>();
        findAll(root, Label.class, l -> l.isVisible()).forEach(l -> shown.add(l.getText()));
        findAll(root, Text.class, t -> t.isVisible() && (t.getStyle() & SWT.READ_ONLY) != 0).forEach(t -> shown.add(t.getText()));
        return shown;
    }

    /** @return whether the widget is alive */
    public static boolean alive(Widget widget) {
        return widget != null && !widget.isDisposed();
    }

    /**
     * Saves a picture of the shell into the folder named by the system property
     * {@code lawful.screenshots} (set by the build); does nothing without it.
     */
    public static void screenshot(Shell shell, String name) throws IOException {
        String folder = System.getProperty("lawful.screenshots"); //$NON-NLS-1$
        if (folder == null) {
            return;
        }
        flush();
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Files.createDirectories(Path.of(folder));
            loader.save(Path.of(folder, name).toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
