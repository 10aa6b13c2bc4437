/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.validation;

import java.time.LocalDate;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;
import org.lawfulaccess.ui.ModelDocument;
import org.lawfulaccess.ui.internal.editor.ModelEditor;
import org.lawfulaccess.validation.Validator;

/**
 * The as-of date on the main toolbar: the date the model in front is evaluated at, as the command
 * line's {@code --as-of} sets it. It shows the model's own as-of date until the analyst picks
 * another; "Model's date" goes back to it. Validation (and with it the Problems view), the routes
 * and the labels that depend on validity follow.
 */
public final class AsOfControl extends WorkbenchWindowControlContribution {

    /** The id of the control, for tests and for in-house toolbars that place theirs beside it. */
    public static final String ID = "org.lawfulaccess.ui.asOf"; //$NON-NLS-1$
    /** A date typed day by day is applied once the typing pauses. */
    private static final int SETTLE_MILLIS = 600;

    private final ModelDocument.Listener changed = d -> show();
    private final Runnable apply = this::apply;
    private DateTime date;
    private Button reset;
    private Label label;
    private ModelDocument document;

    private final IPartListener2 editors = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof ModelEditor editor) {
                follow(editor.document());
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof ModelEditor editor && editor.document() == document) {
                IWorkbenchPart active = reference.getPage().getActiveEditor();
                follow(active instanceof ModelEditor other && other != editor ? other.document() : null);
            }
        }
    };

    public AsOfControl() {
        super(ID);
    }

    @Override
    protected Control createControl(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 0).spacing(4, 0).applyTo(box);
        label = new Label(box, SWT.NONE);
        label.setText(ValidationMessages.asOfLabel);
        date = new DateTime(box, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN);
        date.setToolTipText(ValidationMessages.asOfTooltip);
        date.addListener(SWT.Selection, e -> {
            date.getDisplay().timerExec(-1, apply);
            date.getDisplay().timerExec(SETTLE_MILLIS, apply);
        });
        reset = new Button(box, SWT.PUSH | SWT.FLAT);
        reset.setText(ValidationMessages.asOfReset);
        reset.addListener(SWT.Selection, e -> {
            if (document != null) {
                document.setAsOf(null);
            }
        });
        follow(null);
        // The window is not known yet when the toolbar is first built in a new workspace.
        box.getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = window();
            if (box.isDisposed() || window == null) {
                return;
            }
            window.getPartService().addPartListener(editors);
            box.addListener(SWT.Dispose, e -> {
                window.getPartService().removePartListener(editors);
                follow(null);
            });
            IWorkbenchPart active = window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
            follow(active instanceof ModelEditor editor ? editor.document() : null);
        });
        return box;
    }

    private IWorkbenchWindow window() {
        return getWorkbenchWindow() != null ? getWorkbenchWindow() : PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    private void follow(ModelDocument next) {
        if (document != null) {
            document.removeListener(changed);
        }
        document = next;
        if (document != null) {
            document.addListener(changed);
        }
        show();
    }

    private void show() {
        if (date == null || date.isDisposed()) {
            return;
        }
        boolean open = document != null;
        date.setEnabled(open);
        label.setEnabled(open);
        reset.setEnabled(open && document.asOf() != null);
        if (open) {
            LocalDate shown = Validator.dateFor(document.asOf(), document.ecosystem());
            date.setDate(shown.getYear(), shown.getMonthValue() - 1, shown.getDayOfMonth());
            reset.setToolTipText(ValidationMessages.bind(ValidationMessages.asOfResetTooltip, Validator.dateFor(null, document.ecosystem())));
        }
    }

    private void apply() {
        if (document == null || date.isDisposed()) {
            return;
        }
        LocalDate picked = LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
        document.setAsOf(picked.equals(Validator.dateFor(null, document.ecosystem())) ? null : picked);
    }
}
