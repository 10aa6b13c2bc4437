/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Synchronizer;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.edit.ui.Fixtures.SmallModel;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.InstrumentKind;
import org.lawfulaccess.model.Provision;

/** Model changes reach the viewer in one batch per turn of the event loop, element by element. */
class ViewerRefresherTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SmallModel small = new SmallModel();
    private final Display display = Fixtures.display();
    private final Synchronizer original = display.getSynchronizer();
    private final CountingSynchronizer synchronizer = new CountingSynchronizer(display);
    private Shell shell;
    private CountingTreeViewer viewer;
    private ViewerRefresher refresher;

    @BeforeEach
    void open() {
        shell = new Shell(display);
        shell.setSize(500, 700);
        viewer = new CountingTreeViewer(shell);
        viewer.getControl().setSize(480, 680);
        viewer.setContentProvider(new ItemContentProvider(small.factory));
        viewer.setLabelProvider(new ItemLabelProvider(small.factory));
        viewer.setInput(small.resource);
        viewer.expandAll();
        shell.open();
        Fixtures.dispatch();
        refresher = ViewerRefresher.attach(viewer, small.factory);
        display.setSynchronizer(synchronizer);
        viewer.reset();
    }

    @AfterEach
    void close() {
        display.setSynchronizer(original);
        refresher.dispose();
        shell.dispose();
        small.dispose();
    }

    @Test
    void aStormOfChangesInOneTurnIsOneBatchOfSingleElementCalls() {
        Instrument renamed = small.treaty;
        List<Provision> provisions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            provisions.add(small.model.provision(renamed, "Article " + (10 + i)));
        }
        Instrument grown = small.model.instrument("Budapest Convention", InstrumentKind.MULTILATERAL_TREATY, null, small.belgium);
        Provision existing = small.model.provision(grown, "Article 18");
        viewer.refresh();
        viewer.expandAll();
        Fixtures.dispatch();
        viewer.reset();
        synchronizer.asyncs.set(0);

        // One turn: 51 renames under one instrument, and under another a new child, a rename and its own.
        for (Provision provision : provisions) {
            provision.setName(provision.getName() + " (amended)");
        }
        small.article.setName("Article 5 (amended)");
        small.model.provision(grown, "Article 29");
        existing.setName("Article 18 (amended)");
        grown.setName("Convention on Cybercrime");

        assertEquals(1, synchronizer.asyncs.get(), "asyncExec calls");
        Fixtures.waitFor(() -> !viewer.refreshed.isEmpty(), TIMEOUT, "the batch");
        assertEquals(List.of(grown), viewer.refreshed, "structural refreshes");
        List<Object> expected = new ArrayList<>(provisions);
        expected.add(small.article);
        assertEquals(new HashSet<>(expected), new HashSet<>(viewer.updated), "label updates");
        assertEquals(expected.size(), viewer.updated.size(), "each element updated once");
        assertEquals(0, viewer.fullRefreshes, "full refreshes");
        assertEquals(Labels.text(grown), item(grown).getText());
        assertEquals(2, grown.getProvisions().size());
        assertEquals(grown.getProvisions().size() + grown.getMemberships().size(), item(grown).getItemCount());
    }

    @Test
    void aRenameShowsOnceTheEventLoopRuns() {
        TreeItem item = item(small.article);
        String before = item.getText();
        small.article.setName("Article 7");
        assertEquals(before, item.getText(), "updated before the event loop ran");
        Fixtures.waitFor(() -> Labels.text(small.article).equals(item.getText()), TIMEOUT, "the new label");
        assertEquals(List.of(small.article), viewer.updated);
        assertTrue(viewer.refreshed.isEmpty());
    }

    @Test
    void changesFromAnotherThreadReachTheViewerOnItsOwn() throws InterruptedException {
        TreeItem item = item(small.belgium);
        Thread worker = new Thread(() -> small.belgium.setName("Kingdom of Belgium"), "model worker");
        worker.start();
        worker.join();
        Fixtures.waitFor(() -> Labels.text(small.belgium).equals(item.getText()), TIMEOUT, "the new label");
        assertEquals("Kingdom of Belgium (BE)", item.getText());
    }

    @Test
    void nothingHappensToADisposedViewer() {
        small.article.setName("Article 8");
        shell.dispose();
        Fixtures.dispatch();
        small.article.setName("Article 9");
        Fixtures.dispatch();
        assertTrue(viewer.updated.isEmpty());
        assertTrue(viewer.refreshed.isEmpty());
    }

    private TreeItem item(Object element) {
        return find(viewer.getTree().getItems(), element);
    }

    private static TreeItem find(TreeItem[] items, Object element) {
        for (TreeItem item : items) {
            if (item.getData() == element) {
                return item;
            }
            TreeItem found = find(item.getItems(), element);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A tree viewer that counts what it is asked to refresh. */
    private static final class CountingTreeViewer extends TreeViewer {
        final List<Object> refreshed = new ArrayList<>();
        final List<Object> updated = new ArrayList<>();
        int fullRefreshes;

        CountingTreeViewer(Composite parent) {
            super(parent, SWT.MULTI | SWT.BORDER);
        }

        void reset() {
            refreshed.clear();
            updated.clear();
            fullRefreshes = 0;
        }

        @Override
        public void refresh() {
            fullRefreshes++;
            super.refresh();
        }

        @Override
        public void refresh(Object element) {
            refreshed.add(element);
            super.refresh(element);
        }

        @Override
        public void update(Object element, String[] properties) {
            updated.add(element);
            super.update(element, properties);
        }
    }

    /** Counts the runnables posted to the event loop. */
    private static final class CountingSynchronizer extends Synchronizer {
        final AtomicInteger asyncs = new AtomicInteger();

        CountingSynchronizer(Display display) {
            super(display);
        }

        @Override
        protected void asyncExec(Runnable runnable) {
            asyncs.incrementAndGet();
            super.asyncExec(runnable);
        }
    }
}
