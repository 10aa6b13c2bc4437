/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.routes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeViewerListener;
import org.eclipse.jface.viewers.TreeExpansionEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.ViewPart;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.core.routes.Latency;
import org.lawfulaccess.core.routes.ScenarioRoutes;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.ui.ModelDocument;
import org.lawfulaccess.ui.ModelDocuments;
import org.lawfulaccess.ui.internal.editor.ModelEditor;
import org.lawfulaccess.ui.internal.explorer.ModelExplorer;
import org.lawfulaccess.ui.internal.routes.RouteRows.GapRow;
import org.lawfulaccess.ui.internal.routes.RouteRows.RouteRow;
import org.lawfulaccess.ui.internal.routes.RouteRows.StepRow;
import org.lawfulaccess.validation.Finding;

/**
 * The route analysis of the selected scenario: every route by which its requesting authority can
 * obtain the data, with its steps, latency, force, availability at the as-of date, observed
 * practice and gaps, the best route in bold. The same analysis as the command line's
 * {@code lawful routes} ({@link FollowedRoutes}); a gap shows the rules whose findings report it.
 * <p>
 * It follows the selection (a scenario, or an element inside one) and the editor in front; other
 * selections leave it as it is, so that a double-click on a step can select the step's provision
 * in the Model Explorer. Edits, the as-of date and new findings refresh it once a burst of them
 * settles, and only while it is visible.
 */
public final class RouteView extends ViewPart implements ISelectionListener {

    public static final String ID = "org.lawfulaccess.ui.routes"; //$NON-NLS-1$
    /** Edits and findings come in bursts (a command, then its markers): refresh once they settle. */
    private static final int SETTLE_MILLIS = 150;
    private static final int[] WIDTHS = { 300, 380, 145, 150, 90, 90, 190, 110, 260 };

    private final Runnable refresh = this::refresh;
    private final ModelDocument.Listener documentChanged = d -> schedule();
    private final ModelDocuments.Listener openedOrClosed = this::openedOrClosed;
    private final IResourceChangeListener markersChanged = this::markersChanged;
    /** The scenario last shown for each open model, shown again when its editor comes to the front. */
    private final Map<ModelDocument, Scenario> lastShown = new HashMap<>();
    private Label title;
    private Label context;
    private Label summary;
    private TreeViewer viewer;
    /** The routes the analyst collapsed, by number, kept collapsed when an edit refreshes the view. */
    private final Set<Integer> collapsed = new HashSet<>();
    private FollowedRoutes routes;
    private Scenario scenario;
    private boolean visible = true;

    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof ModelEditor editor && editor.document() != null
                    && (routes == null || editor.document() != routes.document())) {
                show(editor.document(), lastShown.get(editor.document()));
            }
        }

        @Override
        public void partVisible(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == RouteView.this) {
                visible = true;
                schedule();
            }
        }

        @Override
        public void partHidden(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == RouteView.this) {
                visible = false;
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).margins(4, 4).applyTo(parent);
        title = new Label(parent, SWT.NONE);
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        context = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(context);
        summary = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        for (int i = 0; i < RouteLabels.TITLES.length; i++) {
            TreeColumn column = new TreeColumn(tree, SWT.LEFT);
            column.setText(RouteLabels.TITLES[i]);
            column.setWidth(WIDTHS[i]);
        }
        tree.getColumn(RouteLabels.DELIVERED).setToolTipText(RoutesMessages.columnDeliveredTooltip);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
        tree.addListener(SWT.MouseHover, e -> tree.setToolTipText(cellText(tree, new Point(e.x, e.y))));
        viewer.setComparer(new IElementComparer() {
            @Override
            public boolean equals(Object a, Object b) {
                return a == b;
            }

            @Override
            public int hashCode(Object element) {
                return System.identityHashCode(element);
            }
        });
        viewer.setContentProvider(new RouteRows());
        viewer.setLabelProvider(new RouteLabels());
        viewer.addDoubleClickListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
        viewer.addTreeListener(new ITreeViewerListener() {
            @Override
            public void treeCollapsed(TreeExpansionEvent event) {
                if (event.getElement() instanceof RouteRow row) {
                    collapsed.add(row.number());
                }
            }

            @Override
            public void treeExpanded(TreeExpansionEvent event) {
                if (event.getElement() instanceof RouteRow row) {
                    collapsed.remove(row.number());
                }
            }
        });

        getSite().getPage().addPostSelectionListener(this);
        getSite().getPage().addPartListener(parts);
        ModelDocuments.get().addListener(openedOrClosed);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(markersChanged, IResourceChangeEvent.POST_CHANGE);
        selectionChanged(null, getSite().getPage().getSelection());
        if (routes == null && getSite().getPage().getActiveEditor() instanceof ModelEditor editor && editor.document() != null) {
            show(editor.document(), null);
        }
        refresh();
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection structured) || structured.size() != 1) {
            return;
        }
        Scenario selected = scenarioOf(Adapters.adapt(structured.getFirstElement(), EObject.class));
        if (selected != null) {
            ModelDocuments.get().documentOf(selected).ifPresent(d -> show(d, selected));
        }
    }

    /** Gap messages and step labels are longer than their columns: the cell under the pointer shows in full as a tooltip. */
    private static String cellText(Tree tree, Point point) {
        TreeItem item = tree.getItem(point);
        for (int column = 0; item != null && column < tree.getColumnCount(); column++) {
            if (item.getBounds(column).contains(point) && !item.getText(column).isEmpty()) {
                return item.getText(column);
            }
        }
        return null;
    }

    private static Scenario scenarioOf(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Scenario found) {
                return found;
            }
        }
        return null;
    }

    /**
     * Shows the routes of a scenario.
     *
     * @param document the open model
     * @param shown one of its scenarios, or null for none yet
     */
    public void show(ModelDocument document, Scenario shown) {
        if (routes == null || routes.document() != document) {
            unfollow();
            routes = new FollowedRoutes(document);
            document.addListener(documentChanged);
        }
        if (shown != scenario) {
            collapsed.clear();
        }
        scenario = shown;
        if (shown != null) {
            lastShown.put(document, shown);
        }
        refresh();
    }

    private void unfollow() {
        if (routes != null) {
            routes.document().removeListener(documentChanged);
            routes.dispose();
            routes = null;
        }
    }

    private void openedOrClosed(ModelDocument document) {
        if (ModelDocuments.get().all().contains(document)) {
            return;
        }
        lastShown.remove(document);
        if (routes != null && routes.document() == document) {
            unfollow();
            scenario = null;
            schedule();
        }
    }

    private void markersChanged(IResourceChangeEvent event) {
        FollowedRoutes followed = routes;
        if (followed == null || event.getDelta() == null) {
            return;
        }
        IMarkerDelta[] changes = event.findMarkerDeltas(null, false);
        for (IMarkerDelta change : changes) {
            if (followed.document().file().equals(change.getResource())) {
                PlatformUI.getWorkbench().getDisplay().asyncExec(this::schedule);
                return;
            }
        }
    }

    private void schedule() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.getControl().getDisplay().timerExec(-1, refresh);
        viewer.getControl().getDisplay().timerExec(SETTLE_MILLIS, refresh);
    }

    private void refresh() {
        if (viewer.getControl().isDisposed() || !visible) {
            return;
        }
        Optional<ScenarioRoutes> shown = routes == null || scenario == null ? Optional.empty() : routes.current().routesOf(scenario);
        if (shown.isEmpty()) {
            empty();
            return;
        }
        ScenarioRoutes s = shown.get();
        title.setText(Labels.text(s.scenario()));
        context.setText(context(s));
        summary.setText(summary(s));
        setVisible(true);
        List<Object> rows = RouteRows.of(s, findings());
        viewer.setInput(rows);
        viewer.expandAll();
        rows.stream().filter(r -> r instanceof RouteRow route && collapsed.contains(route.number()))
                .forEach(r -> viewer.setExpandedState(r, false));
        title.getParent().layout(true, true);
    }

    private void empty() {
        title.setText(RoutesMessages.select);
        context.setText(""); //$NON-NLS-1$
        summary.setText(""); //$NON-NLS-1$
        viewer.setInput(List.of());
        setVisible(false);
        title.getParent().layout(true, true);
    }

    private void setVisible(boolean shown) {
        for (Control control : new Control[] { context, summary, viewer.getControl() }) {
            control.setVisible(shown);
            ((GridData) control.getLayoutData()).exclude = !shown;
        }
    }

    private static String context(ScenarioRoutes s) {
        Scenario scenario = s.scenario();
        String why = scenario.getRequestDate() == null ? RoutesMessages.noRequestDate
                : scenario.getRequestDate().equals(s.date()) ? RoutesMessages.atRequestDate
                        : RouteLabels.format(RoutesMessages.notAtRequestDate, scenario.getRequestDate());
        Object[] arguments = { s.date(), why, Labels.text(s.requestingJurisdiction()), Labels.text(s.provider()),
                Latency.describe(s.start()), Labels.text(scenario.getDependsOn()) };
        return RouteLabels.format(scenario.getDependsOn() == null ? RoutesMessages.context : RoutesMessages.contextCarried, arguments);
    }

    private static String summary(ScenarioRoutes s) {
        int count = s.routes().size();
        if (count == 0) {
            return RoutesMessages.summaryNoRoute;
        }
        return s.best().map(best -> RouteLabels.format(RoutesMessages.summary, count, s.availableRoutes().size(),
                s.blockedRoutes().size(), s.routes().indexOf(best) + 1))
                .orElseGet(() -> RouteLabels.format(RoutesMessages.summaryNoBest, count));
    }

    /** @return the current findings of the shown model, from its editor's live validation */
    private List<Finding> findings() {
        IEditorPart editor = getSite().getPage().findEditor(new FileEditorInput(routes.document().file()));
        return editor instanceof ModelEditor model && model.validation() != null ? model.validation().findings() : List.of();
    }

    /** Selects what a row stands for in the Model Explorer: a step's provision, a gap's first piece of evidence. */
    private void open(Object row) {
        EObject element = null;
        if (row instanceof StepRow step) {
            element = step.step().provision();
        } else if (row instanceof GapRow gap && !gap.gap().evidence().isEmpty()) {
            element = gap.gap().evidence().get(0);
        } else if (row instanceof RouteRow) {
            viewer.setExpandedState(row, !viewer.getExpandedState(row));
        }
        if (element == null) {
            return;
        }
        ModelExplorer.reveal(getSite().getPage(), element);
    }

    /** @return the header lines shown (scenario, context, summary), for tests and accessibility tools */
    public List<String> header() {
        return List.of(title.getText(), context.getText(), summary.getText());
    }

    /** @return the tree of routes, steps and gaps */
    public Tree tree() {
        return viewer.getTree();
    }

    /** @return the scenario shown, or null */
    public Scenario scenario() {
        return scenario;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(this);
        getSite().getPage().removePartListener(parts);
        ModelDocuments.get().removeListener(openedOrClosed);
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(markersChanged);
        PlatformUI.getWorkbench().getDisplay().timerExec(-1, refresh);
        unfollow();
        super.dispose();
    }
}
