/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Composite;

/**
 * Chooses the cell editor of a property from its feature: a list of choices for enumerations, booleans
 * and references, a checked text for other single-valued attributes, read-only text for the rest. The
 * editors take and give the model's values, not their text, so that the property sheet compares and
 * applies what the item property descriptor reads and writes.
 * <p>
 * Lists are shown, not edited: editing a multi-valued feature needs a dialog of its own, which emf.edit.ui
 * had and this product does not yet.
 */
final class ValueCellEditors {

    private ValueCellEditors() {
    }

    /**
     * @param labels the text of a value, as the property sheet shows it
     * @return the editor, or null if the property cannot be set
     */
    static CellEditor create(Composite parent, Object object, IItemPropertyDescriptor descriptor, Function<Object, String> labels) {
        if (!descriptor.canSetProperty(object)) {
            return null;
        }
        Object feature = descriptor.getFeature(object);
        if (descriptor.isMany(object)) {
            return new ValueText(parent, null, labels);
        }
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        if (choices != null) {
            return new Choice(parent, choices(choices, feature, descriptor.isSortChoices(object), labels), labels);
        }
        if (feature instanceof EAttribute attribute) {
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            if (type == boolean.class || type == Boolean.class) {
                List<Object> values = new ArrayList<>(List.of(Boolean.FALSE, Boolean.TRUE));
                if (type == Boolean.class && !attribute.isRequired()) {
                    values.add(0, null);
                }
                return new Choice(parent, values, labels);
            }
            return new ValueText(parent, new ValueParser(attribute), labels);
        }
        return new ValueText(parent, null, labels);
    }

    /** The choices in the order shown: a reference's empty choice first, and only when it may be empty. */
    private static List<Object> choices(Collection<?> offered, Object feature, boolean sort, Function<Object, String> labels) {
        List<Object> choices = new ArrayList<>(offered);
        choices.remove(null);
        if (sort) {
            choices.sort(Comparator.comparing(labels, String.CASE_INSENSITIVE_ORDER));
        }
        if (feature instanceof EReference reference && !reference.isRequired()) {
            choices.add(0, null);
        }
        return choices;
    }

    /**
     * Text that reads back as a value of the attribute's type, refused with the parser's message until it
     * does; without a parser, the value's label, read-only.
     */
    private static final class ValueText extends TextCellEditor {
        private final ValueParser parser;
        private final Function<Object, String> labels;
        private Object value;

        ValueText(Composite parent, ValueParser parser, Function<Object, String> labels) {
            super(parent, parser == null ? SWT.SINGLE | SWT.READ_ONLY : SWT.SINGLE);
            this.parser = parser;
            this.labels = labels;
            if (parser != null) {
                // While typing the validator sees text; when the sheet sets a value, the model's value.
                setValidator(typed -> typed instanceof String text ? quoted(parser.check(text)) : null);
            }
        }

        /** The text editor puts a refusal through {@code MessageFormat}: quotes and braces must survive it. */
        private static String quoted(String message) {
            return message == null ? null : message.replace("'", "''").replace("{", "'{'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }

        @Override
        protected void doSetValue(Object newValue) {
            value = newValue;
            super.doSetValue(parser == null ? labels.apply(newValue) : parser.format(newValue));
        }

        @Override
        protected Object doGetValue() {
            if (parser == null) {
                return value;
            }
            try {
                return parser.valueOf((String) super.doGetValue());
            } catch (IllegalArgumentException e) {
                // Refused text is never applied: the sheet checks validity first; this keeps the old value.
                return value;
            }
        }
    }

    /** A read-only combo of the given values, labelled as the property sheet shows them. */
    private static final class Choice extends ComboBoxCellEditor {
        private final List<Object> values;
        private Object value;

        Choice(Composite parent, List<Object> values, Function<Object, String> labels) {
            super(parent, values.stream().map(labels).toArray(String[]::new), SWT.READ_ONLY);
            this.values = values;
        }

        @Override
        protected void doSetValue(Object newValue) {
            value = newValue;
            super.doSetValue(values.indexOf(newValue));
        }

        @Override
        protected Object doGetValue() {
            // What the combo shows, chosen or not yet confirmed, so that leaving the cell applies it.
            int index = getControl() instanceof CCombo combo && !combo.isDisposed() ? combo.getSelectionIndex() : (Integer) super.doGetValue();
            return index >= 0 && index < values.size() ? values.get(index) : value;
        }
    }
}
