/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.properties;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.layout.FormAttachment;
import org.eclipse.swt.layout.FormData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.lawfulaccess.edit.ui.ItemPropertySourceProvider;
import org.lawfulaccess.ui.ModelDocuments;

/**
 * One tab of the properties: a property sheet of the selected elements restricted to the
 * categories the edit layer gives their features (plugin.xml names them after the class, e.g.
 * {@code CategorySection:Legal,Timing}). The sheet edits through the item property descriptors, so
 * every change is a command on the model's editing domain and multi-selection edits all elements.
 */
public final class CategorySection extends AbstractPropertySection implements IExecutableExtension {

    private Set<String> categories = Set.of();
    private PropertySheetPage sheet;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        categories = categories(data);
    }

    /** @return the categories named in plugin.xml after the class, e.g. {@code Legal,Timing} */
    static Set<String> categories(Object data) {
        return data instanceof String names ? Arrays.stream(names.split(",")).map(String::trim) //$NON-NLS-1$
                .collect(Collectors.toUnmodifiableSet()) : Set.of();
    }

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage page) {
        super.createControls(parent, page);
        // As the platform's AdvancedPropertySection lays out its sheet: filling the section.
        Composite composite = getWidgetFactory().createFlatFormComposite(parent);
        sheet = new PropertySheetPage();
        sheet.setPropertySourceProvider(this::source);
        sheet.createControl(composite);
        FormData data = new FormData();
        data.left = new FormAttachment(0, 0);
        data.right = new FormAttachment(100, 0);
        data.top = new FormAttachment(0, 0);
        data.bottom = new FormAttachment(100, 0);
        sheet.getControl().setLayoutData(data);
    }

    private IPropertySource source(Object object) {
        if (!(object instanceof EObject element)) {
            return null;
        }
        return ModelDocuments.get().documentOf(element)
                .map(document -> new ItemPropertySourceProvider(document.adapterFactory()).getPropertySource(element))
                .map(source -> (IPropertySource) new InCategories(source, categories)).orElse(null);
    }

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        super.setInput(part, selection);
        sheet.selectionChanged(part, selection);
    }

    @Override
    public void refresh() {
        sheet.refresh();
    }

    @Override
    public boolean shouldUseExtraSpace() {
        return true;
    }

    @Override
    public void dispose() {
        if (sheet != null) {
            sheet.dispose();
        }
        super.dispose();
    }

    /** A property source showing only the descriptors of some categories. */
    private record InCategories(IPropertySource source, Set<String> categories) implements IPropertySource {
        @Override
        public Object getEditableValue() {
            return source.getEditableValue();
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            return Arrays.stream(source.getPropertyDescriptors()).filter(d -> categories.contains(d.getCategory()))
                    .toArray(IPropertyDescriptor[]::new);
        }

        @Override
        public Object getPropertyValue(Object id) {
            return source.getPropertyValue(id);
        }

        @Override
        public boolean isPropertySet(Object id) {
            return source.isPropertySet(id);
        }

        @Override
        public void resetPropertyValue(Object id) {
            source.resetPropertyValue(id);
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
            source.setPropertyValue(id, value);
        }
    }
}
