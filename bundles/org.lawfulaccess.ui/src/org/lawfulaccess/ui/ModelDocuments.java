/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.PlatformUI;
import org.lawfulaccess.core.persistence.ModelLoadException;

/**
 * The models open in the workbench, one {@link ModelDocument} per file, shared by the editor that
 * opened it, the Model Explorer, the properties and the diagrams. A model is open while its editor
 * is; the explorer lists the open models, as Archi's model tree does.
 * <p>
 * One instance per workbench, found with {@link #get()} (a workbench service). Used from the UI thread.
 */
public final class ModelDocuments {

    /** Told when a model opens or closes. */
    public interface Listener {
        /** @param document the document opened or closed */
        void openedOrClosed(ModelDocument document);
    }

    private final Map<IFile, ModelDocument> documents = new LinkedHashMap<>();
    private final ListenerList<Listener> listeners = new ListenerList<>();

    /** @return the workbench's instance */
    public static ModelDocuments get() {
        return PlatformUI.getWorkbench().getService(ModelDocuments.class);
    }

    /**
     * @param file a model file
     * @return its document, loaded if it is not open yet
     * @throws ModelLoadException if the file cannot be read
     */
    public ModelDocument open(IFile file) throws ModelLoadException {
        ModelDocument document = documents.get(file);
        if (document == null) {
            document = ModelDocument.load(file);
            documents.put(file, document);
            fire(document);
        }
        return document;
    }

    /** @return the document of a file, if it is open */
    public Optional<ModelDocument> find(IFile file) {
        return Optional.ofNullable(documents.get(file));
    }

    /** @return the document an element belongs to, if it is open */
    public Optional<ModelDocument> documentOf(EObject element) {
        Resource resource = element.eResource();
        return documents.values().stream().filter(d -> d.resource() == resource).findFirst();
    }

    /** @return the open documents, in the order they were opened */
    public List<ModelDocument> all() {
        return new ArrayList<>(documents.values());
    }

    /**
     * Records that a document now stands for another file (after Save As).
     *
     * @param previous the file it was opened from
     * @param document the document
     */
    public void moved(IFile previous, ModelDocument document) {
        documents.remove(previous);
        documents.put(document.file(), document);
        fire(document);
    }

    /**
     * Closes a document, dropping unsaved changes (the editor asks first).
     *
     * @param document an open document
     */
    public void close(ModelDocument document) {
        if (documents.remove(document.file(), document)) {
            fire(document);
            document.dispose();
        }
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fire(ModelDocument document) {
        for (Listener listener : listeners) {
            listener.openedOrClosed(document);
        }
    }
}
