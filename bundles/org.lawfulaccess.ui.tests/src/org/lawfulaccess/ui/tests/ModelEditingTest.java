/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonDropAdapterAssistant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.model.Actor;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.ui.ModelDocuments;
import org.lawfulaccess.ui.internal.OpenModel;
import org.lawfulaccess.ui.internal.editor.ModelEditor;
import org.lawfulaccess.ui.internal.explorer.ModelExplorer;
import org.lawfulaccess.ui.internal.explorer.MoveActorDrop;
import org.lawfulaccess.ui.tests.support.Ui;

/**
 * What an analyst does with a model, in the running workbench, asserted on what the widgets show:
 * open it, find it in the Model Explorer, rename an element in place, undo and redo from the Edit
 * menu, see the dirty marker in the tab and the window title, save, close and reopen; create and
 * delete elements from the explorer's context menu; open a hostile file and read why it is refused.
 */
class ModelEditingTest extends WorkbenchTestCase {

    private static final Path BELGIUM = Path.of("../../examples/belgium-2021-cross-border.lawful");

    private Path model;

    @BeforeEach
    void copyTheExample() throws IOException {
        model = Files.copy(BELGIUM, folder.resolve("belgium.lawful"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void openRenameUndoRedoSaveAndReopen() throws Exception {
        ModelEditor editor = open(model);
        assertNotNull(editor.document(), "the example loads");
        assertEquals("belgium.lawful", editor.getTitle());
        Tree tree = explorerTree();
        TreeItem root = belgiumIn(tree);
        TreeItem jurisdictions = Ui.child(root, "Jurisdictions (").orElseThrow();
        TreeItem belgium = Ui.child(jurisdictions, "Belgium (BE)").orElseThrow(
                () -> new AssertionError(Ui.texts(jurisdictions.getItems()).toString()));
        Ui.select(belgium);
        page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(page.findView(ModelExplorer.ID));
        try {
            Ui.waitFor("the jurisdiction's name in the properties", () -> Ui.findAll(window.getShell(), Tree.class, t -> true).stream()
                    .flatMap(t -> Ui.allItems(t).stream()).anyMatch(i -> "Name".equals(i.getText(0)) && "Belgium".equals(i.getText(1))));
        } catch (AssertionError e) {
            Ui.screenshot(window.getShell(), "properties-failure.png");
            throw new AssertionError(e.getMessage() + ": " + Ui.findAll(window.getShell(), Tree.class, t -> true).stream()
                    .flatMap(t -> Ui.allItems(t).stream()).map(i -> i.getText(0) + "=" + i.getText(1)).toList());
        }
        Ui.screenshot(window.getShell(), "explorer.png");

        rename(tree, belgium, "Belgique");
        Ui.waitFor("the renamed jurisdiction", () -> Ui.child(jurisdictions, "Belgique (BE)").isPresent());
        assertTrue(editor.isDirty());
        assertTrue(window.getShell().getText().startsWith("*belgium.lawful"), window.getShell().getText());
        assertTrue(root.getText().startsWith("*"), "the explorer marks the unsaved model: " + root.getText());

        IAction undo = globalAction(ActionFactory.UNDO.getId());
        assertTrue(Ui.plain(undo.getText()).startsWith("Undo Set"), undo.getText());
        execute("org.eclipse.ui.edit.undo");
        Ui.waitFor("the name back", () -> Ui.child(jurisdictions, "Belgium (BE)").isPresent());
        assertFalse(editor.isDirty(), "undoing every change leaves nothing to save");
        execute("org.eclipse.ui.edit.redo");
        Ui.waitFor("the name again", () -> Ui.child(jurisdictions, "Belgique (BE)").isPresent());

        page.activate(editor);
        execute("org.eclipse.ui.file.save");
        assertFalse(editor.isDirty());
        assertEquals("belgium.lawful - Lawful Access Workbench", window.getShell().getText());
        assertTrue(Files.readString(model).contains("name=\"Belgique\""), "saved to the user's own file");

        page.closeEditor(editor, false);
        Ui.waitFor("the model gone from the explorer", () -> Ui.item(tree, "Belgium 2021").isEmpty());
        ModelEditor again = open(model);
        TreeItem reopened = Ui.waitFor("the model back", () -> Ui.item(tree, "Belgium 2021"));
        assertTrue(Ui.child(Ui.child(reopened, "Jurisdictions (").orElseThrow(), "Belgique (BE)").isPresent());
        assertFalse(again.isDirty());
    }

    @Test
    void newAndDeleteFromTheExplorerAreOneUndoableCommandEach() throws Exception {
        open(model);
        Tree tree = explorerTree();
        TreeItem root = belgiumIn(tree);
        TreeItem jurisdictions = Ui.child(root, "Jurisdictions (").orElseThrow();
        Ui.expand(jurisdictions);
        int before = jurisdictions.getItemCount();
        String label = jurisdictions.getText();

        Ui.select(jurisdictions);
        Ui.clickMenu(tree, "New", "Jurisdiction");
        Ui.waitFor("a new jurisdiction", () -> !jurisdictions.getText().equals(label));
        assertEquals(before + 1, jurisdictions.getItemCount(), Ui.texts(jurisdictions.getItems()).toString());

        // Belgium is referred to by actors, memberships and facts: deleting it says so first.
        TreeItem belgium = Ui.child(jurisdictions, "Belgium (BE)").orElseThrow();
        Ui.select(belgium);
        List<String> dialog = new ArrayList<>();
        Ui.answerDialog("Delete", "OK", dialog);
        execute("org.eclipse.ui.edit.delete");
        Ui.waitFor("Belgium deleted", () -> Ui.child(jurisdictions, "Belgium (BE)").isEmpty());
        assertTrue(dialog.stream().anyMatch(text -> text.contains("Authority") || text.contains("Membership")),
                "the warning names what refers to Belgium: " + dialog);

        page.activate(page.findView(ModelExplorer.ID));
        execute("org.eclipse.ui.edit.undo");
        Ui.waitFor("Belgium restored", () -> Ui.child(jurisdictions, "Belgium (BE)").isPresent());
    }

    @Test
    void aProviderAndAnInstrumentMadeInTheExplorerAreRenamedInThePropertiesAndUndone() throws Exception {
        ModelEditor editor = open(Files.move(model, folder.resolve("belgium-new.lawful")));
        Tree tree = explorerTree();
        TreeItem root = belgiumIn(tree);
        TreeItem actors = Ui.child(root, "Actors (").orElseThrow();
        TreeItem instruments = Ui.child(root, "Instruments (").orElseThrow();
        String actorsBefore = actors.getText();
        String instrumentsBefore = instruments.getText();
        page.activate(page.findView(ModelExplorer.ID));
        Ui.select(instruments);
        Ui.clickMenu(tree, "New", "Instrument");
        Ui.waitFor("a new instrument", () -> !instruments.getText().equals(instrumentsBefore));
        Ui.select(actors);
        Ui.clickMenu(tree, "New", "Provider");
        Ui.waitFor("a new provider", () -> !actors.getText().equals(actorsBefore));
        Provider provider = (Provider) Ui.waitFor("the new provider selected", () -> Optional.ofNullable(
                ((ModelExplorer) page.findView(ModelExplorer.ID)).getCommonViewer().getStructuredSelection().getFirstElement())
                .filter(Provider.class::isInstance));

        page.showView(IPageLayout.ID_PROP_SHEET);
        TreeItem name = Ui.waitFor("the provider's name in the properties", () -> Ui.findAll(window.getShell(), Tree.class, t -> t != tree).stream()
                .flatMap(t -> Ui.allItems(t).stream()).filter(i -> "Name".equals(i.getText(0))).findFirst());
        Tree sheet = name.getParent();
        sheet.setSelection(name);
        Rectangle cell = name.getBounds(1);
        Event click = new Event();
        click.button = 1;
        click.x = cell.x + cell.width / 2;
        click.y = cell.y + cell.height / 2;
        sheet.notifyListeners(SWT.MouseDown, click); // a click on the value makes it editable
        Text value = Ui.waitFor("the value's editor", () -> Ui.find(sheet, Text.class, Text::isVisible));
        value.setText("Acme Messaging");
        Event enter = new Event();
        enter.character = SWT.CR;
        enter.keyCode = SWT.CR;
        value.notifyListeners(SWT.DefaultSelection, enter);
        Ui.waitFor("the name in the model", () -> "Acme Messaging".equals(provider.getName()));
        Ui.waitFor("the name in the explorer", () -> Ui.child(actors, "Acme Messaging").isPresent());
        assertTrue(editor.isDirty());

        assertEquals("Set", editor.document().editingDomain().getCommandStack().getUndoCommand().getLabel(),
                "the value typed is a command");
        execute("org.eclipse.ui.edit.undo");
        Ui.waitFor("the name undone", () -> !"Acme Messaging".equals(provider.getName()));
        Ui.waitFor("the explorer follows", () -> Ui.child(actors, "Acme Messaging").isEmpty());
    }

    @Test
    void copyAndPasteAJurisdictionIsOneUndoableCommandWithNewIds() throws Exception {
        ModelEditor editor = open(Files.move(model, folder.resolve("belgium-paste.lawful")));
        Tree tree = explorerTree();
        TreeItem root = belgiumIn(tree);
        TreeItem jurisdictions = Ui.child(root, "Jurisdictions (").orElseThrow();
        Ui.expand(jurisdictions);
        int before = jurisdictions.getItemCount();
        page.activate(page.findView(ModelExplorer.ID));
        Ui.select(Ui.child(jurisdictions, "Belgium (BE)").orElseThrow());
        execute("org.eclipse.ui.edit.copy");
        Ui.select(jurisdictions);
        execute("org.eclipse.ui.edit.paste");
        Ui.waitFor("the pasted jurisdiction", () -> jurisdictions.getItemCount() == before + 1);
        List<Jurisdiction> belgiums = editor.document().ecosystem().getJurisdictions().stream().filter(j -> "Belgium".equals(j.getName())).toList();
        assertEquals(2, belgiums.size());
        Resource resource = editor.document().resource();
        assertFalse(resource.getURIFragment(belgiums.get(0)).equals(resource.getURIFragment(belgiums.get(1))), "the copy has its own id");
        assertEquals("Paste from Clipboard", editor.document().editingDomain().getCommandStack().getUndoCommand().getLabel());
        execute("org.eclipse.ui.edit.undo");
        Ui.waitFor("the copy gone", () -> jurisdictions.getItemCount() == before);
    }

    @Test
    void droppingAnActorOnAJurisdictionMovesItInOneUndoableCommand() throws Exception {
        ModelEditor editor = open(Files.move(model, folder.resolve("belgium-drop.lawful")));
        Ecosystem ecosystem = editor.document().ecosystem();
        Actor actor = ecosystem.getActors().get(0);
        Jurisdiction elsewhere = ecosystem.getJurisdictions().stream().filter(j -> j != actor.getJurisdiction()).findFirst().orElseThrow();
        Jurisdiction before = actor.getJurisdiction();
        Tree tree = explorerTree();
        ModelExplorer explorer = (ModelExplorer) page.findView(ModelExplorer.ID);
        TreeItem root = belgiumIn(tree);
        Ui.select(Ui.child(root, "Actors (").flatMap(actors -> Ui.child(actors, actor.getName())).orElseThrow()); // as a drag starts
        assertEquals(actor, explorer.getCommonViewer().getStructuredSelection().getFirstElement());
        LocalSelectionTransfer.getTransfer().setSelection(explorer.getCommonViewer().getStructuredSelection());
        TransferData local = LocalSelectionTransfer.getTransfer().getSupportedTypes()[0];
        CommonDropAdapterAssistant[] assistants = explorer.getNavigatorContentService().getDnDService()
                .findCommonDropAdapterAssistants(elsewhere, local);
        CommonDropAdapterAssistant move = Arrays.stream(assistants).filter(MoveActorDrop.class::isInstance).findFirst()
                .orElseThrow(() -> new AssertionError("no drop on a jurisdiction: " + Arrays.toString(assistants)));
        assertTrue(move.validateDrop(elsewhere, DND.DROP_MOVE, local).isOK());
        assertFalse(move.validateDrop(before, DND.DROP_MOVE, local).isOK(), "nothing to move to where it already is");
        move.handleDrop(null, null, elsewhere);
        assertEquals(elsewhere, actor.getJurisdiction());
        assertTrue(editor.isDirty());
        page.activate(explorer);
        assertEquals("Undo Move " + actor.getName() + " to " + elsewhere.getName(), Ui.plain(globalAction(ActionFactory.UNDO.getId()).getText()));
        execute("org.eclipse.ui.edit.undo");
        assertEquals(before, actor.getJurisdiction());
    }

    @Test
    void theFilterBoxShowsWhatMatchesWithItsFolders() throws Exception {
        open(Files.move(model, folder.resolve("belgium-filter.lawful")));
        Tree tree = explorerTree();
        TreeItem root = belgiumIn(tree);
        Text filter = Ui.find(tree.getParent(), Text.class, t -> "explorerFilter".equals(t.getData("org.lawfulaccess.ui.id"))).orElseThrow();
        Ui.expand(root);
        int folders = root.getItemCount();
        try {
            filter.setText("united states");
            Ui.waitFor("only what matches", () -> Ui.alive(root) && root.getItemCount() < folders && Ui.child(root, "Jurisdictions (").isPresent());
            TreeItem jurisdictions = Ui.child(root, "Jurisdictions (").orElseThrow();
            assertEquals(List.of("United States (US)"), Ui.texts(jurisdictions.getItems()));
            assertTrue(Ui.child(root, "Sources (").isEmpty(), "a folder with nothing matching is hidden: " + Ui.texts(root.getItems()));
            Ui.screenshot(window.getShell(), "explorer-filter.png");
        } finally {
            filter.setText("");
        }
        Ui.waitFor("everything again", () -> root.getItemCount() == folders);
    }

    @Test
    void aHostileFileShowsTheCommandLineMessageAndNothingIsWritten() throws Exception {
        String hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol">]>
                <lawful:Ecosystem xmlns:lawful="https://lawfulaccess.org/ns/ecosystem/2" name="&lol;"/>
                """;
        Path file = Files.writeString(folder.resolve("hostile.lawful"), hostile);
        ModelEditor editor = open(file);
        assertEquals(null, editor.document());
        Text details = Ui.find(window.getShell(), Text.class, t -> "loadProblems".equals(t.getData("org.lawfulaccess.ui.id")))
                .orElseThrow(() -> new AssertionError("no message in the editor area"));
        assertTrue(details.getText().contains("hostile.lawful"), details.getText());
        assertTrue(details.getText().toLowerCase().contains("doctype"), details.getText());
        assertFalse(editor.isDirty());
        assertTrue(ModelDocuments.get().all().isEmpty());
        Ui.screenshot(window.getShell(), "hostile.png");
        page.closeEditor(editor, false);
        assertEquals(hostile, Files.readString(file), "nothing written");
    }

    private ModelEditor open(Path file) {
        IEditorPart part = OpenModel.open(page, file);
        Ui.flush();
        assertTrue(part instanceof ModelEditor, () -> String.valueOf(part));
        return (ModelEditor) part;
    }

    private static TreeItem belgiumIn(Tree tree) {
        return Ui.waitFor("the model in the explorer", () -> Ui.item(tree, "Belgium 2021"));
    }

    private Tree explorerTree() throws Exception {
        IViewPart view = page.showView(ModelExplorer.ID);
        return ((ModelExplorer) view).getCommonViewer().getTree();
    }

    /** F2 on the item, type the name, press Enter. */
    private void rename(Tree tree, TreeItem item, String name) throws Exception {
        page.activate(page.findView(ModelExplorer.ID));
        Ui.select(item);
        execute("org.eclipse.ui.edit.rename");
        Text editorText = Ui.waitFor("the in-place editor", () -> Ui.find(tree, Text.class, t -> t.isVisible()));
        editorText.setText(name);
        Event enter = new Event();
        enter.character = SWT.CR;
        enter.keyCode = SWT.CR;
        enter.detail = SWT.TRAVERSE_RETURN;
        editorText.notifyListeners(SWT.DefaultSelection, enter);
        Ui.flush();
    }

    private IAction globalAction(String id) {
        IViewPart explorer = page.findView(ModelExplorer.ID);
        return Optional.ofNullable(explorer.getViewSite().getActionBars().getGlobalActionHandler(id))
                .orElseThrow(() -> new AssertionError("no " + id + " handler in the explorer"));
    }

    private void execute(String command) throws Exception {
        window.getService(IHandlerService.class).executeCommand(command, null);
        Ui.flush();
    }
}
