/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.validation;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.ViewPart;
import org.lawfulaccess.ui.ModelDocument;
import org.lawfulaccess.ui.ModelDocuments;
import org.lawfulaccess.ui.internal.Messages;
import org.lawfulaccess.ui.internal.editor.ModelEditor;
import org.lawfulaccess.ui.internal.explorer.ModelExplorer;
import org.lawfulaccess.validation.Evidence;
import org.lawfulaccess.validation.Finding;

/**
 * The evidence of the finding selected in the Problems view: the facts it rests on, each with the
 * quotes of its sources (source, locator, the words relied on). Double-clicking a fact selects it
 * in the Model Explorer, one click from its properties.
 */
public final class EvidenceView extends ViewPart implements ISelectionListener {

    public static final String ID = "org.lawfulaccess.ui.evidence"; //$NON-NLS-1$

    private Tree tree;
    private ModelDocument shown;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        tree = new Tree(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.addListener(SWT.DefaultSelection, event -> reveal(event.item instanceof TreeItem item ? item.getData() : null));
        clear();
        getSite().getPage().addPostSelectionListener(this);
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            IMarker marker = Adapters.adapt(structured.getFirstElement(), IMarker.class);
            if (marker != null && marker.exists()) {
                show(marker);
            }
        }
    }

    /**
     * Shows the evidence of a finding marker.
     *
     * @param marker a marker of {@link LiveValidation#MARKER}
     */
    public void show(IMarker marker) {
        if (!(marker.getResource() instanceof IFile file)) {
            return;
        }
        shown = ModelDocuments.get().find(file).orElse(null);
        if (shown == null || !(getSite().getPage().findEditor(new FileEditorInput(file)) instanceof ModelEditor editor)
                || editor.validation() == null) {
            clear();
            return;
        }
        editor.validation().findingOf(marker).ifPresentOrElse(this::show, this::clear);
    }

    private void show(Finding finding) {
        tree.removeAll();
        TreeItem heading = new TreeItem(tree, SWT.NONE);
        heading.setText(finding.ruleId() + ": " + finding.message()); //$NON-NLS-1$
        List<Evidence> evidence = finding.evidence();
        if (evidence.isEmpty()) {
            new TreeItem(heading, SWT.NONE).setText(Messages.evidenceNone);
        }
        for (Evidence fact : evidence) {
            TreeItem item = new TreeItem(heading, SWT.NONE);
            item.setText(fact.statement());
            item.setData(fact.elementId());
            if (fact.quotes().isEmpty()) {
                new TreeItem(item, SWT.NONE).setText(Messages.evidenceUncited);
            }
            for (Evidence.Quote quote : fact.quotes()) {
                TreeItem cited = new TreeItem(item, SWT.NONE);
                cited.setText(Messages.bind(Messages.evidenceQuote, new Object[] { quote.text(), quote.source(),
                        quote.locator().isEmpty() ? "" : ", " + quote.locator() })); //$NON-NLS-1$ //$NON-NLS-2$
                cited.setData(fact.elementId());
            }
        }
        // Outermost first: GTK expands an item only once its parent is expanded.
        heading.setExpanded(true);
        for (TreeItem item : heading.getItems()) {
            item.setExpanded(true);
        }
    }

    private void clear() {
        tree.removeAll();
        new TreeItem(tree, SWT.NONE).setText(Messages.evidenceSelect);
    }

    /** @return the texts shown, depth first, for tests and accessibility tools */
    public List<String> texts() {
        List<String> texts = new java.util.ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            collect(item, texts);
        }
        return texts;
    }

    private static void collect(TreeItem item, List<String> into) {
        into.add(item.getText());
        for (TreeItem child : item.getItems()) {
            collect(child, into);
        }
    }

    private void reveal(Object data) {
        if (!(data instanceof String id) || shown == null) {
            return;
        }
        EObject element = shown.resource().getEObject(id);
        if (element == null) {
            return;
        }
        ModelExplorer.reveal(getSite().getPage(), element);
    }

    @Override
    public void setFocus() {
        tree.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(this);
        super.dispose();
    }
}
