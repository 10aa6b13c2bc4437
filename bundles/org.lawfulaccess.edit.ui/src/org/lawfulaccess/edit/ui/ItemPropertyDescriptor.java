/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.lawfulaccess.core.Labels;

/**
 * One row of the property sheet, from an EMF.Edit item property descriptor: its name, description,
 * category and filter flags as the generated item provider declares them, its value shown as the item
 * property descriptor's label provider writes it, and a cell editor chosen from the feature.
 * <p>
 * Editors: a list of choices for enumerations, booleans and references (a reference that may be empty
 * has an empty choice); a text checked against the data type's factory for other attributes (dates,
 * durations, numbers, strings), which refuses what the factory cannot read and says what form it
 * expects; empty text unsets an optional attribute. Multi-valued features are shown as the joined labels
 * of their items, read-only: editing lists is not supported here. A property the item provider does not
 * let be set gets no editor. No help contexts.
 */
public class ItemPropertyDescriptor implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor itemPropertyDescriptor;
    private final ILabelProvider labelProvider = new LabelProvider() {
        @Override
        public String getText(Object value) {
            return text(value);
        }
    };

    /**
     * @param object the element whose property this is
     * @param itemPropertyDescriptor the element's item property descriptor for the property
     */
    public ItemPropertyDescriptor(Object object, IItemPropertyDescriptor itemPropertyDescriptor) {
        this.object = Objects.requireNonNull(object, "object"); //$NON-NLS-1$
        this.itemPropertyDescriptor = Objects.requireNonNull(itemPropertyDescriptor, "itemPropertyDescriptor"); //$NON-NLS-1$
    }

    /** @return the item property descriptor this one shows */
    public IItemPropertyDescriptor getItemPropertyDescriptor() {
        return itemPropertyDescriptor;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        return ValueCellEditors.create(parent, object, itemPropertyDescriptor, this::text);
    }

    @Override
    public String getCategory() {
        return itemPropertyDescriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return itemPropertyDescriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return itemPropertyDescriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return itemPropertyDescriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return itemPropertyDescriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        return labelProvider;
    }

    /** Compatible with a descriptor of the same feature, so that a multiple selection can be edited at once. */
    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof ItemPropertyDescriptor descriptor)) {
            return false;
        }
        Object feature = itemPropertyDescriptor.getFeature(object);
        return itemPropertyDescriptor.isCompatibleWith(object, descriptor.object, descriptor.itemPropertyDescriptor)
                || feature != null && feature.equals(descriptor.itemPropertyDescriptor.getFeature(descriptor.object))
                        && Objects.equals(getId(), descriptor.getId());
    }

    /**
     * The value the item property descriptor gives, without the wrapper it puts around it for nested
     * property sheets.
     */
    static Object editableValue(Object value) {
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(value) : value;
    }

    /** The text of a value: the label provider's, the items' joined for a list, empty for none. */
    String text(Object value) {
        Object unwrapped = editableValue(value);
        if (unwrapped == null) {
            return ""; //$NON-NLS-1$
        }
        IItemLabelProvider labels = itemPropertyDescriptor.getLabelProvider(object);
        if (unwrapped instanceof Collection<?> items) {
            return items.stream().map(item -> item == null ? "" : label(labels, item)).collect(Collectors.joining(Messages.listSeparator)); //$NON-NLS-1$
        }
        return label(labels, unwrapped);
    }

    /** Enumeration literals read as the label service words them ("state", "end-to-end (by default)"), as in the tree and the CLI. */
    private static String label(IItemLabelProvider labels, Object value) {
        return value instanceof Enumerator literal ? Labels.literal(literal) : labels.getText(value);
    }
}
