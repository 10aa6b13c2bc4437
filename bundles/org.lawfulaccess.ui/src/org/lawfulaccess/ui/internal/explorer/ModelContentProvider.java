/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonContentProvider;
import org.lawfulaccess.edit.ui.ItemContentProvider;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.ui.ModelDocument;
import org.lawfulaccess.ui.ModelDocuments;

/**
 * The Model Explorer's content: the open models, each in folders ({@link ModelGroup}), large folders
 * in slices ({@link ModelRange}), and below the folders what the item providers give as children
 * (an instrument's provisions and memberships, a provider's establishments, citations).
 */
public final class ModelContentProvider implements ICommonContentProvider {

    private static final Object[] NONE = {};

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof ModelDocuments documents) {
            return documents.all().stream().map(ModelDocument::ecosystem).toArray();
        }
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof Ecosystem ecosystem && ecosystem.eContainer() == null) {
            return ModelGroup.of(ecosystem).toArray();
        }
        if (parent instanceof ModelGroup group) {
            return group.isFacts() ? group.factKinds().toArray() : slices(group, group.elements());
        }
        if (parent instanceof ModelRange range) {
            return range.group().elements().subList(range.from(), Math.min(range.to(), range.group().elements().size())).toArray();
        }
        if (parent instanceof EObject element) {
            return items(element).map(provider -> provider.getChildren(element)).orElse(NONE);
        }
        return NONE;
    }

    private static Object[] slices(ModelGroup group, List<EObject> elements) {
        if (elements.size() <= ModelRange.SIZE) {
            return elements.toArray();
        }
        List<ModelRange> ranges = new ArrayList<>();
        for (int from = 0; from < elements.size(); from += ModelRange.SIZE) {
            ranges.add(new ModelRange(group, from, Math.min(from + ModelRange.SIZE, elements.size())));
        }
        return ranges.toArray();
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof ModelRange range) {
            return range.group();
        }
        if (element instanceof ModelGroup group) {
            return group.kind() != null ? new ModelGroup(group.ecosystem(), group.feature(), null) : group.ecosystem();
        }
        if (element instanceof EObject object) {
            if (object.eContainer() instanceof Ecosystem ecosystem && ecosystem.eContainer() == null) {
                ModelGroup group = ModelGroup.containing(object);
                List<EObject> elements = group.elements();
                if (elements.size() <= ModelRange.SIZE) {
                    return group;
                }
                int from = elements.indexOf(object) / ModelRange.SIZE * ModelRange.SIZE;
                return new ModelRange(group, from, Math.min(from + ModelRange.SIZE, elements.size()));
            }
            return object.eContainer();
        }
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof ModelGroup group) {
            return group.isFacts() ? !group.ecosystem().getFacts().isEmpty() : !group.elements().isEmpty();
        }
        if (element instanceof ModelRange || element instanceof Ecosystem) {
            return true;
        }
        if (element instanceof EObject object) {
            return items(object).map(provider -> provider.hasChildren(object)).orElse(false);
        }
        return false;
    }

    private static Optional<ItemContentProvider> items(EObject element) {
        return ModelDocuments.get().documentOf(element).map(document -> new ItemContentProvider(document.adapterFactory()));
    }

    @Override
    public void init(ICommonContentExtensionSite site) {
        // nothing to configure
    }

    @Override
    public void restoreState(IMemento memento) {
        // nothing kept between sessions
    }

    @Override
    public void saveState(IMemento memento) {
        // nothing kept between sessions
    }

    @Override
    public void dispose() {
        // the providers belong to the documents
    }
}
