/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.explorer;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.lawfulaccess.edit.ui.ViewerRefresher;
import org.lawfulaccess.ui.ModelDocument;
import org.lawfulaccess.ui.ModelDocuments;
import org.lawfulaccess.ui.internal.Messages;
import org.lawfulaccess.ui.internal.properties.LawfulProperties;

/**
 * The Model Explorer, on the Common Navigator Framework so that the diagrams and in-house bundles
 * can add nodes and actions: the open models, grouped as analysts think of them. The tree follows
 * each model through the item providers' notifications, batched per element
 * ({@link ViewerRefresher}); it is never refreshed as a whole after an edit.
 */
public final class ModelExplorer extends CommonNavigator implements ITabbedPropertySheetPageContributor {

    public static final String ID = "org.lawfulaccess.ui.explorer"; //$NON-NLS-1$
    /** The key under which widgets carry an id for the UI tests, as the editor's error page does. */
    private static final String ID_KEY = "org.lawfulaccess.ui.id"; //$NON-NLS-1$

    private final Map<ModelDocument, ViewerRefresher> refreshers = new HashMap<>();
    /** The root shown for each document: a reload or a restore replaces it. */
    private final Map<ModelDocument, Object> roots = new HashMap<>();
    private final ModelDocument.Listener dirty = document -> getCommonViewer().getControl().getDisplay().asyncExec(() -> {
        if (getCommonViewer().getControl().isDisposed() || !ModelDocuments.get().all().contains(document)) {
            return;
        }
        Object root = document.ecosystem();
        if (roots.put(document, root) != root) {
            getCommonViewer().refresh();
        } else {
            getCommonViewer().update(root, null);
        }
    });
    private final ModelDocuments.Listener openedOrClosed = this::openedOrClosed;

    @Override
    protected Object getInitialInput() {
        return ModelDocuments.get();
    }

    private static final int FILTER_DELAY_MS = 300;
    private final NameFilter nameFilter = new NameFilter();

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(body);
        Text filter = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.explorerFilter);
        filter.setData(ID_KEY, "explorerFilter"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        super.createPartControl(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(getCommonViewer().getControl());
        getCommonViewer().addFilter(nameFilter);
        Runnable apply = () -> applyFilter(filter.getText());
        filter.addModifyListener(e -> {
            filter.getDisplay().timerExec(-1, apply);
            filter.getDisplay().timerExec(FILTER_DELAY_MS, apply);
        });
        ModelDocuments.get().addListener(openedOrClosed);
        ModelDocuments.get().all().forEach(this::follow);
    }

    /** Filters once typing pauses, and shows what matches. */
    private void applyFilter(String text) {
        Control tree = getCommonViewer().getControl();
        if (tree.isDisposed()) {
            return;
        }
        nameFilter.setText(text);
        tree.setRedraw(false);
        try {
            getCommonViewer().refresh();
            if (nameFilter.isActive()) {
                getCommonViewer().expandToLevel(3);
            }
        } finally {
            tree.setRedraw(true);
        }
    }

    private void openedOrClosed(ModelDocument document) {
        if (getCommonViewer().getControl().isDisposed()) {
            return;
        }
        if (ModelDocuments.get().all().contains(document)) {
            follow(document);
            getCommonViewer().add(getCommonViewer().getInput(), document.ecosystem());
        } else {
            ViewerRefresher refresher = refreshers.remove(document);
            if (refresher != null) {
                refresher.dispose();
            }
            document.removeListener(dirty);
            Object root = roots.remove(document);
            getCommonViewer().remove(root != null ? root : document.ecosystem());
        }
    }

    private void follow(ModelDocument document) {
        refreshers.computeIfAbsent(document, d -> {
            roots.put(d, d.ecosystem());
            d.addListener(dirty);
            return ViewerRefresher.attach(getCommonViewer(), d.adapterFactory());
        });
    }

    /**
     * Shows the explorer and selects an element in it, as a double-click in another view asks.
     *
     * @param page the page to show it in
     * @param element the element
     */
    public static void reveal(IWorkbenchPage page, EObject element) {
        try {
            if (page.showView(ID) instanceof ModelExplorer explorer) {
                explorer.selectReveal(new StructuredSelection(element));
            }
        } catch (PartInitException e) {
            // the explorer is part of the perspective
        }
    }

    @Override
    public String getContributorId() {
        return LawfulProperties.CONTRIBUTOR_ID;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        T page = LawfulProperties.pageFor(this, adapter);
        if (page != null) {
            return page;
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        ModelDocuments.get().removeListener(openedOrClosed);
        refreshers.forEach((document, refresher) -> {
            refresher.dispose();
            document.removeListener(dirty);
        });
        refreshers.clear();
        super.dispose();
    }
}
