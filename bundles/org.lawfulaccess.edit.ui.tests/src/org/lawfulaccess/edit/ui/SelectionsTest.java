/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.emf.edit.provider.WrapperItemProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ISelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.edit.ui.Fixtures.SmallModel;
import org.lawfulaccess.model.LawfulPackage;

/** Handlers get elements from a selection, whatever wraps them. */
class SelectionsTest {

    private final SmallModel small = new SmallModel();

    @AfterEach
    void dispose() {
        small.dispose();
    }

    @Test
    void wrappersAndFeatureMapEntriesAreUnwrappedAndOtherObjectsLeftOut() {
        Object wrapper = new WrapperItemProvider(small.belgium, small.treaty, LawfulPackage.Literals.INSTRUMENT__ISSUER, 0, small.factory);
        Object entry = FeatureMapUtil.createEntry(LawfulPackage.Literals.INSTRUMENT__PROVISIONS, small.article);
        StructuredSelection selection = new StructuredSelection(List.of("a note", small.treaty, wrapper, entry, 42));

        assertEquals(List.of(small.treaty, small.belgium, small.article), Selections.eObjects(selection));
        assertEquals(Optional.of(small.treaty), Selections.first(selection));
    }

    @Test
    void selectionsWithoutElementsAreEmpty() {
        assertTrue(Selections.eObjects(StructuredSelection.EMPTY).isEmpty());
        ISelection text = () -> false; // as a text editor's selection: not structured
        assertTrue(Selections.eObjects(text).isEmpty());
        assertTrue(Selections.eObjects(null).isEmpty());
        assertEquals(Optional.empty(), Selections.first(new StructuredSelection("only text")));
    }
}
