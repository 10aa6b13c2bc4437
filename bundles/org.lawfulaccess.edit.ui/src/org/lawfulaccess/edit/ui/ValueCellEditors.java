/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IControlContentAdapter;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

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
            return new Choice(parent, choices(choices, feature, descriptor.isSortChoices(object), labels), labels, feature instanceof EReference);
        }
        if (feature instanceof EAttribute attribute) {
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            if (type == boolean.class || type == Boolean.class) {
                List<Object> values = new ArrayList<>(List.of(Boolean.FALSE, Boolean.TRUE));
                if (type == Boolean.class && !attribute.isRequired()) {
                    values.add(0, null);
                }
                return new Choice(parent, values, labels, false);
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

    /**
     * A combo of the given values, labelled as the property sheet shows them. For a reference the
     * combo is also a search field: typing proposes the elements whose label contains the text,
     * ignoring case, and a typed label picks its element.
     */
    private static final class Choice extends ComboBoxCellEditor {
        private static final char[] TYPED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ".toCharArray(); //$NON-NLS-1$
        private final List<Object> values;
        private final List<String> shown;
        private Object value;

        Choice(Composite parent, List<Object> values, Function<Object, String> labels, boolean searchable) {
            super(parent, values.stream().map(labels).toArray(String[]::new), searchable ? SWT.NONE : SWT.READ_ONLY);
            this.values = values;
            this.shown = values.stream().map(labels).toList();
            if (searchable) {
                ContentProposalAdapter proposals = new ContentProposalAdapter(getControl(), new CComboText(),
                        (typed, position) -> shown.stream().filter(label -> !label.isEmpty() && label.toLowerCase(Locale.ROOT)
                                .contains(typed.strip().toLowerCase(Locale.ROOT))).map(ContentProposal::new).toArray(IContentProposal[]::new),
                        null, TYPED);
                proposals.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
            }
        }

        @Override
        protected void doSetValue(Object newValue) {
            value = newValue;
            super.doSetValue(values.indexOf(newValue));
        }

        @Override
        protected Object doGetValue() {
            // What the combo shows, chosen or typed and not yet confirmed, so that leaving the cell applies it.
            int index = -1;
            if (getControl() instanceof CCombo combo && !combo.isDisposed()) {
                index = combo.getSelectionIndex();
                if (index < 0) {
                    index = shown.stream().filter(combo.getText().strip()::equalsIgnoreCase).findFirst().map(shown::indexOf).orElse(-1);
                }
            } else {
                index = (Integer) super.doGetValue();
            }
            return index >= 0 && index < values.size() ? values.get(index) : value;
        }
    }

    /** The text of a cell's combo, for the proposals (JFace adapts SWT's Combo, not the cell's CCombo). */
    private static final class CComboText implements IControlContentAdapter {
        @Override
        public void setControlContents(Control control, String contents, int cursorPosition) {
            ((CCombo) control).setText(contents);
            setCursorPosition(control, cursorPosition);
        }

        @Override
        public void insertControlContents(Control control, String contents, int cursorPosition) {
            setControlContents(control, contents, cursorPosition);
        }

        @Override
        public String getControlContents(Control control) {
            return ((CCombo) control).getText();
        }

        @Override
        public int getCursorPosition(Control control) {
            return ((CCombo) control).getSelection().x;
        }

        @Override
        public Rectangle getInsertionBounds(Control control) {
            Point size = control.getSize();
            return new Rectangle(0, 0, size.x, size.y);
        }

        @Override
        public void setCursorPosition(Control control, int index) {
            ((CCombo) control).setSelection(new Point(index, index));
        }
    }
}
