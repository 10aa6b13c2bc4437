/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.model.ClassificationLevel;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.PointOfContact;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.RouteKind;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.model.Urgency;
import org.lawfulaccess.model.UsagePolicy;
import org.lawfulaccess.model.value.TimeSpan;
import org.lawfulaccess.ui.internal.OpenModel;
import org.lawfulaccess.ui.internal.editor.ModelEditor;
import org.lawfulaccess.ui.internal.explorer.ModelExplorer;
import org.lawfulaccess.ui.internal.validation.LiveValidation;
import org.lawfulaccess.ui.tests.support.Ui;

/**
 * Quick fixes in the running workbench, on a small model with one finding for each fix
 * ({@code models/quickfix.lawful}): the marker is in the Problems view, the fix is applied through
 * its marker resolution, the marker goes, Edit &gt; Undo (named after the fix) brings it back.
 * Several markers of one rule are fixed by one command; a second fix right after a first one works
 * on the fresh findings the first one caused; Ctrl+1 works in the Problems view and in the explorer.
 */
class QuickFixTest extends WorkbenchTestCase {

    private static final Path MODEL = Path.of("models/quickfix.lawful");
    private static final String QUICK_FIX = "org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals";

    private ModelEditor editor;

    private Ecosystem open() throws Exception {
        Path model = Files.copy(MODEL, folder.resolve("quickfix.lawful"));
        editor = (ModelEditor) OpenModel.open(page, model);
        Ui.waitFor("the first validation", () -> editor.validation() != null && editor.validation().isValidated());
        return editor.document().ecosystem();
    }

    @Test
    void designatingThePointOfContactThenCitingItsNewSourceFixesTheFreshFinding() throws Exception {
        Ecosystem model = open();
        problemsEntry("LA-SPOC-01");
        apply(only("LA-SPOC-01"), "Designate a 24/7 point of contact");
        assertEquals(List.of(), markers("LA-SPOC-01"), "the contact is designated");
        PointOfContact contact = (PointOfContact) model.getFacts().get(model.getFacts().size() - 1);
        assertEquals("State B", contact.getJurisdiction().getName());
        assertEquals(ContactNetwork.BUDAPEST_24_7, contact.getNetwork());

        // The new contact cites nothing: validation ran after the fix, and the next fix sees its fresh finding.
        IMarker uncited = Ui.waitFor("a LA-PROV-01 marker on the new contact", () -> markers("LA-PROV-01").stream()
                .filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("PointOfContact")).findFirst());
        apply(uncited, "Cite a new source");
        assertTrue(markers("LA-PROV-01").stream().noneMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("PointOfContact")));
        assertEquals(1, contact.getCitations().size());
        assertEquals("Source of " + org.lawfulaccess.core.Labels.text(contact), contact.getCitations().get(0).getSource().getName());
        Ui.waitFor("the Problems view without both findings", () -> Ui.find(window.getShell(), org.eclipse.swt.widgets.Label.class,
                l -> l.getText().startsWith("3 errors, 5 warnings")).isPresent());
        Ui.screenshot(window.getShell(), "quickfix-two-in-a-row.png");

        undoFromEditMenu("Cite a new source");
        assertEquals(0, contact.getCitations().size());
        undoFromEditMenu("Designate a 24/7 point of contact");
        assertEquals(1, markers("LA-SPOC-01").size(), "the finding is back");
        assertTrue(markers("LA-PROV-01").stream().noneMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("PointOfContact")));
    }

    @Test
    void oneFixOnSeveralMarkersIsOneCommand() throws Exception {
        Ecosystem model = open();
        problemsEntry("LA-PROV-01");
        List<IMarker> uncited = markers("LA-PROV-01");
        assertEquals(2, uncited.size(), "Art. 16 and Art. 17 cite nothing");
        WorkbenchMarkerResolution resolution = (WorkbenchMarkerResolution) resolution(uncited.get(0), "Cite the source of its owner");
        assertEquals(List.of(uncited.get(1)), List.of(resolution.findOtherMarkers(uncited.toArray(IMarker[]::new))),
                "the Quick Fix dialog offers the other marker of the rule");
        resolution.run(uncited.toArray(IMarker[]::new), null);
        Ui.flush();
        assertEquals(List.of(), markers("LA-PROV-01"));
        Instrument convention = model.getInstruments().get(0);
        for (String name : List.of("Expedited preservation", "Partial disclosure")) {
            Provision provision = convention.getProvisions().stream().filter(p -> name.equals(p.getName())).findFirst().orElseThrow();
            assertEquals("Official journal of State A", provision.getCitations().get(0).getSource().getName(), "the instrument's source");
        }
        undoFromEditMenu("Cite the source of its owner");
        assertEquals(2, markers("LA-PROV-01").size(), "one undo brings both back");
    }

    @Test
    void expiredFactLeftOpenOrExtended() throws Exception {
        Ecosystem model = open();
        Provision order = model.getInstruments().get(1).getProvisions().get(0);
        problemsEntry("LA-PROV-02");
        apply(only("LA-PROV-02"), "Leave the validity open: the fact still holds");
        assertEquals(List.of(), markers("LA-PROV-02"));
        assertEquals(null, order.getValidTo());
        undoFromEditMenu("Leave the validity open: the fact still holds");
        assertEquals(LocalDate.of(2021, 1, 1), order.getValidTo());

        apply(only("LA-PROV-02"), "Extend the validity past the validation date");
        assertEquals(List.of(), markers("LA-PROV-02"));
        assertEquals(LocalDate.of(2022, 1, 2), order.getValidTo(), "the day after the as-of date, still closed");
        undoFromEditMenu("Extend the validity past the validation date");
        assertEquals(1, markers("LA-PROV-02").size());
    }

    @Test
    void integrityLatencySwappedAndDanglingReferencesRemoved() throws Exception {
        Ecosystem model = open();
        Provision assistance = model.getInstruments().get(0).getProvisions().get(3);
        problemsEntry("LA-INT-01");
        IMarker latency = only("LA-INT-01");
        assertEquals(List.of("Swap the minimum and maximum latency"), labels(latency), "only the fix for this kind of integrity finding");
        apply(latency, "Swap the minimum and maximum latency");
        assertEquals(List.of(), markers("LA-INT-01"));
        assertEquals(TimeSpan.months(6), assistance.getMinLatency());
        assertEquals(TimeSpan.months(12), assistance.getMaxLatency());
        undoFromEditMenu("Swap the minimum and maximum latency");
        assertEquals(1, markers("LA-INT-01").size());

        // An offence taken out of the model without clearing the references to it (as another program may leave a file).
        var domain = editor.document().editingDomain();
        domain.getCommandStack().execute(RemoveCommand.create(domain, model, LawfulPackage.Literals.ECOSYSTEM__OFFENCES,
                model.getOffences().get(0)));
        List<IMarker> dangling = markers("LA-INT-01").stream().filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("offence")).toList();
        assertEquals(2, dangling.size(), "both scenarios refer to the removed offence: " + messages("LA-INT-01"));
        WorkbenchMarkerResolution remove = (WorkbenchMarkerResolution) resolution(dangling.get(0), "Remove the dangling reference");
        remove.run(dangling.toArray(IMarker[]::new), null);
        Ui.flush();
        assertTrue(markers("LA-INT-01").stream().noneMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("offence")), messages("LA-INT-01").toString());
        assertTrue(model.getScenarios().stream().allMatch(s -> s.getOffence() == null));
        undoFromEditMenu("Remove the dangling reference");
        assertEquals(2, markers("LA-INT-01").stream().filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("offence")).count());
    }

    @Test
    void classifiedUseLoweredToTheAccreditation() throws Exception {
        Ecosystem model = open();
        UsagePolicy policy = (UsagePolicy) model.getFacts().stream().filter(UsagePolicy.class::isInstance).findFirst().orElseThrow();
        problemsEntry("LA-SEC-01");
        apply(only("LA-SEC-01"), "Lower the policy's level to the accreditation");
        assertEquals(List.of(), markers("LA-SEC-01"));
        assertEquals(ClassificationLevel.UNCLASSIFIED, policy.getMaxLevel(), "Chat has no accreditation");
        undoFromEditMenu("Lower the policy's level to the accreditation");
        assertEquals(ClassificationLevel.SECRET, policy.getMaxLevel());
        assertEquals(1, markers("LA-SEC-01").size());
    }

    @Test
    void providerContactDesignated() throws Exception {
        Ecosystem model = open();
        problemsEntry("LA-SPOC-02");
        apply(only("LA-SPOC-02"), "Designate a point of contact for the provider");
        assertEquals(List.of(), markers("LA-SPOC-02"));
        PointOfContact contact = (PointOfContact) model.getFacts().get(model.getFacts().size() - 1);
        assertEquals("Provider P", contact.getCounterpart().getName());
        assertEquals(ContactNetwork.PROVIDER_SPECIFIC, contact.getNetwork());
        undoFromEditMenu("Designate a point of contact for the provider");
        assertEquals(1, markers("LA-SPOC-02").size());
    }

    /**
     * LA-TIME-01 reports every workable route that is too slow, so neither fix removes the finding on
     * the slow route: each adds what makes another route possible, and the best route then beats the
     * retention. What the Problems view shows is the new facts' own findings.
     */
    @Test
    void retentionFixesAddAPreservationStepOrMarkTheScenarioUrgent() throws Exception {
        Ecosystem model = open();
        Scenario traffic = model.getScenarios().get(1);
        Instrument code = model.getInstruments().get(1);
        problemsEntry("LA-TIME-01");
        apply(only("LA-TIME-01"), "Add a preservation step");
        Provision preservation = code.getProvisions().get(code.getProvisions().size() - 1);
        assertEquals(RouteKind.PRESERVATION, preservation.getRouteKind());
        assertEquals(List.of(org.lawfulaccess.model.DataCategory.TRAFFIC), preservation.getDataCategories());
        Ui.waitFor("the new provision's own finding (it cites nothing yet)", () -> markers("LA-PROV-01").size() == 3);
        assertEquals(List.of("Treat the scenario as an imminent threat"), labels(only("LA-TIME-01")),
                "the instrument already preserves traffic data: the step is not offered twice");
        undoFromEditMenu("Add a preservation step");
        assertEquals(2, markers("LA-PROV-01").size());
        assertEquals(2, code.getProvisions().size());

        apply(only("LA-TIME-01"), "Treat the scenario as an imminent threat");
        assertEquals(Urgency.IMMINENT_THREAT, traffic.getUrgency());
        assertEquals(1, markers("LA-EMER-01").size(), "an imminent threat now asks for an emergency route");
        undoFromEditMenu("Treat the scenario as an imminent threat");
        assertEquals(Urgency.ROUTINE, traffic.getUrgency());
        assertEquals(List.of(), markers("LA-EMER-01"));
    }

    @Test
    void quickFixFromTheProblemsViewsContextMenu() throws Exception {
        Ecosystem model = open();
        UsagePolicy policy = (UsagePolicy) model.getFacts().stream().filter(UsagePolicy.class::isInstance).findFirst().orElseThrow();
        IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
        TreeItem entry = problemsEntry("LA-SEC-01");
        Ui.select(entry);
        page.activate(problems);
        Ui.flush();
        List<String> offered = new ArrayList<>();
        answer("Quick Fix", shell -> {
            Table fixes = Ui.find(shell, Table.class, t -> Arrays.stream(t.getItems()).anyMatch(i -> i.getText().startsWith("Lower"))).orElseThrow();
            Arrays.stream(fixes.getItems()).forEach(i -> offered.add(i.getText()));
            TableItem lower = Arrays.stream(fixes.getItems()).filter(i -> i.getText().startsWith("Lower")).findFirst().orElseThrow();
            fixes.setSelection(lower);
            Event event = new Event();
            event.item = lower;
            fixes.notifyListeners(SWT.Selection, event);
            screenshot(shell, "quickfix-problems-dialog.png");
        }, "Finish");
        Ui.clickMenu(entry.getParent(), "Quick Fix");
        Ui.waitFor("the fix applied from the Quick Fix dialog", () -> policy.getMaxLevel() == ClassificationLevel.UNCLASSIFIED);
        assertEquals(List.of("Lower the policy's level to the accreditation"), offered);
        assertEquals(List.of(), markers("LA-SEC-01"));
    }

    @Test
    void ctrl1OnAnElementInTheExplorerListsItsFixes() throws Exception {
        Ecosystem model = open();
        EObject stateB = model.getJurisdictions().get(1);
        ModelExplorer explorer = (ModelExplorer) page.showView(ModelExplorer.ID);
        explorer.selectReveal(new StructuredSelection(stateB));
        page.activate(explorer);
        Ui.flush();
        List<String> offered = new ArrayList<>();
        answer("Quick Fix", shell -> {
            Table fixes = Ui.find(shell, Table.class, t -> true).orElseThrow();
            Arrays.stream(fixes.getItems()).forEach(i -> offered.add(i.getText()));
            screenshot(shell, "quickfix-explorer-dialog.png");
        }, "OK");
        window.getService(IHandlerService.class).executeCommand(QUICK_FIX, null);
        Ui.flush();
        assertEquals(1, offered.size(), offered.toString());
        assertTrue(offered.get(0).startsWith("Designate a 24/7 point of contact \u2014 LA-SPOC-01: Jurisdiction \"State B (BB)\""), offered.get(0));
        assertEquals(List.of(), markers("LA-SPOC-01"), "OK applies the chosen fix");
        undoFromEditMenu("Designate a 24/7 point of contact");
        assertEquals(1, markers("LA-SPOC-01").size());
    }

    /** Applies a fix through the marker resolution the Problems view offers. */
    private static void apply(IMarker marker, String label) {
        resolution(marker, label).run(marker);
        Ui.flush();
    }

    private static IMarkerResolution resolution(IMarker marker, String label) {
        IMarkerResolution[] offered = IDE.getMarkerHelpRegistry().getResolutions(marker);
        return Arrays.stream(offered).filter(r -> r.getLabel().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no fix " + label + " among " + labels(marker)));
    }

    private static List<String> labels(IMarker marker) {
        return Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker)).map(IMarkerResolution::getLabel).toList();
    }

    /** Edit &gt; Undo, as a user clicks it, after checking that it is named after the fix. */
    private void undoFromEditMenu(String fix) {
        page.activate(editor);
        Ui.flush();
        MenuItem edit = Arrays.stream(window.getShell().getMenuBar().getItems()).filter(i -> Ui.plain(i.getText()).equals("Edit"))
                .findFirst().orElseThrow();
        Menu menu = edit.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        Ui.flush();
        MenuItem undo = Arrays.stream(menu.getItems()).filter(i -> Ui.plain(i.getText()).startsWith("Undo")).findFirst().orElseThrow();
        assertEquals("Undo " + fix, Ui.plain(undo.getText()));
        undo.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        Ui.flush();
    }

    private IMarker only(String rule) {
        List<IMarker> found = markers(rule);
        assertEquals(1, found.size(), rule + ": " + messages(rule));
        return found.get(0);
    }

    private List<IMarker> markers(String rule) {
        try {
            return Arrays.stream(editor.document().file().findMarkers(LiveValidation.MARKER, false, IResource.DEPTH_ZERO))
                    .filter(m -> rule.equals(m.getAttribute(LiveValidation.RULE, ""))).toList();
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> messages(String rule) {
        return markers(rule).stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
    }

    /** @return the rule's entry in the Problems view, once the view shows it */
    private TreeItem problemsEntry(String rule) throws Exception {
        IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
        Tree tree = Ui.waitFor("the Problems view's tree", () -> Ui.find(problems.getViewSite().getShell(), Tree.class,
                t -> Arrays.stream(t.getItems()).anyMatch(i -> i.getText().matches("(Errors|Warnings|Infos) \\(.*"))));
        return Ui.waitFor("a " + rule + " entry in the Problems view", () -> {
            // The categories only: expanding an entry itself is not a thing the view supports.
            Arrays.stream(tree.getItems()).filter(Ui::alive).forEach(Ui::expand);
            // The view refreshes a moment after the markers change: wait for an entry of a current marker.
            return Ui.allItems(tree).stream().filter(i -> Ui.alive(i) && i.getText().startsWith(rule + ":") && isCurrent(i)).findFirst();
        });
    }

    private static boolean isCurrent(TreeItem entry) {
        IMarker marker = org.eclipse.core.runtime.Adapters.adapt(entry.getData(), IMarker.class);
        return marker != null && marker.exists();
    }

    /** Once a shell with the title shows, hands it to the check, then presses the button. */
    private static void answer(String title, java.util.function.Consumer<Shell> check, String button) {
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        long end = System.currentTimeMillis() + Ui.TIMEOUT_MS;
        poll[0] = () -> {
            Optional<Shell> dialog = Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText()))
                    .findFirst();
            if (dialog.isEmpty()) {
                if (System.currentTimeMillis() < end) {
                    display.timerExec(50, poll[0]);
                }
                return;
            }
            try {
                check.accept(dialog.get());
            } finally {
                Ui.find(dialog.get(), Button.class, b -> Ui.plain(b.getText()).equals(button)).orElseThrow(() -> new AssertionError("no " + button))
                        .notifyListeners(SWT.Selection, new Event());
            }
        };
        display.timerExec(50, poll[0]);
    }

    private static void screenshot(Shell shell, String name) {
        try {
            Ui.screenshot(shell, name);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
