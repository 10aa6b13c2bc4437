/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.editor;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.lawfulaccess.core.persistence.LoadProblem;
import org.lawfulaccess.core.persistence.ModelLoadException;
import org.lawfulaccess.core.persistence.ModelSaveException;
import org.lawfulaccess.ui.ModelDocument;
import org.lawfulaccess.ui.ModelDocuments;
import org.lawfulaccess.ui.ModelFiles;
import org.lawfulaccess.ui.internal.Messages;
import org.lawfulaccess.ui.internal.explorer.ModelExplorer;
import org.lawfulaccess.ui.internal.properties.LawfulProperties;
import org.lawfulaccess.ui.internal.validation.LiveValidation;

/**
 * The editor of one model file. It owns the model's {@link ModelDocument} while it is open: save,
 * save as, revert, the dirty marker, the prompt on closing with unsaved changes and the offer to
 * reload a file another program changed. Its page is an overview of the model; the Model Explorer,
 * the properties and the diagrams edit the model through the document's editing domain. A file
 * that cannot be read shows the same message the command line gives, and nothing is written.
 */
public final class ModelEditor extends EditorPart implements IEditingDomainProvider, ITabbedPropertySheetPageContributor {

    public static final String ID = "org.lawfulaccess.ui.editor"; //$NON-NLS-1$

    private final ModelDocument.Listener documentListener = d -> documentChanged();
    private final ElementSelection selection = new ElementSelection();
    private ModelDocument document;
    private ModelLoadException loadFailure;
    private OverviewPage overview;
    private LiveValidation validation;
    private boolean checkingDisk;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException(Messages.editorNotAFile);
        }
        setSite(site);
        setInput(input);
        setPartName(fileInput.getFile().getName());
        try {
            document = ModelDocuments.get().open(fileInput.getFile());
            document.addListener(documentListener);
        } catch (ModelLoadException e) {
            loadFailure = e;
        }
        site.setSelectionProvider(selection);
        site.getPage().addPartListener(activation);
    }

    @Override
    public void createPartControl(Composite parent) {
        if (document == null) {
            ErrorPage.show(parent, fileInput().getFile(), loadFailure.problems().stream().map(LoadProblem::describe)
                    .collect(Collectors.joining("\n"))); //$NON-NLS-1$
            return;
        }
        overview = new OverviewPage(parent, document);
        selection.select(new StructuredSelection(document.ecosystem()));
        setTitleToolTip(document.path().toString());
        // The model shows first; its findings follow in the next event-loop turn (1.3 s at 100k elements).
        parent.getDisplay().asyncExec(this::startValidation);
    }

    private void startValidation() {
        if (overview == null || overview.isDisposed()) {
            return;
        }
        validation = LiveValidation.follow(document);
        validation.restart();
    }

    /** @return the model's live validation, or null if the file could not be read */
    public LiveValidation validation() {
        return validation;
    }

    /** @return the open document, or null if the file could not be read */
    public ModelDocument document() {
        return document;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return document == null ? null : document.editingDomain();
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
        if (adapter == IGotoMarker.class) {
            return adapter.cast((IGotoMarker) this::reveal);
        }
        if (adapter == EditingDomain.class) {
            return adapter.cast(getEditingDomain());
        }
        return super.getAdapter(adapter);
    }

    @Override
    public boolean isDirty() {
        return document != null && document.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return document != null;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            document.save(monitor);
            if (validation != null) {
                validation.restart();
            }
        } catch (ModelSaveException e) {
            MessageDialog.openError(getSite().getShell(), Messages.saveFailedTitle, e.getMessage());
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }
    }

    @Override
    public void doSaveAs() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.lawful", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFilterPath(document.path().getParent().toString());
        dialog.setFileName(document.path().getFileName().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        IFile previous = document.file();
        try {
            IFile target = ModelFiles.forPath(Path.of(chosen), null);
            document.saveAs(target, null);
            ModelDocuments.get().moved(previous, document);
            setInputWithNotify(new FileEditorInput(target));
            setPartName(target.getName());
            setTitleToolTip(document.path().toString());
        } catch (ModelSaveException | CoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.saveFailedTitle, e.getMessage());
        }
    }

    /** Double-click in the Problems view: the finding's element is selected in the explorer, and its properties shown. */
    private void reveal(IMarker marker) {
        EObject element = document == null ? null : LiveValidation.elementOf(document, marker);
        if (element == null) {
            return;
        }
        ModelExplorer.reveal(getSite().getPage(), element);
        try {
            getSite().getPage().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            // the views are part of the perspective; if one cannot open, the explorer selection is enough
        }
    }

    /** Drops the unsaved changes, after asking, and reads the file again. */
    public void revert() {
        if (document == null || !document.isDirty()
                || !MessageDialog.openConfirm(getSite().getShell(), Messages.revertTitle, Messages.bind(Messages.revertQuestion, getPartName()))) {
            return;
        }
        reload();
    }

    private void reload() {
        try {
            document.reload();
        } catch (ModelLoadException e) {
            MessageDialog.openError(getSite().getShell(), Messages.reloadFailedTitle,
                    e.problems().stream().map(LoadProblem::describe).collect(Collectors.joining("\n"))); //$NON-NLS-1$
        }
    }

    /** When the editor comes to the front, offers to reload a file another program changed. */
    private void checkDisk() {
        if (document == null || checkingDisk || !document.isChangedOnDisk()) {
            return;
        }
        checkingDisk = true;
        try {
            String question = document.isDirty() ? Messages.changedOnDiskDirty : Messages.changedOnDisk;
            if (MessageDialog.openQuestion(getSite().getShell(), Messages.changedOnDiskTitle, Messages.bind(question, getPartName()))) {
                reload();
            } else {
                document.acceptDiskVersion();
            }
        } finally {
            checkingDisk = false;
        }
    }

    private void documentChanged() {
        Display.getDefault().asyncExec(() -> {
            if (overview != null && !overview.isDisposed()) {
                firePropertyChange(PROP_DIRTY);
                overview.refresh();
                selection.select(new StructuredSelection(document.ecosystem()));
            }
        });
    }

    private final IPartListener2 activation = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == ModelEditor.this) {
                Display.getDefault().asyncExec(ModelEditor.this::checkDisk);
            }
        }
    };

    private IFileEditorInput fileInput() {
        return (IFileEditorInput) getEditorInput();
    }

    @Override
    public void setFocus() {
        if (overview != null) {
            overview.setFocus();
        }
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(activation);
        if (validation != null) {
            validation.dispose();
        }
        if (document != null) {
            document.removeListener(documentListener);
            ModelDocuments.get().close(document);
        }
        super.dispose();
    }
}
