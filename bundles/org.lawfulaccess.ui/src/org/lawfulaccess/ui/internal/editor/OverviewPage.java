/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.editor;

import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.core.generate.ElementCounts;
import org.lawfulaccess.core.persistence.LoadProblem;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.ui.ModelDocument;
import org.lawfulaccess.ui.internal.Messages;

/**
 * The editor's page until the diagrams arrive: what the model is (name, date, file, description),
 * how many elements of each type it holds, and what loading kept without reading it. The model
 * itself is browsed and edited in the Model Explorer and the properties.
 */
final class OverviewPage {

    private final ModelDocument document;
    private final Composite page;
    private final Label title;
    private final Label facts;
    private final Label description;
    private final Label warnings;
    private final Table counts;

    OverviewPage(Composite parent, ModelDocument document) {
        this.document = document;
        page = new Composite(parent, SWT.NONE);
        page.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        GridLayoutFactory.swtDefaults().margins(16, 12).spacing(8, 8).applyTo(page);
        title = label(SWT.NONE);
        title.setFont(JFaceResources.getHeaderFont());
        facts = label(SWT.WRAP);
        description = label(SWT.WRAP);
        warnings = label(SWT.WRAP);
        warnings.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW));
        counts = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
        counts.setHeaderVisible(true);
        counts.setData("org.lawfulaccess.ui.id", "elementCounts"); //$NON-NLS-1$ //$NON-NLS-2$
        new TableColumn(counts, SWT.LEFT).setText(Messages.overviewType);
        new TableColumn(counts, SWT.RIGHT).setText(Messages.overviewCount);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.FILL).grab(false, true).applyTo(counts);
        refresh();
    }

    private Label label(int style) {
        Label label = new Label(page, style);
        label.setBackground(page.getBackground());
        GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(label);
        return label;
    }

    void refresh() {
        Ecosystem ecosystem = document.ecosystem();
        title.setText(Labels.text(ecosystem));
        ElementCounts elementCounts = ElementCounts.of(ecosystem);
        facts.setText(Messages.bind(Messages.overviewFacts, new Object[] { document.path(),
                ecosystem.getAsOf() == null ? Messages.overviewNoDate : ecosystem.getAsOf(), elementCounts.total() }));
        description.setText(ecosystem.getDescription() == null ? "" : ecosystem.getDescription()); //$NON-NLS-1$
        warnings.setText(document.warnings().isEmpty() ? "" //$NON-NLS-1$
                : Messages.overviewWarnings + "\n" + document.warnings().stream().map(LoadProblem::describe).collect(Collectors.joining("\n"))); //$NON-NLS-1$ //$NON-NLS-2$
        counts.removeAll();
        for (Map.Entry<String, Integer> entry : elementCounts.byType().entrySet()) {
            TableItem item = new TableItem(counts, SWT.NONE);
            item.setText(new String[] { entry.getKey(), String.valueOf(entry.getValue()) });
        }
        for (TableColumn column : counts.getColumns()) {
            column.pack();
        }
        page.layout(true, true);
    }

    boolean isDisposed() {
        return page.isDisposed();
    }

    void setFocus() {
        counts.setFocus();
    }
}
