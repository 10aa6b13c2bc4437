/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.wizards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.lawfulaccess.core.LawfulResources;

/** Page 1: an empty model with a name, or a copy of one of the examples, each described by its own text. */
final class StartPage extends WizardPage {

    /** Stands for the empty model in the list. */
    private static final Object EMPTY = new Object();

    private final List<Example> examples;
    private Object chosen = EMPTY;
    private String emptyName = WizardMessages.startDefaultName;
    private Text description;
    private Text name;

    StartPage(List<Example> examples) {
        super("start"); //$NON-NLS-1$
        this.examples = examples;
        setTitle(WizardMessages.startTitle);
        setDescription(WizardMessages.startDescription);
    }

    @Override
    public void createControl(Composite parent) {
        initializeDialogUnits(parent);
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        Label from = new Label(page, SWT.NONE);
        from.setText(WizardMessages.startFrom);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(from);

        TableViewer choices = new TableViewer(page, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        choices.setContentProvider(ArrayContentProvider.getInstance());
        choices.setLabelProvider(LabelProvider.createTextProvider(c -> c == EMPTY ? WizardMessages.startEmpty : ((Example) c).name()));
        List<Object> all = new ArrayList<>();
        all.add(EMPTY);
        all.addAll(examples);
        choices.setInput(all);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(convertWidthInCharsToPixels(80), convertHeightInCharsToPixels(7))
                .applyTo(choices.getTable());

        description = new Text(page, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(convertWidthInCharsToPixels(80), convertHeightInCharsToPixels(8))
                .applyTo(description);

        new Label(page, SWT.NONE).setText(WizardMessages.startName);
        name = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
        name.addModifyListener(e -> {
            if (chosen == EMPTY) {
                emptyName = name.getText();
            }
            validate();
        });

        choices.addSelectionChangedListener(e -> choose(e.getStructuredSelection().getFirstElement()));
        choices.addDoubleClickListener(e -> {
            if (isPageComplete()) {
                getContainer().showPage(getNextPage());
            }
        });
        choices.setSelection(new StructuredSelection(EMPTY));
        choose(EMPTY);
        setControl(page);
    }

    private void choose(Object choice) {
        if (choice == null) {
            return;
        }
        chosen = choice;
        boolean empty = choice == EMPTY;
        name.setEnabled(empty);
        name.setText(empty ? emptyName : ((Example) choice).name());
        description.setText(empty ? WizardMessages.bind(WizardMessages.startEmptyDescription, LocalDate.now())
                : WizardMessages.bind(WizardMessages.startExampleDescription, ((Example) choice).description(),
                        ((Example) choice).asOf() == null ? WizardMessages.startNoDate : ((Example) choice).asOf()));
        validate();
    }

    private void validate() {
        String error = chosen == EMPTY && name.getText().isBlank() ? WizardMessages.startNoName : null;
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    /** @return the example to copy, or null for an empty model */
    Example example() {
        return chosen == EMPTY ? null : (Example) chosen;
    }

    /** @return the name of the empty model */
    String modelName() {
        return name.getText().strip();
    }

    /** @return the file name to offer: the example's, or one made from the empty model's name */
    String suggestedFileName() {
        if (example() != null) {
            return example().fileName();
        }
        String stem = modelName().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return (stem.isEmpty() ? "model" : stem) + "." + LawfulResources.FILE_EXTENSION; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
