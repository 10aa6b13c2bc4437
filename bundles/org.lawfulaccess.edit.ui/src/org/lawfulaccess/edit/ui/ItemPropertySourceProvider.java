/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import java.util.Objects;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Gives the property sheet an {@link ItemPropertySource} for a selected element, from the item providers
 * of the factory the views share, so the sheet shows the properties and categories the edit layer
 * declares. Wrappers in a selection (non-containment children, feature map entries) stand for the element
 * they wrap; anything that is not an element has no properties.
 */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;

    /** @param adapterFactory the factory of the item providers, usually {@link ItemProviders#newAdapterFactory()} */
    public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = Objects.requireNonNull(adapterFactory, "adapterFactory"); //$NON-NLS-1$
    }

    /** @return the element's properties, or null if the object is not an element or has no item property source */
    @Override
    public IPropertySource getPropertySource(Object object) {
        Object element = AdapterFactoryEditingDomain.unwrap(object);
        if (element instanceof EObject && adapterFactory.adapt(element, IItemPropertySource.class) instanceof IItemPropertySource source) {
            return new ItemPropertySource(element, source);
        }
        return null;
    }
}
