/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.ui.ModelDocument;
import org.lawfulaccess.ui.ModelDocuments;
import org.lawfulaccess.ui.internal.OpenModel;
import org.lawfulaccess.ui.internal.editor.ModelEditor;
import org.lawfulaccess.ui.internal.recovery.RecoveryCopies;
import org.lawfulaccess.ui.tests.support.Ui;

/**
 * The recovery copies of unsaved changes follow the model: one appears a moment after an edit and
 * holds the edit, saving or reverting deletes it, closing without saving too; what an earlier run
 * left is listed and never overwritten.
 */
class RecoveryCopiesTest {

    private static final Path FRANCE = Path.of("../../examples/france-2016-decryption.lawful");

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private RecoveryCopies copies;
    private Path copiesFolder;

    @BeforeEach
    void follow() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        copiesFolder = folder.resolve("recovery");
        copies = new RecoveryCopies(copiesFolder, ModelDocuments.get()).start();
    }

    @AfterEach
    void stop() {
        page.closeAllEditors(false);
        Ui.flush();
        copies.stop();
    }

    @Test
    void aCopyHoldsTheUnsavedEditUntilSaved() throws Exception {
        ModelDocument document = open("france.lawful");
        rename(document, "France, renamed");
        List<RecoveryCopies.Copy> kept = Ui.waitFor("a recovery copy", () -> Optional.of(copies.leftOver()).filter(l -> !l.isEmpty()));
        assertEquals(1, kept.size());
        assertEquals(document.path(), kept.get(0).file());
        Resource copy = LawfulResources.newModelStore().load(kept.get(0).model());
        Ecosystem copied = (Ecosystem) copy.getContents().get(0);
        assertEquals("France, renamed", copied.getName(), "the copy holds the edit");
        EObject jurisdiction = document.ecosystem().getJurisdictions().get(0);
        assertEquals(document.resource().getURIFragment(jurisdiction), copy.getURIFragment(copied.getJurisdictions().get(0)),
                "the copy keeps the elements' ids");

        document.save(null);
        Ui.waitFor("the copy deleted on save", () -> copies.leftOver().isEmpty());

        rename(document, "France, renamed again");
        Ui.waitFor("a copy of the next edit", () -> !copies.leftOver().isEmpty());
        document.reload();
        Ui.waitFor("the copy deleted on revert", () -> copies.leftOver().isEmpty());
    }

    @Test
    void closingWithoutSavingDeletesTheCopyButNotWhatAnEarlierRunLeft() throws Exception {
        Files.createDirectories(copiesFolder);
        Files.copy(FRANCE, copiesFolder.resolve("earlier.lawful"));
        Files.writeString(copiesFolder.resolve("earlier.recovery"), "file=/nowhere/france.lawful\ntime=2026-12-01T10:00:00Z\n");
        assertEquals(1, copies.leftOver().size(), "what an earlier run left is listed");

        ModelDocument document = open("france.lawful");
        rename(document, "France, renamed");
        Ui.waitFor("a recovery copy", () -> copies.leftOver().size() == 2);
        page.closeAllEditors(false);
        Ui.waitFor("the copy deleted on close", () -> copies.leftOver().size() == 1);
        assertTrue(Files.exists(copiesFolder.resolve("earlier.lawful")), "the earlier run's copy stays");
    }

    private ModelDocument open(String name) throws Exception {
        Path model = Files.copy(FRANCE, folder.resolve(name));
        ModelEditor editor = (ModelEditor) OpenModel.open(page, model);
        return editor.document();
    }

    private static void rename(ModelDocument document, String name) {
        EditingDomain domain = document.editingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, document.ecosystem(), LawfulPackage.Literals.NAMED_ELEMENT__NAME, name));
    }
}
