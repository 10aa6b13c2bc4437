/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * The content of a {@code SWT.VIRTUAL} tree viewer from the EMF.Edit item providers, for models of
 * 100,000 elements and more: the viewer asks for one visible item at a time, so neither the items nor
 * the labels of the rest are ever made.
 * <p>
 * Item providers compute a child list on every call, and the viewer asks for the children of a parent
 * once per visible child, so each parent's list is cached here until {@link #invalidate(Object)} (a
 * {@link ViewerRefresher} does that before it refreshes the parent) or {@link #invalidateAll()} (a new
 * input). The children are those an {@link ItemContentProvider} gives.
 */
public class LazyItemContentProvider implements ILazyTreeContentProvider {

    private final TreeViewer viewer;
    private final ItemContentProvider items;
    private final Map<Object, Object[]> children = new HashMap<>();
    private Object input;

    /**
     * @param viewer the viewer, made with {@code SWT.VIRTUAL}, that this provider will be set on
     * @param adapterFactory the factory of the item providers
     */
    public LazyItemContentProvider(TreeViewer viewer, AdapterFactory adapterFactory) {
        this.viewer = Objects.requireNonNull(viewer, "viewer"); //$NON-NLS-1$
        this.items = new ItemContentProvider(adapterFactory);
    }

    @Override
    public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
        input = newInput;
        invalidateAll();
    }

    @Override
    public void updateElement(Object parent, int index) {
        Object[] siblings = childrenOf(parent);
        if (index < siblings.length) {
            Object child = siblings[index];
            viewer.replace(parent, index, child);
            viewer.setChildCount(child, childrenOf(child).length);
        }
    }

    @Override
    public void updateChildCount(Object element, int currentChildCount) {
        int count = childrenOf(element).length;
        if (count != currentChildCount) {
            viewer.setChildCount(element, count);
        }
    }

    @Override
    public Object getParent(Object element) {
        if (element == input) {
            return null;
        }
        Object parent = items.getParent(element);
        return parent != null ? parent : input;
    }

    /**
     * Forgets the children of an element, so that they are asked for again; also forgets the cached
     * children of those that no longer name it as their parent, so that removed subtrees are not kept
     * (a child kept by mistake is only asked for again).
     *
     * @param parent an element of the tree, or the input
     */
    public void invalidate(Object parent) {
        Object[] old = children.remove(parent);
        if (old != null) {
            for (Object child : old) {
                if (children.containsKey(child) && !Objects.equals(items.getParent(child), parent)) {
                    forgetSubtree(child);
                }
            }
        }
    }

    /** Forgets every cached child list, as when the input changes. */
    public void invalidateAll() {
        children.clear();
    }

    private void forgetSubtree(Object element) {
        Object[] old = children.remove(element);
        if (old != null) {
            for (Object child : old) {
                forgetSubtree(child);
            }
        }
    }

    private Object[] childrenOf(Object parent) {
        return children.computeIfAbsent(parent, p -> p == input ? items.getElements(p) : items.getChildren(p));
    }
}
