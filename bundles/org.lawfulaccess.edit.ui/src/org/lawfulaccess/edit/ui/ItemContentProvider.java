/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import java.util.Collection;
import java.util.Objects;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * A tree content provider that asks the EMF.Edit item providers for children and parents, so that the
 * explorer and the editor show the tree the edit layer defines (its child features, in its order) rather
 * than the raw containment of the model.
 * <p>
 * It holds no state and listens to nothing: the viewer is kept current by a {@link ViewerRefresher}. For
 * trees too large to materialise, use {@link LazyItemContentProvider}.
 */
public class ItemContentProvider implements ITreeContentProvider {

    private static final Object[] NONE = {};

    private final AdapterFactory adapterFactory;

    /** @param adapterFactory the factory of the item providers, usually {@link ItemProviders#newAdapterFactory()} */
    public ItemContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = Objects.requireNonNull(adapterFactory, "adapterFactory"); //$NON-NLS-1$
    }

    /**
     * The top-level elements: a resource's roots, a resource set's resources, an element's children, or
     * the items of an array or collection as given.
     */
    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        if (input instanceof ResourceSet resourceSet) {
            return resourceSet.getResources().toArray();
        }
        if (input instanceof Object[] items) {
            return items.clone();
        }
        if (input instanceof Collection<?> items) {
            return items.toArray();
        }
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = provider(parent);
        if (provider != null) {
            return provider.getChildren(parent).toArray();
        }
        // Without a resource item provider in the factory, a resource still shows its roots.
        return parent instanceof Resource resource ? resource.getContents().toArray() : NONE;
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = provider(element);
        if (provider != null) {
            return provider.hasChildren(element);
        }
        return element instanceof Resource resource && !resource.getContents().isEmpty();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = provider(element);
        if (provider != null) {
            return provider.getParent(element);
        }
        return element instanceof Resource resource ? resource.getResourceSet() : null;
    }

    /** @return the item provider of the element, or null if the factory has none for it */
    private ITreeItemContentProvider provider(Object element) {
        return element == null ? null
                : adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider ? provider
                        : null;
    }
}
