/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.core.generate.EcosystemGenerator;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.tests.support.ModelBuilder;

/** A virtual tree over a generated model of 10,000 elements fills the items it shows, and only those. */
class LazyItemContentProviderTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final ComposedAdapterFactory factory = ItemProviders.newAdapterFactory();
    private final Display display = Fixtures.display();
    private final AtomicInteger labelled = new AtomicInteger();
    private Resource resource;
    private Ecosystem ecosystem;
    private Shell shell;
    private TreeViewer viewer;
    private LazyItemContentProvider content;

    @BeforeEach
    void open() {
        resource = ModelBuilder.memoryResource("generated.lawful");
        ecosystem = new EcosystemGenerator().generateInto(resource, 10_000, 7).ecosystem();
        shell = new Shell(display);
        shell.setSize(500, 400);
        viewer = new TreeViewer(shell, SWT.VIRTUAL | SWT.BORDER);
        viewer.getControl().setSize(480, 380);
        viewer.setUseHashlookup(true);
        content = new LazyItemContentProvider(viewer, factory);
        viewer.setContentProvider(content);
        viewer.setLabelProvider(new ItemLabelProvider(factory) {
            @Override
            public String getText(Object element) {
                labelled.incrementAndGet();
                return super.getText(element);
            }
        });
        viewer.setInput(resource);
        shell.open();
    }

    @AfterEach
    void close() {
        shell.dispose();
        factory.dispose();
    }

    @Test
    void theTopItemsAreFilledAndTheRestLeftBlank() {
        Tree tree = viewer.getTree();
        Fixtures.waitFor(() -> tree.getItemCount() == 1 && tree.getItem(0).getData() == ecosystem, TIMEOUT, "the ecosystem item");
        TreeItem top = tree.getItem(0);
        Fixtures.waitFor(() -> Labels.text(ecosystem).equals(top.getText()), TIMEOUT, "the ecosystem label");

        viewer.setExpandedState(ecosystem, true);
        int children = new ItemContentProvider(factory).getChildren(ecosystem).length;
        assertTrue(children > 1_000, "children: " + children);
        Fixtures.waitFor(() -> top.getItemCount() == children && top.getItem(0).getData() != null, TIMEOUT, "the first children");
        Fixtures.dispatch();

        TreeItem first = top.getItem(0);
        assertEquals(Labels.text(first.getData()), first.getText());
        // GTK asks for every row of an expanded virtual node to measure it, but each once, and only when
        // the node is expanded: nothing below the ecosystem's children has been labelled.
        assertTrue(labelled.get() <= children + 1, "labels made: " + labelled.get() + " of " + children);
    }

    @Test
    void aRefresherInvalidatesTheChildrenItRefreshes() {
        ViewerRefresher refresher = ViewerRefresher.attach(viewer, factory);
        try {
            Tree tree = viewer.getTree();
            Fixtures.waitFor(() -> tree.getItemCount() == 1 && tree.getItem(0).getData() == ecosystem, TIMEOUT, "the ecosystem item");
            viewer.setExpandedState(ecosystem, true);
            TreeItem top = tree.getItem(0);
            int before = new ItemContentProvider(factory).getChildren(ecosystem).length;
            Fixtures.waitFor(() -> top.getItemCount() == before, TIMEOUT, "the children");

            Jurisdiction added = LawfulFactory.eINSTANCE.createJurisdiction();
            added.setName("Atlantis");
            added.setCode("AT");
            ecosystem.getJurisdictions().add(added);
            Fixtures.waitFor(() -> top.getItemCount() == before + 1, TIMEOUT, "the added child");
        } finally {
            refresher.dispose();
        }
    }
}
