/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.CriminalisationStatus;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.ui.internal.OpenModel;
import org.lawfulaccess.ui.internal.editor.ModelEditor;
import org.lawfulaccess.ui.internal.explorer.ModelExplorer;
import org.lawfulaccess.ui.internal.validation.EvidenceView;
import org.lawfulaccess.ui.internal.validation.LiveValidation;
import org.lawfulaccess.ui.tests.support.Ui;

/**
 * Live findings in the running workbench: opening a model puts its findings in the Problems view;
 * an edit that removes the cause of a finding removes its marker, undo brings it back; Validate
 * gives the same markers; double-clicking a problem selects its element in the explorer.
 */
class LiveValidationTest extends WorkbenchTestCase {

    @Test
    void markersFollowEditsUndoAndValidate() throws Exception {
        Path model = Files.copy(Path.of("../../examples/belgium-2021-cross-border.lawful"), folder.resolve("live.lawful"));
        ModelEditor editor = (ModelEditor) OpenModel.open(page, model);
        Ui.flush();
        int findings = editor.validation().findings().size();
        assertTrue(findings > 0, "the example has findings");
        assertEquals(findings, markers(editor).length, "one marker per finding");
        assertEquals(2, markers(editor, "LA-DUAL-01"), "Incitement to hatred is not criminal in the US: two scenarios");

        IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
        Tree problemsTree = Ui.waitFor("the Problems view's tree", () -> Ui.find(problems.getViewSite().getShell(), Tree.class,
                t -> Ui.allItems(t).stream().anyMatch(i -> i.getText().contains("LA-DUAL-01"))
                        || Arrays.stream(t.getItems()).anyMatch(i -> i.getText().startsWith("Errors"))));
        // The view fills itself in the background and may rebuild its items meanwhile: expand what is there, again.
        Ui.waitFor("a LA-DUAL-01 entry in the Problems view", () -> {
            Ui.allItems(problemsTree).stream().filter(Ui::alive).forEach(Ui::expand);
            return Ui.allItems(problemsTree).stream().anyMatch(i -> Ui.alive(i) && i.getText().contains("LA-DUAL-01"));
        });
        Ui.screenshot(window.getShell(), "problems.png");

        // The analyst records that incitement to hatred is criminal in the US after all.
        Criminalisation notCriminal = editor.document().ecosystem().getFacts().stream().filter(Criminalisation.class::isInstance)
                .map(Criminalisation.class::cast).filter(c -> c.getStatus() == CriminalisationStatus.NOT_CRIMINAL).findFirst().orElseThrow();
        EditingDomain domain = editor.document().editingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, notCriminal, LawfulPackage.Literals.CRIMINALISATION__STATUS,
                CriminalisationStatus.CRIMINAL));
        assertEquals(0, markers(editor, "LA-DUAL-01"), "the edit removes the finding's cause");
        assertEquals(editor.validation().findings().size(), markers(editor).length);

        domain.getCommandStack().undo();
        assertEquals(2, markers(editor, "LA-DUAL-01"), "undo brings the findings back");

        page.activate(editor);
        window.getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand("org.lawfulaccess.ui.validate", null);
        assertEquals(findings, markers(editor).length, "Validate gives the same markers");

        IMarker dual = Arrays.stream(markers(editor)).filter(m -> "LA-DUAL-01".equals(m.getAttribute(LiveValidation.RULE, ""))).findFirst()
                .orElseThrow();
        IDE.gotoMarker(editor, dual);
        Ui.flush();
        ModelExplorer explorer = (ModelExplorer) page.findView(ModelExplorer.ID);
        IStructuredSelection selected = explorer.getCommonViewer().getStructuredSelection();
        assertEquals(List.of(LiveValidation.elementOf(editor.document(), dual)), selected.toList(), "the problem's element is selected");

        EvidenceView evidence = (EvidenceView) page.showView(EvidenceView.ID);
        evidence.show(dual);
        List<String> shown = evidence.texts();
        assertTrue(shown.get(0).startsWith("LA-DUAL-01: "), shown.toString());
        assertTrue(shown.stream().anyMatch(t -> t.startsWith("Criminalisation") || t.contains("not criminal")), shown.toString());
        assertTrue(shown.stream().anyMatch(t -> t.startsWith("\u201c") && t.contains("infraction")),
                "the source's words are quoted: " + shown);
        Ui.screenshot(window.getShell(), "evidence.png");
    }

    private static IMarker[] markers(ModelEditor editor) throws Exception {
        return editor.document().file().findMarkers(LiveValidation.MARKER, false, IResource.DEPTH_ZERO);
    }

    private static long markers(ModelEditor editor, String rule) throws Exception {
        return Arrays.stream(markers(editor)).filter(m -> rule.equals(m.getAttribute(LiveValidation.RULE, ""))).count();
    }
}
