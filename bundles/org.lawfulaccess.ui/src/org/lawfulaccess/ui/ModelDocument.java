/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EventObject;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.persistence.LoadProblem;
import org.lawfulaccess.core.persistence.ModelLoadException;
import org.lawfulaccess.core.persistence.ModelSaveException;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.edit.ui.ItemProviders;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.ui.internal.Messages;

/**
 * One open model: its workspace file, its resource, and the one editing domain (command stack,
 * undo history) through which the editor, the explorer, the properties and later the diagrams edit
 * it. Loading and saving go through the core's {@link ModelStore}, so the workbench reads and writes
 * exactly what the command line does (atomic save, backup, refusal of hostile files).
 * <p>
 * Used from the UI thread.
 */
public final class ModelDocument {

    /** Told when the document's dirty state, content (reload) or as-of date changes. */
    public interface Listener {
        /** @param document the document that changed */
        void changed(ModelDocument document);
    }

    private final ModelStore store;
    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;
    private final ListenerList<Listener> listeners = new ListenerList<>();
    private final CommandStackListener stackListener = this::stackChanged;
    private IFile file;
    private Resource resource;
    private long loadedStamp;
    private LocalDate asOf;
    private boolean restored;

    private ModelDocument(IFile file, ModelStore store) {
        this.file = file;
        this.store = store;
        this.adapterFactory = ItemProviders.newAdapterFactory();
        this.domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), store.newResourceSet());
        // How the item property descriptors find the domain: without it, a value set in the Properties
        // view would bypass the command stack (no undo, no dirty marker, no live validation).
        domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        domain.getCommandStack().addCommandStackListener(stackListener);
    }

    /**
     * Loads a model file.
     *
     * @param file a workspace file with a location on disk
     * @return the open document
     * @throws ModelLoadException with the same message the command line gives (file, line, column)
     */
    public static ModelDocument load(IFile file) throws ModelLoadException {
        ModelDocument document = new ModelDocument(file, LawfulResources.newModelStore());
        try {
            document.read();
        } catch (ModelLoadException e) {
            document.dispose();
            throw e;
        }
        return document;
    }

    private void read() throws ModelLoadException {
        read(path());
    }

    /** Reads the content from a file, which is the document's own or a copy of it. */
    private void read(Path from) throws ModelLoadException {
        Resource loaded = store.load(from, domain.getResourceSet());
        if (store.root(loaded).isEmpty()) {
            domain.getResourceSet().getResources().remove(loaded);
            throw new ModelLoadException(new LoadProblem(LoadProblem.Kind.UNREADABLE, from.toString(), 0, 0,
                    Messages.documentNoEcosystem));
        }
        loaded.setURI(URI.createFileURI(path().toAbsolutePath().toString()));
        resource = loaded;
        loadedStamp = stampOf(path());
    }

    /** @return the workspace file (a link when the model lives outside the workspace) */
    public IFile file() {
        return file;
    }

    /** @return the file on disk */
    public Path path() {
        return file.getLocation().toFile().toPath();
    }

    /** @return the loaded resource */
    public Resource resource() {
        return resource;
    }

    /** @return the model root */
    public Ecosystem ecosystem() {
        return (Ecosystem) store.root(resource).orElseThrow();
    }

    /** @return what loading kept but could not read (content of a newer or unknown package), with lines */
    public List<LoadProblem> warnings() {
        return ModelStore.warnings(resource);
    }

    /** @return the editing domain every view edits this model through */
    public AdapterFactoryEditingDomain editingDomain() {
        return domain;
    }

    /** @return the item providers labels, icons, children and properties come from */
    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /**
     * @return the date the model is evaluated at, as the command line's {@code --as-of} sets it: the
     *         date chosen in the workbench, else null for the model's own as-of date (see
     *         {@link org.lawfulaccess.validation.Validator#dateFor})
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Sets the date the model is evaluated at; validation, routes and validity-dependent labels follow.
     * It is a view setting, not a change of the model: it is not undoable and does not make it dirty.
     *
     * @param date the date, or null for the model's own as-of date
     */
    public void setAsOf(LocalDate date) {
        if (!Objects.equals(date, asOf)) {
            asOf = date;
            fire();
        }
    }

    /** @return whether there are changes since the last load or save */
    public boolean isDirty() {
        return restored || ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    /** @return whether another program changed the file since it was loaded or saved here */
    public boolean isChangedOnDisk() {
        return stampOf(path()) != loadedStamp;
    }

    /** Keeps the content as it is although the file changed on disk: the user chose not to reload. */
    public void acceptDiskVersion() {
        loadedStamp = stampOf(path());
    }

    /**
     * Saves atomically to the document's file; a failure leaves the previous file intact.
     *
     * @param monitor progress; may be null
     * @throws ModelSaveException with a readable message
     */
    public void save(IProgressMonitor monitor) throws ModelSaveException {
        store.save(resource);
        saved(monitor);
    }

    /**
     * Saves to another workspace file, which the document then stands for.
     *
     * @param target the new file (linked into the workspace when outside it)
     * @param monitor progress; may be null
     * @throws ModelSaveException with a readable message
     */
    public void saveAs(IFile target, IProgressMonitor monitor) throws ModelSaveException {
        store.saveAs(resource, target.getLocation().toFile().toPath());
        file = target;
        saved(monitor);
    }

    private void saved(IProgressMonitor monitor) {
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        restored = false;
        loadedStamp = stampOf(path());
        try {
            file.refreshLocal(IResource.DEPTH_ZERO, monitor);
        } catch (CoreException e) {
            // The workspace's view of the file catches up at the next refresh; the save itself succeeded.
        }
        fire();
    }

    /**
     * Reads the file again, dropping unsaved changes and the undo history.
     *
     * @throws ModelLoadException if the file no longer reads; the document keeps its content then
     */
    public void reload() throws ModelLoadException {
        replaceWith(path(), false);
    }

    /**
     * Replaces the content with a copy kept elsewhere (the recovery copy of unsaved changes); the
     * document is then dirty until saved, and its file is unchanged until then.
     *
     * @param copy a model file
     * @throws ModelLoadException if the copy does not read; the document keeps its content then
     */
    public void restore(Path copy) throws ModelLoadException {
        replaceWith(copy, true);
    }

    private void replaceWith(Path from, boolean unsaved) throws ModelLoadException {
        Resource previous = resource;
        domain.getResourceSet().getResources().remove(previous);
        try {
            read(from);
        } catch (ModelLoadException e) {
            domain.getResourceSet().getResources().add(previous);
            throw e;
        }
        previous.unload();
        domain.getCommandStack().flush();
        restored = unsaved;
        fire();
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void stackChanged(EventObject event) {
        fire();
    }

    private void fire() {
        for (Listener listener : listeners) {
            listener.changed(this);
        }
    }

    /** Releases the item providers and the resource. */
    public void dispose() {
        domain.getCommandStack().removeCommandStackListener(stackListener);
        domain.getResourceSet().getResources().forEach(Resource::unload);
        adapterFactory.dispose();
        listeners.clear();
    }

    private static long stampOf(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis() ^ Files.size(path);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
