/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/**
 * The model elements of a selection. Viewers over item providers select wrappers too (a non-containment
 * child, a feature map entry); commands, the property sheet and the validation views want the element,
 * so every handler unwraps the same way here instead of casting.
 */
public final class Selections {

    private Selections() {
    }

    /**
     * @param selection any selection, or null
     * @return its elements, unwrapped, in selection order; what is not an element is left out
     */
    public static List<EObject> eObjects(ISelection selection) {
        List<EObject> elements = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object item : structured) {
                if (AdapterFactoryEditingDomain.unwrap(item) instanceof EObject element) {
                    elements.add(element);
                }
            }
        }
        return Collections.unmodifiableList(elements);
    }

    /**
     * @param selection any selection, or null
     * @return its first element, unwrapped, if it has one
     */
    public static Optional<EObject> first(ISelection selection) {
        if (selection instanceof IStructuredSelection structured) {
            for (Object item : structured) {
                if (AdapterFactoryEditingDomain.unwrap(item) instanceof EObject element) {
                    return Optional.of(element);
                }
            }
        }
        return Optional.empty();
    }
}
