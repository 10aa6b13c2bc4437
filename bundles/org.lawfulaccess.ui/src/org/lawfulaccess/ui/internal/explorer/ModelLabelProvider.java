/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.explorer;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;
import org.lawfulaccess.edit.ui.ItemLabelProvider;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.ui.ModelDocument;
import org.lawfulaccess.ui.ModelDocuments;
import org.lawfulaccess.ui.internal.Messages;

/**
 * Names and icons in the Model Explorer: elements as the edit layer labels them (the same text as
 * the Problems view and the command line), a model with a leading {@code *} while it has unsaved
 * changes, folders by what they hold and how many.
 */
public final class ModelLabelProvider extends LabelProvider implements ICommonLabelProvider {

    private final Map<ModelDocument, ItemLabelProvider> items = new HashMap<>();
    private final ModelDocuments.Listener closed = document -> {
        if (!ModelDocuments.get().all().contains(document)) {
            ItemLabelProvider provider = items.remove(document);
            if (provider != null) {
                provider.dispose();
            }
        }
    };

    public ModelLabelProvider() {
        ModelDocuments.get().addListener(closed);
    }

    @Override
    public String getText(Object element) {
        if (element instanceof ModelGroup group) {
            int size = group.isFacts() ? group.ecosystem().getFacts().size() : group.elements().size();
            return Messages.bind(Messages.explorerGroup, Folders.name(group), size);
        }
        if (element instanceof ModelRange range) {
            return Messages.bind(Messages.explorerRange, new Object[] { Folders.name(range.group()), range.from() + 1, range.to() });
        }
        if (element instanceof EObject object) {
            return ModelDocuments.get().documentOf(object).map(document -> {
                String text = provider(document).getText(object);
                return object instanceof Ecosystem && document.isDirty() ? "*" + text : text; //$NON-NLS-1$
            }).orElseGet(() -> super.getText(element));
        }
        return super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof ModelGroup || element instanceof ModelRange) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
        }
        if (element instanceof EObject object) {
            return ModelDocuments.get().documentOf(object).map(document -> provider(document).getImage(object)).orElse(null);
        }
        return null;
    }

    private ItemLabelProvider provider(ModelDocument document) {
        return items.computeIfAbsent(document, d -> new ItemLabelProvider(d.adapterFactory()));
    }

    @Override
    public String getDescription(Object element) {
        return getText(element);
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
        ModelDocuments.get().removeListener(closed);
        items.values().forEach(ItemLabelProvider::dispose);
        items.clear();
        super.dispose();
    }
}
