/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.tests.support;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

/** The elements of a model that tests pick from to edit. */
public final class Contents {

    private Contents() {
    }

    /**
     * @param root a model's root
     * @param type the type wanted
     * @return the root's contents of that type, at any depth, in model order
     */
    public static <T> List<T> all(EObject root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (type.isInstance(element)) {
                found.add(type.cast(element));
            }
        }
        return found;
    }
}
