/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.lawfulaccess.model.edit.LabelledItemProviderAdapterFactory;

/**
 * The one recipe of item providers for the product's views, so that the editor, the explorer and the
 * property sheet show the same children, labels and properties: the product's labelled item providers,
 * then resources, then the reflective providers for elements of any other package.
 */
public final class ItemProviders {

    private ItemProviders() {
    }

    /**
     * @return a new factory, owned by the caller, who disposes of it with the view or editor that uses it
     */
    public static ComposedAdapterFactory newAdapterFactory() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory();
        factory.addAdapterFactory(new LabelledItemProviderAdapterFactory());
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }
}
