/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.properties;

import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.IFilter;
import org.lawfulaccess.ui.ModelDocuments;

/**
 * Shows a property tab only for model elements that have properties in its categories (plugin.xml
 * names them after the class, as for {@link CategorySection}), so a citation opens on Provenance
 * instead of an empty General tab, and folders show no tabs at all. Without categories, the tab is
 * shown for every model element.
 */
public final class ElementFilter implements IFilter, IExecutableExtension {

    private Set<String> categories = Set.of();

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        categories = CategorySection.categories(data);
    }

    @Override
    public boolean select(Object object) {
        if (!(AdapterFactoryEditingDomain.unwrap(object) instanceof EObject element)) {
            return false;
        }
        if (categories.isEmpty()) {
            return ModelDocuments.get().documentOf(element).isPresent(); // a tab for every element, as Problems
        }
        return ModelDocuments.get().documentOf(element).map(document -> document.adapterFactory().adapt(element, IItemPropertySource.class))
                .filter(IItemPropertySource.class::isInstance).map(IItemPropertySource.class::cast)
                .map(source -> source.getPropertyDescriptors(element).stream()
                        .anyMatch((IItemPropertyDescriptor d) -> categories.contains(d.getCategory(element))))
                .orElse(false);
    }
}
