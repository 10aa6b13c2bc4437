/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.explorer;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.lawfulaccess.edit.ui.ViewerRefresher;
import org.lawfulaccess.ui.ModelDocument;
import org.lawfulaccess.ui.ModelDocuments;
import org.lawfulaccess.ui.internal.properties.LawfulProperties;

/**
 * The Model Explorer, on the Common Navigator Framework so that the diagrams and in-house bundles
 * can add nodes and actions: the open models, grouped as analysts think of them. The tree follows
 * each model through the item providers' notifications, batched per element
 * ({@link ViewerRefresher}); it is never refreshed as a whole after an edit.
 */
public final class ModelExplorer extends CommonNavigator implements ITabbedPropertySheetPageContributor {

    public static final String ID = "org.lawfulaccess.ui.explorer"; //$NON-NLS-1$

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

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        ModelDocuments.get().addListener(openedOrClosed);
        ModelDocuments.get().all().forEach(this::follow);
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
