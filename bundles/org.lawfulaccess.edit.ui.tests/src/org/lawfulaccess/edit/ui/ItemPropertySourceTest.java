/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.edit.ui.Fixtures.SmallModel;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.RouteKind;
import org.lawfulaccess.model.value.TimeSpan;

/**
 * The property sheet's view of an element: categories, editors that refuse what the model cannot hold
 * and say what they expect, and edits that go through the command stack.
 */
class ItemPropertySourceTest {

    private final SmallModel small = new SmallModel();
    private final ItemPropertySourceProvider provider = new ItemPropertySourceProvider(small.factory);
    private final Shell shell = new Shell(Fixtures.display());

    @AfterEach
    void dispose() {
        shell.dispose();
        small.dispose();
    }

    @Test
    void aProvisionsPropertiesHaveTheirCategories() {
        IPropertySource source = provider.getPropertySource(small.article);
        Set<String> categories = Arrays.stream(source.getPropertyDescriptors()).map(IPropertyDescriptor::getCategory)
                .collect(Collectors.toSet());
        assertTrue(categories.containsAll(Set.of("Identity", "Validity", "Legal", "Timing")), () -> "categories: " + categories);
        IPropertyDescriptor minLatency = descriptor(source, "minLatency");
        assertEquals("Timing", minLatency.getCategory());
        assertEquals("Min Latency", minLatency.getDisplayName());
        assertNotNull(minLatency.getDescription());
        assertNull(minLatency.getHelpContextIds());
        assertSame(small.article, source.getEditableValue());
    }

    @Test
    void valuesAreTheModelsAndShownAsTheirText() {
        IPropertySource source = provider.getPropertySource(small.article);
        Object value = source.getPropertyValue("minLatency");
        assertEquals(TimeSpan.parse("90 days"), value);
        assertEquals("90 days", descriptor(source, "minLatency").getLabelProvider().getText(value));
        IPropertySource service = provider.getPropertySource(small.service);
        assertEquals(small.provider, service.getPropertyValue("provider"));
        assertEquals(Labels.text(small.provider), descriptor(service, "provider").getLabelProvider().getText(small.provider));
        assertNull(source.getPropertyValue("validFrom"));
        assertFalse(source.isPropertySet("validFrom"));
    }

    @Test
    void onlyElementsHaveProperties() {
        assertNull(provider.getPropertySource("a note"));
        assertNull(provider.getPropertySource(null));
        assertNotNull(provider.getPropertySource(small.belgium));
    }

    @Test
    void anImpossibleDateIsRefusedWithTheExpectedFormAndAppliesNothing() {
        assertRefused("validFrom", "2021-13-45", "Not a date: use YYYY-MM-DD, e.g. 2021-04-22");
        assertNull(small.article.getValidFrom());
    }

    @Test
    void aDurationInWordsIsRefusedWithTheExpectedFormAndAppliesNothing() {
        assertRefused("maxLatency", "twelve months", "Not a duration: use an amount and a unit, e.g. 12 months or 8 hours");
        assertEquals(TimeSpan.months(12), small.article.getMaxLatency());
    }

    @Test
    void otherTypesNameTheTypeAndTheReason() {
        ValueParser code = new ValueParser(org.lawfulaccess.model.LawfulPackage.Literals.JURISDICTION__CODE);
        assertEquals("A value is required", code.check(""));
        assertNull(code.check("BE"));
        ValueParser version = new ValueParser(org.lawfulaccess.model.LawfulPackage.Literals.ECOSYSTEM__FORMAT_VERSION);
        assertTrue(version.check("two").startsWith("Not a valid whole number: "), version.check("two"));
        assertEquals(3, version.valueOf(" 3 "));
    }

    @Test
    void anEditIsACommandThatCanBeUndoneAndRedone() {
        IPropertySource source = provider.getPropertySource(small.article);
        CellEditor editor = edit(source, "minLatency", "8 hours");
        assertTrue(editor.isValueValid(), editor::getErrorMessage);
        applyAsTheSheetDoes(source, "minLatency", editor);

        assertEquals(TimeSpan.hours(8), small.article.getMinLatency());
        assertTrue(small.commandStack.canUndo());
        small.commandStack.undo();
        assertEquals(TimeSpan.days(90), small.article.getMinLatency());
        small.commandStack.redo();
        assertEquals(TimeSpan.hours(8), small.article.getMinLatency());

        source.setPropertyValue("validFrom", "2021-04-22");
        assertEquals(LocalDate.of(2021, 4, 22), small.article.getValidFrom());
        source.resetPropertyValue("validFrom");
        assertNull(small.article.getValidFrom());
        small.commandStack.undo();
        assertEquals(LocalDate.of(2021, 4, 22), small.article.getValidFrom());
    }

    @Test
    void emptyTextUnsetsAnOptionalAttribute() {
        small.article.setValidFrom(LocalDate.of(2020, 1, 1));
        IPropertySource source = provider.getPropertySource(small.article);
        CellEditor editor = edit(source, "validFrom", "");
        assertTrue(editor.isValueValid(), editor::getErrorMessage);
        applyAsTheSheetDoes(source, "validFrom", editor);

        assertNull(small.article.getValidFrom());
        small.commandStack.undo();
        assertEquals(LocalDate.of(2020, 1, 1), small.article.getValidFrom());
    }

    @Test
    void enumerationsAndReferencesAreChosenFromTheirLabels() {
        IPropertySource source = provider.getPropertySource(small.article);
        CellEditor routeKind = editor(source, "routeKind");
        CCombo combo = assertInstanceOf(CCombo.class, routeKind.getControl());
        assertEquals(RouteKind.VALUES.size(), combo.getItemCount());
        assertEquals("production order", combo.getItem(RouteKind.VALUES.indexOf(RouteKind.PRODUCTION_ORDER)),
                "literals read as the label service words them, not as PRODUCTION_ORDER");
        combo.select(RouteKind.VALUES.indexOf(RouteKind.PRODUCTION_ORDER));
        source.setPropertyValue("routeKind", routeKind.getValue());
        assertEquals(RouteKind.PRODUCTION_ORDER, small.article.getRouteKind());
        assertTrue(small.commandStack.canUndo());

        // An actor may have no jurisdiction: the first choice is none.
        IPropertySource police = provider.getPropertySource(small.model.ecosystem().getActors().get(1));
        CCombo jurisdictions = (CCombo) editor(police, "jurisdiction").getControl();
        assertEquals("", jurisdictions.getItem(0));
        assertTrue(Arrays.asList(jurisdictions.getItems()).contains(Labels.text(small.unitedStates)));
        // A reference's combo is also a search field: a typed label, in any case, picks its element.
        CellEditor jurisdiction = editor(police, "jurisdiction");
        CCombo typed = (CCombo) jurisdiction.getControl();
        assertEquals(0, typed.getStyle() & SWT.READ_ONLY, "a reference can be typed");
        typed.setText(Labels.text(small.unitedStates).toUpperCase(Locale.ROOT));
        assertEquals(small.unitedStates, jurisdiction.getValue());
        // A service always has a provider: no empty choice.
        CCombo providers = (CCombo) editor(provider.getPropertySource(small.service), "provider").getControl();
        assertArrayEquals(new String[] { Labels.text(small.provider) }, providers.getItems());
    }

    @Test
    void listsAreShownJoinedAndNotEdited() {
        small.article.getDataCategories().addAll(java.util.List.of(DataCategory.values()[0], DataCategory.values()[1]));
        IPropertySource source = provider.getPropertySource(small.article);
        CellEditor editor = editor(source, "dataCategories");
        Text text = assertInstanceOf(Text.class, editor.getControl());
        assertFalse(text.getEditable());
        String shown = descriptor(source, "dataCategories").getLabelProvider().getText(source.getPropertyValue("dataCategories"));
        assertEquals(shown, text.getText());
        assertTrue(shown.contains(", "), shown);
        applyAsTheSheetDoes(source, "dataCategories", editor);
        assertFalse(small.commandStack.canUndo(), "a command was executed");
    }

    @Test
    void booleansAreAChoiceOfTwo() {
        CellEditor editor = editor(provider.getPropertySource(small.article), "emergencyOnly");
        CCombo combo = assertInstanceOf(CCombo.class, editor.getControl());
        assertEquals(2, combo.getItemCount());
        combo.select(1);
        assertEquals(Boolean.TRUE, editor.getValue());
    }

    /** Typed in the editor and given to the source as text, the value is refused and no command runs. */
    private void assertRefused(String id, String typed, String message) {
        IPropertySource source = provider.getPropertySource(small.article);
        CellEditor editor = edit(source, id, typed);

        assertFalse(editor.isValueValid());
        assertEquals(message, editor.getErrorMessage());
        applyAsTheSheetDoes(source, id, editor);
        source.setPropertyValue(id, typed);
        assertFalse(small.commandStack.canUndo(), "a command was executed");
    }

    private static IPropertyDescriptor descriptor(IPropertySource source, String id) {
        return Arrays.stream(source.getPropertyDescriptors()).filter(d -> id.equals(d.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no property " + id));
    }

    /** The editor as the property sheet opens it: made by the descriptor, given the current value. */
    private CellEditor editor(IPropertySource source, String id) {
        CellEditor editor = descriptor(source, id).createPropertyEditor(shell);
        assertNotNull(editor, "no editor for " + id);
        editor.setValue(source.getPropertyValue(id));
        return editor;
    }

    /** The editor after the user typed the text. */
    private CellEditor edit(IPropertySource source, String id, String typed) {
        CellEditor editor = editor(source, id);
        ((Text) editor.getControl()).setText(typed);
        return editor;
    }

    /** What the property sheet does on Enter: apply a valid, changed value; keep an invalid one out. */
    private static void applyAsTheSheetDoes(IPropertySource source, String id, CellEditor editor) {
        if (editor.isValueValid()) {
            Object value = editor.getValue();
            Object old = source.getPropertyValue(id);
            if (value == null ? old != null : !value.equals(old)) {
                source.setPropertyValue(id, value);
            }
        }
    }
}
