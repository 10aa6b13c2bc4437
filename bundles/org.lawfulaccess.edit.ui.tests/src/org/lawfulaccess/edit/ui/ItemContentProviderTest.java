/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.edit.ui.Fixtures.SmallModel;
import org.lawfulaccess.model.Ecosystem;

/** The tree the item providers define: elements of each kind of input, children, parents. */
class ItemContentProviderTest {

    private final SmallModel small = new SmallModel();
    private final ItemContentProvider content = new ItemContentProvider(small.factory);

    @AfterEach
    void dispose() {
        small.dispose();
    }

    @Test
    void inputsGiveTheirTopLevelElements() {
        Ecosystem ecosystem = small.model.ecosystem();
        assertArrayEquals(new Object[] { ecosystem }, content.getElements(small.resource));
        assertArrayEquals(new Object[] { small.resource }, content.getElements(small.resource.getResourceSet()));
        assertArrayEquals(new Object[] { small.belgium, small.treaty }, content.getElements(List.of(small.belgium, small.treaty)));
        assertArrayEquals(new Object[] { small.treaty }, content.getElements(new Object[] { small.treaty }));
        assertArrayEquals(content.getChildren(ecosystem), content.getElements(ecosystem));
    }

    @Test
    void anEcosystemShowsItsJurisdictionsActorsServicesAndInstruments() {
        Ecosystem ecosystem = small.model.ecosystem();
        List<Object> children = List.of(content.getChildren(ecosystem));
        List<EObject> expected = List.of(small.belgium, small.unitedStates, small.provider, small.service, small.treaty);
        assertTrue(children.containsAll(expected), () -> "children: " + children);
        // In the order the item provider declares its child features: jurisdictions before instruments.
        assertTrue(children.indexOf(small.belgium) < children.indexOf(small.treaty));
        assertTrue(content.hasChildren(ecosystem));
        assertArrayEquals(new Object[] { ecosystem }, content.getChildren(small.resource));
    }

    @Test
    void anInstrumentShowsItsProvisionsAndMemberships() {
        List<Object> children = List.of(content.getChildren(small.treaty));
        assertTrue(children.contains(small.article));
        assertEquals(small.treaty.getProvisions().size() + small.treaty.getMemberships().size(), children.size());
        assertTrue(content.hasChildren(small.treaty));
        assertSame(small.treaty, content.getParent(small.article));
        assertSame(small.model.ecosystem(), content.getParent(small.treaty));
    }

    @Test
    void objectsWithoutItemProvidersHaveNoChildren() {
        assertArrayEquals(new Object[0], content.getChildren("not an element"));
        assertFalse(content.hasChildren("not an element"));
        assertEquals(null, content.getParent("not an element"));
    }
}
