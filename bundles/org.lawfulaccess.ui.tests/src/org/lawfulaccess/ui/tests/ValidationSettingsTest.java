/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.ui.internal.OpenModel;
import org.lawfulaccess.ui.internal.editor.ModelEditor;
import org.lawfulaccess.ui.internal.validation.LiveValidation;
import org.lawfulaccess.ui.internal.validation.ValidationSettings;
import org.lawfulaccess.ui.tests.support.Ui;
import org.lawfulaccess.validation.SuppressionFile;
import org.lawfulaccess.validation.ValidationConfig;

/**
 * What the analyst chooses about validation, in the running workbench: the as-of date on the
 * toolbar, waivers from the Problems view written to the side file the command line reads, and the
 * Validation preference page writing the command line's configuration format.
 */
class ValidationSettingsTest extends WorkbenchTestCase {

    /** In the France 2016 example, WhatsApp is end-to-end encrypted from 5 April 2016 on: LA-ENC-01 depends on the date. */
    private static final String ENCRYPTED = "LA-ENC-01";

    @AfterEach
    void resetSettings() throws Exception {
        ValidationSettings.save(ValidationSettings.defaultFile(), ValidationConfig.DEFAULTS);
    }

    private ModelEditor openFrance() throws Exception {
        Path model = Files.copy(Path.of("../../examples/france-2016-decryption.lawful"), folder.resolve("france.lawful"));
        ModelEditor editor = (ModelEditor) OpenModel.open(page, model);
        Ui.waitFor("the first validation", () -> editor.validation() != null && editor.validation().isValidated());
        return editor;
    }

    @Test
    void theAsOfDateOnTheToolbarMovesTheFindings() throws Exception {
        ModelEditor editor = openFrance();
        assertEquals(1, markers(editor, ENCRYPTED).size());
        DateTime date = Ui.find(window.getShell(), DateTime.class, d -> true).orElseThrow(() -> new AssertionError("no as-of date on the toolbar"));
        assertEquals(LocalDate.of(2016, 9, 5), shown(date), "the model's own as-of date");

        date.setDate(2000, 0, 1);
        date.notifyListeners(SWT.Selection, new Event());
        Ui.waitFor("LA-ENC-01 gone before WhatsApp's end-to-end encryption", () -> markers(editor, ENCRYPTED).isEmpty());
        assertEquals(LocalDate.of(2000, 1, 1), editor.document().asOf());
        assertTrue(markers(editor, "LA-SPOC-02").get(0).getAttribute(IMarker.MESSAGE, "").contains("valid on 2000-01-01"),
                "the messages speak of the chosen date");
        assertFalse(editor.isDirty(), "the date is a view setting, not an edit");
        Ui.screenshot(window.getShell(), "as-of.png");

        Button reset = Ui.find(window.getShell(), Button.class, b -> "Model's date".equals(b.getText())).orElseThrow();
        assertTrue(reset.isEnabled());
        reset.notifyListeners(SWT.Selection, new Event());
        Ui.flush();
        assertNull(editor.document().asOf());
        assertEquals(LocalDate.of(2016, 9, 5), shown(date));
        assertEquals(1, markers(editor, ENCRYPTED).size(), "back at the model's date");
        assertFalse(reset.isEnabled());
    }

    @Test
    void aWaiverFromTheProblemsViewIsWrittenForTheCommandLineAndShown() throws Exception {
        ModelEditor editor = openFrance();
        IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
        selectCurrentEntry(problems, ENCRYPTED, editor, false);

        List<String> seen = new ArrayList<>();
        answerInput("Waive Finding", "accepted: the order is aimed at the provider only for the record", seen);
        window.getService(IHandlerService.class).executeCommand("org.lawfulaccess.ui.waive", null);
        assertFalse(seen.contains("no question asked"), "the selected finding could be waived: " + seen);
        Ui.waitFor("the waived marker", () -> markers(editor, ENCRYPTED).stream().anyMatch(m -> m.getAttribute(LiveValidation.WAIVED, false)));
        assertTrue(seen.stream().anyMatch(t -> t.contains("france.lawful.suppressions")), seen.toString());

        IMarker waived = markers(editor, ENCRYPTED).get(0);
        assertEquals(IMarker.SEVERITY_INFO, waived.getAttribute(IMarker.SEVERITY, -1), "a waived finding no longer counts as an error");
        assertTrue(waived.getAttribute(IMarker.MESSAGE, "").contains("waived by " + System.getProperty("user.name")), waived.getAttribute(IMarker.MESSAGE, ""));
        String fingerprint = waived.getAttribute(LiveValidation.FINGERPRINT, "");
        ValidationConfig side = SuppressionFile.read(editor.document().path());
        assertEquals("accepted: the order is aimed at the provider only for the record", side.suppression(fingerprint).orElseThrow().justification());
        assertEquals(LocalDate.now(), side.suppression(fingerprint).orElseThrow().date());
        assertTrue(editor.validation().findingOf(waived).orElseThrow().isSuppressed());
        assertFalse(editor.isDirty(), "a waiver does not change the model");
        Ui.screenshot(window.getShell(), "waived.png");

        selectCurrentEntry(problems, ENCRYPTED + "[^\\[]*\\[waived by .*", editor, true);
        List<String> refused = new ArrayList<>();
        Ui.answerDialog("Remove Waiver", "OK", refused);
        window.getService(IHandlerService.class).executeCommand("org.lawfulaccess.ui.unwaive", null);
        assertEquals(List.of(), refused, "the waived entry was selected");
        Ui.waitFor("the finding is an error again", () -> markers(editor, ENCRYPTED).stream()
                .anyMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR));
        assertTrue(SuppressionFile.read(editor.document().path()).suppression(fingerprint).isEmpty());
    }

    @Test
    void everyProblemShowsItsSeverityIconWithOrWithoutAQuickFix() throws Exception {
        openFrance();
        IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
        problemsEntry(problems, ENCRYPTED);
        Tree tree = Ui.find(problems.getViewSite().getShell(), Tree.class,
                t -> Arrays.stream(t.getItems()).anyMatch(i -> i.getText().matches("(Errors|Warnings|Infos) \\(.*"))).orElseThrow();
        List<TreeItem> entries = Arrays.stream(tree.getItems()).flatMap(group -> Arrays.stream(group.getItems())).toList();
        assertFalse(entries.isEmpty());
        List<String> bare = entries.stream().filter(i -> i.getImage() == null).map(TreeItem::getText).toList();
        assertEquals(List.of(), bare, "entries without an icon");
    }

    @Test
    void thePropertiesProblemsTabListsTheElementsFindingsAndWaivesThem() throws Exception {
        ModelEditor editor = openFrance();
        IMarker marker = markers(editor, ENCRYPTED).get(0);
        editor.getAdapter(IGotoMarker.class).gotoMarker(marker); // as a double-click in the Problems view
        PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        TabbedPropertySheetPage sheet = Ui.waitFor("the tabbed properties", () -> Optional.ofNullable(properties.getCurrentPage())
                .filter(TabbedPropertySheetPage.class::isInstance).map(TabbedPropertySheetPage.class::cast));
        Ui.waitFor("the Problems tab", () -> sheet.getSelectedTab() != null);
        sheet.setSelectedTab("org.lawfulaccess.ui.tab.problems");
        Table table = Ui.waitFor("the element's findings", () -> Ui.find(sheet.getControl(), Table.class,
                t -> Arrays.stream(t.getItems()).anyMatch(i -> i.getText(0).equals(ENCRYPTED))));
        TableItem item = Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(ENCRYPTED)).findFirst().orElseThrow();
        assertTrue(item.getText(1).startsWith(ENCRYPTED + ": "), item.getText(1));
        Ui.screenshot(window.getShell(), "properties-problems.png");

        table.setSelection(item);
        table.notifyListeners(SWT.Selection, new Event());
        Button waive = Ui.find(sheet.getControl(), Button.class, b -> "Waive\u2026".equals(Ui.plain(b.getText()))).orElseThrow();
        assertTrue(waive.isEnabled());
        List<String> seen = new ArrayList<>();
        answerInput("Waive Finding", "accepted for the study", seen);
        waive.notifyListeners(SWT.Selection, new Event());
        Ui.waitFor("the tab shows the waiver", () -> Arrays.stream(table.getItems())
                .anyMatch(i -> i.getText(1).contains("[waived by ") && i.getText(1).contains("accepted for the study")));
        assertTrue(markers(editor, ENCRYPTED).stream().allMatch(m -> m.getAttribute(LiveValidation.WAIVED, false)));
        sheet.setSelectedTab("org.lawfulaccess.ui.tab.general"); // the properties keep the last tab for the next selection
    }

    @Test
    void thePreferencePageWritesTheCommandLinesConfiguration() throws Exception {
        ModelEditor editor = openFrance();
        Path config = folder.resolve("team-validation.properties");
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window.getShell(), "org.lawfulaccess.ui.preferences.validation", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell shell = dialog.getShell();
        Text file = Ui.find(shell, Text.class, t -> t.getText().endsWith("validation.properties")).orElseThrow();
        file.setText(config.toString());
        Tree rules = Ui.find(shell, Tree.class, t -> Ui.allItems(t).stream().anyMatch(i -> i.getText().startsWith(ENCRYPTED))).orElseThrow();
        TreeItem rule = Ui.allItems(rules).stream().filter(i -> i.getText().startsWith(ENCRYPTED)).findFirst().orElseThrow();
        assertTrue(rule.getChecked());
        rule.setChecked(false);
        Event check = new Event();
        check.item = rule;
        check.detail = SWT.CHECK;
        rules.notifyListeners(SWT.Selection, check);
        Ui.screenshot(shell, "validation-preferences.png");
        okButton(shell).notifyListeners(SWT.Selection, new Event());
        Ui.flush();

        assertEquals(config, ValidationSettings.file());
        assertEquals(List.of(ENCRYPTED + ".enabled = false"), Files.readAllLines(config), "the format lawful validate --config reads");
        Ui.waitFor("LA-ENC-01 switched off in the open model", () -> markers(editor, ENCRYPTED).isEmpty());
    }

    @Test
    void aBrokenConfigurationIsNamedWithItsLineAndNotOverwritten() throws Exception {
        Path config = folder.resolve("broken.properties");
        Files.writeString(config, "# team settings\nLA-ENC-01.severity = fatal\n");
        ValidationSettings.save(config, ValidationConfig.DEFAULTS);
        Files.writeString(config, "# team settings\nLA-ENC-01.severity = fatal\n");
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window.getShell(), "org.lawfulaccess.ui.preferences.validation", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            String error = ((org.eclipse.jface.dialogs.DialogPage) dialog.getSelectedPage()).getErrorMessage();
            assertTrue(error != null && error.contains("broken.properties:2") && error.contains("fatal"), String.valueOf(error));
            assertFalse(okButton(dialog.getShell()).isEnabled(), "nothing is written over a file that does not read");
        } finally {
            dialog.close();
        }
        assertEquals("# team settings\nLA-ENC-01.severity = fatal\n", Files.readString(config));
    }

    private static Button okButton(Shell dialog) {
        return Ui.find(dialog, Button.class, b -> List.of("Apply and Close", "OK").contains(Ui.plain(b.getText()))).orElseThrow();
    }

    /**
     * Selects the entry as a user would, once the Problems view shows the current markers: it catches
     * up a moment after validation replaces them, and an entry of a replaced marker acts on nothing.
     */
    private void selectCurrentEntry(IViewPart problems, String pattern, ModelEditor editor, boolean waived) {
        Ui.waitFor("a current " + pattern + " entry selected", () -> {
            Ui.select(problemsEntry(problems, pattern));
            page.activate(problems);
            Object selected = ((IStructuredSelection) problems.getSite().getSelectionProvider().getSelection()).getFirstElement();
            IMarker marker = Adapters.adapt(selected, IMarker.class);
            return marker != null && marker.exists()
                    && editor.validation().findingOf(marker).map(f -> f.isSuppressed() == waived).orElse(false);
        });
    }

    /** @param rule a pattern the entry's text contains, e.g. the rule id */
    private static TreeItem problemsEntry(IViewPart problems, String rule) {
        Tree tree = Ui.waitFor("the Problems view's tree", () -> Ui.find(problems.getViewSite().getShell(), Tree.class,
                t -> Arrays.stream(t.getItems()).anyMatch(i -> i.getText().matches("(Errors|Warnings|Infos) \\(.*"))));
        return Ui.waitFor("a " + rule + " entry in the Problems view", () -> {
            Ui.allItems(tree).stream().filter(Ui::alive).forEach(Ui::expand);
            Pattern pattern = Pattern.compile(rule);
            return Ui.allItems(tree).stream().filter(i -> Ui.alive(i) && pattern.matcher(i.getText()).find()).findFirst();
        });
    }

    /** Types the answer into the input dialog the next gesture opens, and presses OK. */
    private static void answerInput(String title, String answer, List<String> seen) {
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Optional<Shell> dialog = Arrays.stream(display.getShells()).filter(s -> s.isVisible() && title.equals(s.getText())).findFirst();
            if (dialog.isEmpty()) {
                display.timerExec(50, poll[0]);
                return;
            }
            Ui.findAll(dialog.get(), org.eclipse.swt.widgets.Label.class, l -> true).forEach(l -> seen.add(l.getText()));
            // A message instead of the question is answered too, so that the test fails rather than hangs.
            Ui.find(dialog.get(), Text.class, t -> true).ifPresentOrElse(t -> t.setText(answer), () -> seen.add("no question asked"));
            Ui.find(dialog.get(), Button.class, b -> "OK".equals(Ui.plain(b.getText()))).orElseThrow().notifyListeners(SWT.Selection, new Event());
        };
        display.timerExec(50, poll[0]);
    }

    private static LocalDate shown(DateTime date) {
        return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
    }

    private static List<IMarker> markers(ModelEditor editor, String rule) {
        try {
            return Arrays.stream(editor.document().file().findMarkers(LiveValidation.MARKER, false, IResource.DEPTH_ZERO))
                    .filter(m -> rule.equals(m.getAttribute(LiveValidation.RULE, ""))).toList();
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new AssertionError(e);
        }
    }
}
