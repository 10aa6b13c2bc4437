/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.generate.EcosystemGenerator;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.NamedElement;
import org.lawfulaccess.ui.internal.OpenModel;
import org.lawfulaccess.ui.internal.editor.ModelEditor;
import org.lawfulaccess.ui.internal.explorer.ModelExplorer;
import org.lawfulaccess.ui.internal.validation.LiveValidation;
import org.lawfulaccess.ui.tests.support.Ui;

/**
 * The in-workbench part of {@code bin/lawful-bench workbench}. Inside a real workbench, started by
 * that script as its own process with the property {@value #REPORT}, it generates a 10k- and a
 * 100k-element model beside the report and opens each five times the way File &gt; Open does,
 * until the editor, the Model Explorer's root and the Problems view's first entries are shown;
 * then, at 100k, it times five selections in the explorer until the Properties view shows the
 * element, and five edits until the marker set changes. It writes the samples in milliseconds, a
 * line per measure, and closes the workbench; the script prints their medians. It asserts nothing
 * on time (machines are noisy), and a workbench started without the property does nothing. It runs
 * at startup rather than as a test so that the normal test run never pays for it and the script
 * runs it without Maven, from the bundles of the last UI test run.
 */
public final class WorkbenchBench implements IStartup {

    static final String REPORT = "lawful.bench.report"; //$NON-NLS-1$
    private static final int RUNS = 5;
    private static final long TIMEOUT_MS = 120_000;

    @Override
    public void earlyStartup() {
        String report = System.getProperty(REPORT);
        if (report == null) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            List<String> lines = new ArrayList<>();
            try {
                run(Path.of(report).getParent(), lines); // the script's folder, which it deletes
            } catch (Exception | AssertionError e) {
                lines.add("failed: " + e); //$NON-NLS-1$
            }
            try { // whole or not at all: the script reads it as soon as it is there
                Path partial = Path.of(report + ".partial"); //$NON-NLS-1$
                Files.write(partial, lines);
                Files.move(partial, Path.of(report), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                e.printStackTrace();
            }
            PlatformUI.getWorkbench().close();
        });
    }

    private static void run(Path folder, List<String> lines) throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ModelExplorer explorer = (ModelExplorer) page.showView(ModelExplorer.ID);
        Path small = generate(folder, 10_000);
        Path large = generate(folder, 100_000);
        lines.add(samples("open 10k", open(page, explorer, small, RUNS)));
        List<Long> opened = open(page, explorer, large, RUNS - 1);
        opened.add(openOnce(page, explorer, large)); // the last one stays open for the next measures
        lines.add(samples("open 100k", opened));
        lines.add(samples("selection to properties at 100k", select(page, explorer)));
        lines.add(samples("edit to marker at 100k", edit((ModelEditor) page.getActiveEditor())));
        page.closeAllEditors(false);
    }

    private static Path generate(Path folder, int elements) throws Exception {
        ModelStore store = LawfulResources.newModelStore();
        Path file = folder.resolve("generated-" + elements / 1000 + "k.lawful"); //$NON-NLS-1$ //$NON-NLS-2$
        Resource resource = store.newResourceSet().createResource(URI.createFileURI(file.toString()));
        new EcosystemGenerator().generateInto(resource, elements, 1);
        store.save(resource);
        return file;
    }

    /** Opens and closes the model, each time until what an analyst sees first is there. */
    private static List<Long> open(IWorkbenchPage page, ModelExplorer explorer, Path file, int runs) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(openOnce(page, explorer, file));
            page.closeAllEditors(false);
            Tree tree = explorer.getCommonViewer().getTree();
            waitFor("the model closed", () -> tree.getItemCount() == 0 && !problemsShown(page));
        }
        return times;
    }

    private static long openOnce(IWorkbenchPage page, ModelExplorer explorer, Path file) throws Exception {
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        Tree tree = explorer.getCommonViewer().getTree();
        long start = System.nanoTime();
        ModelEditor editor = (ModelEditor) OpenModel.open(page, file);
        waitFor("the model open, in the explorer and the Problems view", () -> editor.document() != null
                && editor.validation() != null
                && Arrays.stream(tree.getItems()).anyMatch(i -> i.getData() == editor.document().ecosystem())
                && problemsShown(page));
        return millisSince(start);
    }

    /** Selects named elements in the explorer, as a click does, until the Properties view shows each one's name. */
    private static List<Long> select(IWorkbenchPage page, ModelExplorer explorer) throws Exception {
        PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(explorer);
        Tree tree = explorer.getCommonViewer().getTree();
        TreeItem root = tree.getItem(0);
        Ui.expand(root);
        List<TreeItem> named = new ArrayList<>();
        for (TreeItem folder : root.getItems()) {
            named.addAll(namedBelow(folder));
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            TreeItem item = named.get(i % named.size());
            String name = ((NamedElement) item.getData()).getName();
            long start = System.nanoTime();
            Ui.select(item);
            waitFor("the properties of " + name,
                    () -> ((IStructuredSelection) explorer.getCommonViewer().getSelection()).getFirstElement() == item.getData()
                            && shows(properties.getCurrentPage().getControl(), name));
            times.add(millisSince(start));
        }
        return times;
    }

    /** @return two named elements in the folder, or in its first slice of 500 */
    private static List<TreeItem> namedBelow(TreeItem folder) {
        Ui.expand(folder);
        TreeItem[] items = folder.getItems();
        if (items.length > 0 && !(items[0].getData() instanceof NamedElement)) {
            Ui.expand(items[0]);
            items = items[0].getItems();
        }
        return Arrays.stream(items).filter(i -> i.getData() instanceof NamedElement).limit(2).toList();
    }

    /** @return whether the property sheet's table has a row whose value is the text */
    private static boolean shows(Control root, String text) {
        return root != null && !Ui.findAll(root, Tree.class, t -> t.isVisible()
                && Ui.allItems(t).stream().anyMatch(i -> t.getColumnCount() > 1 && text.equals(i.getText(1)))).isEmpty();
    }

    /**
     * Removes the citations of a cited fact, which leaves it citing nothing (a finding of LA-PROV-01),
     * until the model's marker set changes; undoes it unmeasured before the next run.
     */
    private static List<Long> edit(ModelEditor editor) throws Exception {
        EditingDomain domain = editor.document().editingDomain();
        IFile file = editor.document().file();
        List<Fact> cited = editor.document().ecosystem().getFacts().stream().filter(f -> !f.getCitations().isEmpty()).limit(RUNS).toList();
        List<Long> times = new ArrayList<>();
        for (Fact fact : cited) {
            Set<Long> before = markerIds(file);
            Set<String> findings = findings(file);
            Command remove = RemoveCommand.create(domain, fact, LawfulPackage.Literals.SOURCED__CITATIONS, List.copyOf(fact.getCitations()));
            long start = System.nanoTime();
            domain.getCommandStack().execute(remove);
            waitFor("a change of the markers", () -> !markerIds(file).equals(before));
            times.add(millisSince(start));
            domain.getCommandStack().undo();
            waitFor("the findings back after undo", () -> findings(file).equals(findings));
        }
        return times;
    }

    private static Set<Long> markerIds(IFile file) {
        return Arrays.stream(markers(file)).map(IMarker::getId).collect(Collectors.toSet());
    }

    private static Set<String> findings(IFile file) {
        return Arrays.stream(markers(file)).map(m -> m.getAttribute(IMarker.LOCATION, "") + ": " + m.getAttribute(IMarker.MESSAGE, "")) //$NON-NLS-1$ //$NON-NLS-2$
                .collect(Collectors.toSet());
    }

    private static IMarker[] markers(IFile file) {
        try {
            return file.findMarkers(LiveValidation.MARKER, false, IResource.DEPTH_ZERO);
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return whether the Problems view lists findings: it groups them under "Errors (n items)", "Warnings (n items)"… */
    private static boolean problemsShown(IWorkbenchPage page) {
        return Ui.find(page.getWorkbenchWindow().getShell(), Tree.class, t -> t.isVisible() && Arrays.stream(t.getItems())
                .anyMatch(i -> i.getText().matches("(Errors|Warnings|Infos) \\(.*"))).isPresent(); //$NON-NLS-1$
    }

    /** Dispatches events until the condition holds, checking every millisecond; a bench run that hangs says so. */
    private static void waitFor(String what, BooleanSupplier condition) {
        Ui.waitFor(what, TIMEOUT_MS, 1, condition);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String samples(String measure, List<Long> times) {
        return measure + "\t" + times.stream().map(String::valueOf).collect(Collectors.joining(" ")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
