/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.persistence.ModelLoadException;
import org.lawfulaccess.core.persistence.ModelSaveException;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.LawfulFactory;

/**
 * Writes new model files through the core's {@link ModelStore}, as the command line writes models
 * (atomically), and never over an existing file. Safe to call off the UI thread.
 */
final class NewModels {

    private NewModels() {
    }

    /**
     * Writes an empty model: an ecosystem with a name, evaluated as of today.
     *
     * @param target the file to create; it must not exist
     * @param name the ecosystem's name
     * @param monitor progress; may be null
     * @throws ModelSaveException with a readable message if the file cannot be written
     */
    static void writeEmpty(Path target, String name, IProgressMonitor monitor) throws ModelSaveException {
        SubMonitor progress = SubMonitor.convert(monitor, WizardMessages.bind(WizardMessages.creating, target.getFileName()), 2);
        refuseExisting(target);
        ModelStore store = LawfulResources.newModelStore();
        Resource resource = store.newResourceSet().createResource(URI.createFileURI(target.toAbsolutePath().toString()));
        Ecosystem ecosystem = LawfulFactory.eINSTANCE.createEcosystem();
        ecosystem.setName(name);
        ecosystem.setAsOf(LocalDate.now());
        resource.getContents().add(ecosystem);
        store.save(resource);
        resource.unload();
        progress.worked(1);
        refresh(target, progress.split(1));
    }

    /**
     * Writes a copy of an example; the installed example is only read.
     *
     * @param target the file to create; it must not exist
     * @param example the example
     * @param monitor progress; may be null
     * @throws ModelLoadException if the example does not read (the installation is damaged)
     * @throws ModelSaveException with a readable message if the file cannot be written
     */
    static void writeCopy(Path target, Example example, IProgressMonitor monitor) throws ModelLoadException, ModelSaveException {
        SubMonitor progress = SubMonitor.convert(monitor, WizardMessages.bind(WizardMessages.creating, target.getFileName()), 3);
        refuseExisting(target);
        ModelStore store = LawfulResources.newModelStore();
        Resource resource = store.load(example.file());
        progress.worked(1);
        store.saveAs(resource, target);
        resource.unload();
        progress.worked(1);
        refresh(target, progress.split(1));
    }

    private static void refuseExisting(Path target) throws ModelSaveException {
        if (Files.exists(target)) {
            throw new ModelSaveException(WizardMessages.bind(WizardMessages.locationExists, target), null);
        }
    }

    /** A file written inside the workspace must be known to it before the editor links or opens it. */
    private static void refresh(Path target, IProgressMonitor monitor) {
        for (IFile file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(target.toUri())) {
            try {
                file.refreshLocal(IResource.DEPTH_ZERO, monitor);
            } catch (CoreException e) {
                // The file is written; the workspace notices it at its next refresh.
            }
        }
    }
}
