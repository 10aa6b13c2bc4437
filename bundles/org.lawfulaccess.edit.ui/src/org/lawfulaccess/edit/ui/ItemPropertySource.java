/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The properties of an element for the property sheet, from its EMF.Edit item property source. Values go
 * through the item property descriptors, which change the element with a {@code SetCommand} on the
 * command stack of the element's editing domain, so that an edit in the sheet is undone like any other.
 * <p>
 * Values are the model's (a date, a duration, an enumerator, an element), unwrapped from the item
 * property descriptor's wrapper; the descriptors' label providers give their text. A value given as text
 * for an attribute is read as the cell editors read it, and refused text changes nothing. Null unsets.
 */
public class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource itemPropertySource;

    /**
     * @param object the element
     * @param itemPropertySource its item property source
     */
    public ItemPropertySource(Object object, IItemPropertySource itemPropertySource) {
        this.object = Objects.requireNonNull(object, "object"); //$NON-NLS-1$
        this.itemPropertySource = Objects.requireNonNull(itemPropertySource, "itemPropertySource"); //$NON-NLS-1$
    }

    @Override
    public Object getEditableValue() {
        return itemPropertySource.getEditableValue(object);
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> descriptors = itemPropertySource.getPropertyDescriptors(object);
        return descriptors == null ? new IPropertyDescriptor[0]
                : descriptors.stream().map(descriptor -> new ItemPropertyDescriptor(object, descriptor)).toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        return descriptor == null ? null : ItemPropertyDescriptor.editableValue(descriptor.getPropertyValue(object));
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        return descriptor != null && descriptor.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor != null && descriptor.canSetProperty(object)) {
            descriptor.resetPropertyValue(object);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor == null || !descriptor.canSetProperty(object)) {
            return;
        }
        Object newValue = ItemPropertyDescriptor.editableValue(value);
        if (newValue instanceof String text && !descriptor.isMany(object) && descriptor.getFeature(object) instanceof EAttribute attribute) {
            try {
                newValue = new ValueParser(attribute).valueOf(text);
            } catch (IllegalArgumentException refused) {
                return;
            }
        }
        if (newValue == null) {
            if (descriptor.isPropertySet(object)) {
                descriptor.resetPropertyValue(object);
            }
        } else if (!newValue.equals(getPropertyValue(id))) {
            // An unchanged value would still be a command: the editor would turn dirty for nothing.
            descriptor.setPropertyValue(object, newValue);
        }
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return itemPropertySource.getPropertyDescriptor(object, id);
    }
}
