/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.lawfulaccess.core.LawfulResources;

/**
 * Page 2: the file on disk, anywhere (models are linked into the workspace, see docs/workspace.md).
 * A missing folder, a name that is no file name or a file that exists already is named on the page,
 * and the wizard cannot finish.
 */
final class LocationPage extends WizardPage {

    private static final String FOLDER_SETTING = "folder"; //$NON-NLS-1$

    private final StartPage start;
    private final IDialogSettings settings;
    private String suggested = ""; //$NON-NLS-1$
    private Text fileName;
    private Text folder;
    private Label result;

    LocationPage(StartPage start, IDialogSettings settings) {
        super("location"); //$NON-NLS-1$
        this.start = start;
        this.settings = settings;
        setTitle(WizardMessages.locationTitle);
        setDescription(WizardMessages.locationDescription);
    }

    @Override
    public void createControl(Composite parent) {
        initializeDialogUnits(parent);
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

        new Label(page, SWT.NONE).setText(WizardMessages.locationFileName);
        fileName = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(fileName);

        new Label(page, SWT.NONE).setText(WizardMessages.locationFolder);
        folder = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(60), SWT.DEFAULT).applyTo(folder);
        folder.setText(initialFolder());
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(WizardMessages.locationBrowse);
        browse.addListener(SWT.Selection, e -> browse());

        result = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).indent(0, convertVerticalDLUsToPixels(8)).applyTo(result);

        fileName.addModifyListener(e -> validate());
        folder.addModifyListener(e -> validate());
        setControl(page);
        validate();
    }

    private String initialFolder() {
        String remembered = settings == null ? null : settings.get(FOLDER_SETTING);
        if (remembered != null && Files.isDirectory(Path.of(remembered))) {
            return remembered;
        }
        return System.getProperty("user.home"); //$NON-NLS-1$
    }

    private void browse() {
        DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.OPEN);
        dialog.setMessage(WizardMessages.locationBrowseMessage);
        dialog.setFilterPath(folder.getText());
        String chosen = dialog.open();
        if (chosen != null) {
            folder.setText(chosen);
        }
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            suggest(start.suggestedFileName());
        }
        super.setVisible(visible);
    }

    /** Offers a file name, unless the user has typed one. */
    private void suggest(String name) {
        if (fileName.getText().isEmpty() || fileName.getText().equals(suggested)) {
            suggested = name;
            fileName.setText(name);
        }
    }

    private void validate() {
        String error = problem();
        setErrorMessage(error);
        setPageComplete(error == null);
        result.setText(error == null ? WizardMessages.bind(WizardMessages.locationResult, file()) : ""); //$NON-NLS-1$
        result.getParent().layout();
    }

    private String problem() {
        String name = fileName.getText().strip();
        if (name.isEmpty()) {
            return WizardMessages.locationNoName;
        }
        if (name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                || name.chars().anyMatch(Character::isISOControl)) {
            return WizardMessages.bind(WizardMessages.locationBadName, name);
        }
        String where = folder.getText().strip();
        if (where.isEmpty()) {
            return WizardMessages.locationNoFolder;
        }
        Path directory;
        try {
            directory = Path.of(where);
        } catch (InvalidPathException e) {
            return WizardMessages.bind(WizardMessages.locationNoSuchFolder, where);
        }
        if (!directory.isAbsolute()) {
            return WizardMessages.bind(WizardMessages.locationRelative, where);
        }
        if (!Files.isDirectory(directory)) {
            return WizardMessages.bind(WizardMessages.locationNoSuchFolder, where);
        }
        if (!Files.isWritable(directory)) {
            return WizardMessages.bind(WizardMessages.locationReadOnly, where);
        }
        if (Files.exists(file())) {
            return WizardMessages.bind(WizardMessages.locationExists, file());
        }
        return null;
    }

    /** @return the file to write: the folder and the name, with the model extension added if it is missing */
    Path file() {
        String name = fileName.getText().strip();
        String extension = "." + LawfulResources.FILE_EXTENSION; //$NON-NLS-1$
        return Path.of(folder.getText().strip()).resolve(name.endsWith(extension) ? name : name + extension);
    }

    /** Remembers the folder for the next new model. */
    void remember() {
        if (settings != null) {
            settings.put(FOLDER_SETTING, folder.getText().strip());
        }
    }
}
