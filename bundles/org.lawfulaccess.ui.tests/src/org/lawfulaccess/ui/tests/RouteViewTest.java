/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.core.routes.GapKind;
import org.lawfulaccess.core.routes.Latency;
import org.lawfulaccess.core.routes.Route;
import org.lawfulaccess.core.routes.RouteAnalysis;
import org.lawfulaccess.core.routes.RouteOptions;
import org.lawfulaccess.core.routes.RouteReport;
import org.lawfulaccess.core.routes.ScenarioRoutes;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.CriminalisationStatus;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.ui.internal.OpenModel;
import org.lawfulaccess.ui.internal.editor.ModelEditor;
import org.lawfulaccess.ui.internal.explorer.ModelExplorer;
import org.lawfulaccess.ui.internal.routes.RouteView;
import org.lawfulaccess.ui.tests.support.Ui;

/**
 * The Routes view on the Belgium 2021 example: selecting a scenario shows the routes the command
 * line's {@code lawful routes} prints, the best one marked, blocked ones with their gaps and the
 * rules that report them; the view follows the as-of date, edits and undo; a double-click on a step
 * selects its provision in the explorer.
 */
class RouteViewTest extends WorkbenchTestCase {

    private static final String FACEBOOK = "Incitement to hatred on Facebook";
    private static final String OPERATOR = "Same case: subscriber";
    private static final int ROUTE = 0;
    private static final int PROVISION = 1;
    private static final int LATENCY = 2;
    private static final int DELIVERED = 3;
    private static final int BINDING = 5;
    private static final int AVAILABLE = 6;
    private static final int GAPS = 8;

    private ModelEditor openBelgium() throws Exception {
        Path model = Files.copy(Path.of("../../examples/belgium-2021-cross-border.lawful"), folder.resolve("belgium.lawful"));
        ModelEditor editor = (ModelEditor) OpenModel.open(page, model);
        Ui.waitFor("the first validation", () -> editor.validation() != null && editor.validation().isValidated());
        return editor;
    }

    /** Opens the view from Window > Show View, as an analyst does. */
    private RouteView showFromMenu() {
        Optional.ofNullable(page.findView(RouteView.ID)).ifPresent(page::hideView);
        Ui.flush();
        Menu windowMenu = menuItem(window.getShell().getMenuBar(), "Window").getMenu();
        Menu views = menuItem(windowMenu, "Show View").getMenu();
        menuItem(views, "Routes").notifyListeners(SWT.Selection, new Event());
        Ui.flush();
        RouteView view = (RouteView) page.findView(RouteView.ID);
        assertNotNull(view, "Window > Show View > Routes opens the view");
        return view;
    }

    private static MenuItem menuItem(Menu menu, String text) {
        menu.notifyListeners(SWT.Show, new Event());
        Ui.flush();
        return Arrays.stream(menu.getItems()).filter(i -> Ui.plain(i.getText()).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + text + " in "
                        + Arrays.stream(menu.getItems()).map(i -> Ui.plain(i.getText())).toList()));
    }

    private static Scenario scenario(ModelEditor editor, String prefix) {
        return editor.document().ecosystem().getScenarios().stream().filter(s -> s.getName().startsWith(prefix)).findFirst().orElseThrow();
    }

    private void select(Scenario scenario) {
        ModelExplorer explorer = (ModelExplorer) page.findView(ModelExplorer.ID);
        page.activate(explorer); // as a click in it does: the view follows the selection of the part in front
        explorer.selectReveal(new StructuredSelection(scenario));
        Ui.flush();
    }

    /** @return the analysis the command line makes, at the document's as-of date (none: each scenario's request date) */
    private static ScenarioRoutes expected(ModelEditor editor, Scenario scenario) {
        return RouteAnalysis.of(editor.document().ecosystem(), RouteOptions.defaults().withAsOf(editor.document().asOf()))
                .routesOf(scenario).orElseThrow();
    }

    /** Waits until the view's routes are those of the analysis, row by row. */
    private static void waitForRoutes(RouteView view, ScenarioRoutes expected, String what) {
        try {
            Ui.waitFor(what, () -> view.scenario() == expected.scenario() && matches(view.tree(), expected));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the view shows " + view.header() + " and "
                    + Ui.allItems(view.tree()).stream().map(i -> i.getText(ROUTE) + " | " + i.getText(AVAILABLE)).toList()
                    + "; expected\n" + RouteReport.toText(List.of(expected)), e);
        }
    }

    private static boolean matches(Tree tree, ScenarioRoutes expected) {
        TreeItem[] rows = tree.getItems();
        int scenarioGaps = expected.gaps().size();
        if (rows.length != scenarioGaps + expected.routes().size()) {
            return false;
        }
        for (int i = 0; i < expected.routes().size(); i++) {
            Route route = expected.routes().get(i);
            TreeItem row = rows[scenarioGaps + i];
            String marker = expected.best().orElse(null) == route ? "  best" : route.isAvailable() ? "" : "  blocked";
            if (!row.getText(ROUTE).equals("#" + (i + 1) + marker) || !row.getText(LATENCY).equals(Latency.describe(route.latency()))
                    || !row.getText(DELIVERED).equals(Latency.describe(route.delivered()))
                    || !row.getText(BINDING).equals(route.isBinding() ? "binding" : "voluntary")
                    || row.getText(AVAILABLE).startsWith("available") != route.isAvailable()
                    || gapRows(row).size() != route.gaps().size()) {
                return false;
            }
        }
        return true;
    }

    /** @return the gap rows under a route row: under its steps, then its own */
    private static List<TreeItem> gapRows(TreeItem route) {
        return Ui.allItems(route.getParent()).stream().filter(i -> isBelow(i, route) && i.getItemCount() == 0
                && (i.getText(ROUTE).startsWith("BLOCKING ") || i.getText(ROUTE).startsWith("WEAKENING ") || i.getText(ROUTE).startsWith("NOTE ")))
                .toList();
    }

    private static boolean isBelow(TreeItem item, TreeItem ancestor) {
        for (TreeItem parent = item.getParentItem(); parent != null; parent = parent.getParentItem()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Optional<TreeItem> gapRow(RouteView view, GapKind kind) {
        return Ui.allItems(view.tree()).stream().filter(i -> i.getText(ROUTE).endsWith(" " + kind.name())).findFirst();
    }

    @Test
    void theRoutesOfTheSelectedScenarioAreThoseOfTheCommandLine() throws Exception {
        ModelEditor editor = openBelgium();
        RouteView view = showFromMenu();
        assertEquals("Select a scenario to see its routes.", view.header().get(0), "nothing selected yet");

        Scenario facebook = scenario(editor, FACEBOOK);
        select(facebook);
        ScenarioRoutes expected = expected(editor, facebook);
        waitForRoutes(view, expected, "the Facebook scenario's routes");
        assertEquals(4, expected.routes().size(), "the example's four routes");
        assertEquals(List.of(facebook.getName(), "Evaluated at 2020-10-19 (its request date); Belgium (BE) \u2192 Facebook, Inc. (US); starts 14 days after the event",
                "4 routes: 1 available, 3 blocked. Best route: #1"), view.header());

        TreeItem best = view.tree().getItem(0);
        assertEquals("#1  best", best.getText(ROUTE));
        assertTrue((best.getFont(ROUTE).getFontData()[0].getStyle() & SWT.BOLD) != 0, "the best route is bold");
        assertEquals("mutual legal assistance \u2192 production order", best.getText(PROVISION));
        assertEquals("available", best.getText(AVAILABLE));

        // What the command line prints, step by step and gap by gap.
        String report = RouteReport.toText(List.of(expected));
        for (TreeItem item : Ui.allItems(view.tree())) {
            if (item.getParentItem() != null && item.getText(ROUTE).matches("\\d\\. .*")) {
                assertTrue(report.contains(item.getText(PROVISION) + ": "), "step " + item.getText(PROVISION) + " in\n" + report);
            } else if (item.getText(ROUTE).matches("(BLOCKING|WEAKENING|NOTE) .*")) {
                assertTrue(report.contains(item.getText(ROUTE) + ": " + item.getText(PROVISION)), item.getText(PROVISION) + " in\n" + report);
            }
        }

        // Route #4 is blocked by dual criminality, which LA-DUAL-01 reports.
        TreeItem blocked = view.tree().getItem(3);
        assertEquals("#4  blocked", blocked.getText(ROUTE));
        assertEquals("blocked (legally available)", blocked.getText(AVAILABLE));
        assertEquals("1 blocking, 2 weakening", blocked.getText(GAPS));
        assertTrue(blocked.getItem(0).getText(GAPS).startsWith("DUAL_CRIMINALITY_FAILS (LA-DUAL-01)"), blocked.getItem(0).getText(GAPS));
        TreeItem dual = gapRow(view, GapKind.DUAL_CRIMINALITY_FAILS).orElseThrow();
        assertEquals("BLOCKING DUAL_CRIMINALITY_FAILS", dual.getText(ROUTE));
        assertEquals("LA-DUAL-01", dual.getText(GAPS));
        assertTrue(dual.getText(PROVISION).contains("is not criminal in United States (US)"), dual.getText(PROVISION));
        assertEquals("", gapRow(view, GapKind.NO_ESTABLISHMENT).orElseThrow().getText(GAPS),
                "no finding reports a gap on a route that a binding route makes up for");
        Ui.screenshot(window.getShell(), "routes.png");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Ui.flush();
        Ui.screenshot(window.getShell(), "routes-maximized.png");
        view.tree().showColumn(view.tree().getColumn(GAPS));
        Ui.screenshot(window.getShell(), "routes-gaps.png");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        Ui.flush();

        // Double-clicking a step selects its provision in the explorer; the view stays on its scenario.
        // The rows are fetched again: the view rebuilds them when validation or the layout changes.
        Ui.expand(view.tree().getItem(0));
        TreeItem step = view.tree().getItem(0).getItem(0);
        view.tree().setSelection(step);
        Event open = new Event();
        open.item = step;
        view.tree().notifyListeners(SWT.DefaultSelection, open);
        Ui.flush();
        ModelExplorer explorer = (ModelExplorer) page.findView(ModelExplorer.ID);
        assertEquals(List.of(expected.routes().get(0).first().provision()), explorer.getCommonViewer().getStructuredSelection().toList());
        assertEquals(facebook, view.scenario());
    }

    @Test
    void theViewFollowsTheAsOfDateEditsAndUndo() throws Exception {
        ModelEditor editor = openBelgium();
        RouteView view = (RouteView) page.showView(RouteView.ID);
        Scenario operator = scenario(editor, OPERATOR);
        select(operator);
        waitForRoutes(view, expected(editor, operator), "the dependent scenario's routes");
        assertEquals("Evaluated at 2020-03-16 (its request date); Belgium (BE) \u2192 Belgian telecom operator (generic) (BE); "
                + "starts at least 197 days after the event, carried over from the delivery of \"" + operator.getDependsOn().getName() + "\"",
                view.header().get(1), "the time the scenario it depends on takes is carried over");
        TreeItem retention = gapRow(view, GapKind.RETENTION_EXPIRES).orElseThrow();
        assertEquals("WEAKENING RETENTION_EXPIRES", retention.getText(ROUTE));
        assertEquals("LA-TIME-01", retention.getText(GAPS));
        Ui.screenshot(window.getShell(), "routes-dependent.png");

        // After the annulment of the retention law, the data is no longer at risk of deletion by it.
        editor.document().setAsOf(LocalDate.of(2021, 4, 29));
        waitForRoutes(view, expected(editor, operator), "the routes at 2021-04-29");
        assertTrue(gapRow(view, GapKind.RETENTION_EXPIRES).isEmpty(), "the retention rule ended on 2021-04-22");
        assertTrue(view.header().get(1).startsWith("Evaluated at 2021-04-29 (the as-of date; its request date is 2020-03-16)"), view.header().get(1));
        editor.document().setAsOf(null);
        waitForRoutes(view, expected(editor, operator), "the routes at the request date again");
        assertTrue(gapRow(view, GapKind.RETENTION_EXPIRES).isPresent());

        // The analyst records that incitement to hatred is criminal in the US: the direct request opens.
        Scenario facebook = scenario(editor, FACEBOOK);
        select(facebook);
        ScenarioRoutes before = expected(editor, facebook);
        waitForRoutes(view, before, "the Facebook scenario's routes");
        assertTrue(gapRow(view, GapKind.DUAL_CRIMINALITY_FAILS).isPresent());
        Criminalisation notCriminal = editor.document().ecosystem().getFacts().stream().filter(Criminalisation.class::isInstance)
                .map(Criminalisation.class::cast).filter(c -> c.getStatus() == CriminalisationStatus.NOT_CRIMINAL).findFirst().orElseThrow();
        EditingDomain domain = editor.document().editingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, notCriminal, LawfulPackage.Literals.CRIMINALISATION__STATUS,
                CriminalisationStatus.CRIMINAL));
        ScenarioRoutes after = expected(editor, facebook);
        assertEquals(before.availableRoutes().size() + 1, after.availableRoutes().size(), "the edit opens a route");
        waitForRoutes(view, after, "the routes after the edit");
        assertTrue(gapRow(view, GapKind.DUAL_CRIMINALITY_FAILS).isEmpty(), "no dual criminality gap after the edit");
        assertTrue(view.header().get(2).startsWith("4 routes: 2 available, 2 blocked."), view.header().get(2));

        domain.getCommandStack().undo();
        waitForRoutes(view, before, "the routes after undo");
        assertTrue(gapRow(view, GapKind.DUAL_CRIMINALITY_FAILS).isPresent(), "undo brings the gap back");
        assertEquals("4 routes: 1 available, 3 blocked. Best route: #1", view.header().get(2));

        // Closing the model empties the view.
        page.closeAllEditors(false);
        Ui.waitFor("the empty state", () -> view.header().get(0).equals("Select a scenario to see its routes."));
        assertNull(view.scenario());
        assertFalse(view.tree().isVisible());
    }

    @Test
    void theViewFollowsTheEditorInFront() throws Exception {
        ModelEditor belgium = openBelgium();
        Path france = Files.copy(Path.of("../../examples/france-2016-decryption.lawful"), folder.resolve("france.lawful"));
        ModelEditor other = (ModelEditor) OpenModel.open(page, france);
        Ui.flush();
        RouteView view = (RouteView) page.showView(RouteView.ID);
        Scenario facebook = scenario(belgium, FACEBOOK);
        select(facebook);
        waitForRoutes(view, expected(belgium, facebook), "the Belgian scenario's routes");

        // A collapsed route stays collapsed when an edit refreshes the view.
        TreeItem first = view.tree().getItem(0);
        Event collapse = new Event();
        collapse.item = first;
        view.tree().notifyListeners(SWT.Collapse, collapse);
        first.setExpanded(false);
        Criminalisation notCriminal = belgium.document().ecosystem().getFacts().stream().filter(Criminalisation.class::isInstance)
                .map(Criminalisation.class::cast).filter(c -> c.getStatus() == CriminalisationStatus.NOT_CRIMINAL).findFirst().orElseThrow();
        EditingDomain domain = belgium.document().editingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, notCriminal, LawfulPackage.Literals.CRIMINALISATION__STATUS,
                CriminalisationStatus.CRIMINAL));
        waitForRoutes(view, expected(belgium, facebook), "the routes after the edit");
        assertFalse(view.tree().getItem(0).getExpanded(), "route #1 stays collapsed");
        assertTrue(view.tree().getItem(1).getExpanded());

        page.activate(other);
        Ui.waitFor("the empty state for the French model", () -> view.header().get(0).equals("Select a scenario to see its routes."));
        Scenario french = other.document().ecosystem().getScenarios().get(0);
        select(french);
        waitForRoutes(view, expected(other, french), "the French scenario's routes");

        page.activate(belgium);
        waitForRoutes(view, expected(belgium, facebook), "the Belgian scenario again, with its editor in front");
    }
}
