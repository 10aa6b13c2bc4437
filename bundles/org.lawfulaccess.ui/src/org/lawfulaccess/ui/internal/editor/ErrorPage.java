/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.lawfulaccess.ui.internal.Messages;

/** What the editor shows for a file it cannot read: the reasons, as the command line words them. */
final class ErrorPage {

    private ErrorPage() {
    }

    static void show(Composite parent, IFile file, String reasons) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(page);
        Label icon = new Label(page, SWT.NONE);
        icon.setImage(parent.getDisplay().getSystemImage(SWT.ICON_ERROR));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
        Label heading = new Label(page, SWT.WRAP);
        heading.setText(Messages.bind(Messages.editorCannotOpen, file.getLocation() == null ? file.getName() : file.getLocation().toOSString()));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        Text details = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        details.setData("org.lawfulaccess.ui.id", "loadProblems"); //$NON-NLS-1$ //$NON-NLS-2$
        details.setText(reasons);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(details);
    }
}
