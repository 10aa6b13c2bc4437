/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.ui.ModelFiles;
import org.lawfulaccess.ui.internal.editor.ModelEditor;
import org.lawfulaccess.ui.internal.explorer.ModelExplorer;
import org.lawfulaccess.ui.internal.validation.LiveValidation;
import org.lawfulaccess.ui.internal.wizards.Examples;
import org.lawfulaccess.ui.tests.support.Ui;

/**
 * File &gt; New &gt; Model... and Help &gt; Open Example, driven from the menu bar as an analyst
 * does, asserted on what the wizard pages, the editor and the Model Explorer show and on the file
 * written to disk.
 */
class NewModelWizardTest extends WorkbenchTestCase {

    private static final String WIZARD = "New Model";
    private static final Path BELGIUM = Path.of("../../examples/belgium-2021-cross-border.lawful");

    @Test
    void aCopyOfAnExampleOpensWithItsElementsInTheExplorer() throws Exception {
        Ui.inDialog(WIZARD, this::newModel, wizard -> {
            Ui.select(Ui.find(wizard, Table.class, t -> true).orElseThrow(), "Belgium 2021");
            assertShows(wizard, "Built from Belgian Senate written question 7-1155");
            assertShows(wizard, "As of 2021-03-31. A copy is made: the installed example stays as it is.");
            assertFalse(Ui.button(wizard, "Finish").isEnabled(), "the location is chosen first");
            Ui.screenshot(wizard, "new-model-start.png");

            Ui.clickButton(wizard, "Next >");
            Text name = Ui.field(wizard, "File name:");
            assertEquals("belgium-2021-cross-border.lawful", name.getText(), "the example's file name is offered");
            Ui.type(name, "my-belgium");
            Ui.type(Ui.field(wizard, "Folder:"), folder.toString());
            assertShows(wizard, "The model will be saved as " + folder.resolve("my-belgium.lawful"));
            Ui.screenshot(wizard, "new-model-location.png");
            Ui.clickButton(wizard, "Finish");
        });

        Path created = folder.resolve("my-belgium.lawful");
        assertEquals(-1, Files.mismatch(created, BELGIUM), "a copy of the example as it is");
        ModelEditor editor = editorOn(created);
        assertEquals("my-belgium.lawful", editor.getTitle());
        Tree tree = explorerTree();
        TreeItem root = Ui.waitFor("the model in the explorer", () -> Ui.item(tree, "Belgium 2021"));
        TreeItem jurisdictions = Ui.child(root, "Jurisdictions (").orElseThrow(() -> new AssertionError(Ui.texts(root.getItems()).toString()));
        assertTrue(Ui.child(jurisdictions, "Belgium (BE)").isPresent(), Ui.texts(jurisdictions.getItems()).toString());
        assertTrue(Ui.child(root, "Actors (").isPresent(), Ui.texts(root.getItems()).toString());
        Ui.screenshot(window.getShell(), "new-model-opened.png");
    }

    @Test
    void anEmptyModelHasItsNameAndIsEvaluatedAsOfToday() throws Exception {
        Ui.inDialog(WIZARD, this::newModel, wizard -> {
            Ui.select(Ui.find(wizard, Table.class, t -> true).orElseThrow(), "Empty model");
            Text name = Ui.field(wizard, "Name:");
            Ui.type(name, " ");
            assertShows(wizard, "Enter a name for the model.");
            assertFalse(Ui.button(wizard, "Next >").isEnabled());
            Ui.type(name, "Netherlands 2026");
            Ui.clickButton(wizard, "Next >");
            assertEquals("netherlands-2026.lawful", Ui.field(wizard, "File name:").getText(), "a file name made from the model's name");
            Ui.type(Ui.field(wizard, "Folder:"), folder.toString());
            Ui.clickButton(wizard, "Finish");
        });

        Path created = folder.resolve("netherlands-2026.lawful");
        ModelStore store = LawfulResources.newModelStore();
        Ecosystem saved = (Ecosystem) store.root(store.load(created)).orElseThrow();
        assertEquals("Netherlands 2026", saved.getName());
        assertEquals(LocalDate.now(), saved.getAsOf());
        assertTrue(saved.eContents().isEmpty(), "nothing but the name and the date");

        ModelEditor editor = editorOn(created);
        Tree tree = explorerTree();
        Ui.waitFor("the empty model in the explorer", () -> Ui.item(tree, "Netherlands 2026"));
        Ui.waitFor("the first validation", () -> editor.validation() != null && editor.validation().isValidated());
        IMarker[] markers = editor.document().file().findMarkers(LiveValidation.MARKER, false, IResource.DEPTH_ZERO);
        assertTrue(Arrays.stream(markers).noneMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR),
                () -> "an empty model is a valid one: " + Arrays.stream(markers).map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
    }

    @Test
    void aBadLocationIsNamedOnThePageAndFinishStaysDisabled() throws Exception {
        Path taken = Files.writeString(folder.resolve("taken.lawful"), "the analyst's own file");
        Ui.inDialog(WIZARD, this::newModel, wizard -> {
            Ui.clickButton(wizard, "Next >");
            Text name = Ui.field(wizard, "File name:");
            Text where = Ui.field(wizard, "Folder:");
            Ui.type(where, folder.toString());
            Ui.type(name, "taken");
            assertShows(wizard, taken + " already exists. Choose another name");
            assertFalse(Ui.button(wizard, "Finish").isEnabled(), "an existing file is never replaced");
            Ui.screenshot(wizard, "new-model-exists.png");

            Ui.type(name, "a/b");
            assertShows(wizard, "\"a/b\" is not a file name");
            assertFalse(Ui.button(wizard, "Finish").isEnabled());

            Ui.type(name, "fine");
            Ui.type(where, folder.resolve("missing").toString());
            assertShows(wizard, "The folder " + folder.resolve("missing") + " does not exist.");
            assertFalse(Ui.button(wizard, "Finish").isEnabled());

            Ui.type(where, folder.toString());
            assertTrue(Ui.button(wizard, "Finish").isEnabled(), "a good location enables Finish");
            Ui.clickButton(wizard, "Cancel");
        });
        assertEquals("the analyst's own file", Files.readString(taken));
        assertFalse(Files.exists(folder.resolve("fine.lawful")), "cancelled: nothing written");
    }

    @Test
    void openExampleOpensTheAnalystsCopyOfBelgium() throws Exception {
        Ui.clickMenuBar(window.getShell(), "Help", "Open Example", "Belgium 2021");
        ModelEditor editor = Ui.waitFor("an editor on the example", () -> Optional.ofNullable(page.getActiveEditor())
                .filter(ModelEditor.class::isInstance).map(ModelEditor.class::cast));
        Path copy = editor.document().path();
        Path installed = Examples.named("belgium-2021-cross-border.lawful").orElseThrow().file();
        assertNotEquals(installed, copy, "the installed example is never edited");
        assertEquals(ModelFiles.project(null).getLocation().toFile().toPath().resolve("belgium-2021-cross-border.lawful"), copy);
        assertEquals(-1, Files.mismatch(copy, installed));
        assertEquals(-1, Files.mismatch(installed, BELGIUM), "the bundle installs the repository's examples");
        Tree tree = explorerTree();
        TreeItem root = Ui.waitFor("the example in the explorer", () -> Ui.item(tree, "Belgium 2021"));
        assertTrue(Ui.child(root, "Jurisdictions (").isPresent(), Ui.texts(root.getItems()).toString());
        Ui.screenshot(window.getShell(), "open-example.png");

        page.closeAllEditors(false);
        Ui.clickMenuBar(window.getShell(), "Help", "Open Example", "Belgium 2021");
        ModelEditor again = Ui.waitFor("the example again", () -> Optional.ofNullable(page.getActiveEditor())
                .filter(ModelEditor.class::isInstance).map(ModelEditor.class::cast));
        assertEquals(copy, again.document().path(), "the same copy, with whatever the analyst changed in it");
    }

    @Test
    void theFileMenuOffersNewModelAndTheHelpMenuTheExamples() {
        Shell shell = window.getShell();
        List<String> file = Ui.menuBarItems(shell, "File");
        assertEquals("New", file.get(0), file.toString());
        assertEquals(List.of("Model..."), Ui.menuBarItems(shell, "File", "New"));
        List<String> help = Ui.menuBarItems(shell, "Help");
        int about = help.stream().filter(t -> t.startsWith("About")).findFirst().map(help::indexOf).orElse(-1);
        assertTrue(help.indexOf("Open Example") >= 0 && help.indexOf("Open Example") < about, help.toString());
        List<String> examples = Ui.menuBarItems(shell, "Help", "Open Example");
        assertEquals(Examples.installed().stream().map(e -> e.name()).toList(), examples);
        assertEquals(4, examples.size(), examples.toString());
        assertTrue(examples.contains("Belgium 2021: cross-border access to data held by online service providers"), examples.toString());
    }

    private void newModel() {
        Ui.clickMenuBar(window.getShell(), "File", "New", "Model...");
    }

    private ModelEditor editorOn(Path file) {
        Path expected = file.toAbsolutePath().normalize();
        return Ui.waitFor("an editor on " + file, () -> Optional.ofNullable(page.getActiveEditor()).filter(ModelEditor.class::isInstance)
                .map(ModelEditor.class::cast).filter(e -> e.document() != null && e.document().path().equals(expected)));
    }

    private Tree explorerTree() throws Exception {
        return ((ModelExplorer) page.showView(ModelExplorer.ID)).getCommonViewer().getTree();
    }

    private static void assertShows(Shell dialog, String text) {
        assertTrue(Ui.shownTexts(dialog).stream().anyMatch(t -> t.contains(text)), () -> "no \"" + text + "\" in " + Ui.shownTexts(dialog));
    }
}
