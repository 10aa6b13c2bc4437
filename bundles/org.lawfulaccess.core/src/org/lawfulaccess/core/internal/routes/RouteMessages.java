/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.core.internal.routes;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.core.MessageBundle;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.NamedElement;

/**
 * Texts of the route analysis, from {@code messages.properties} beside this class; plain
 * {@link MessageBundle} so that it also runs outside OSGi.
 */
public final class RouteMessages {

    private static final MessageBundle TEXTS = new MessageBundle("org.lawfulaccess.core.internal.routes.messages", //$NON-NLS-1$
            RouteMessages.class.getClassLoader());

    private RouteMessages() {
    }

    /**
     * Gap messages are formatted whenever read, so that they show current names.
     *
     * @param key the key in messages.properties
     * @param arguments the arguments of the pattern; model elements are replaced by their labels
     * @return the text
     */
    public static String format(String key, Object... arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof EObject element) {
                shown[i] = label(element);
            }
        }
        return TEXTS.format(key, shown);
    }

    /** @return the name of a named element (a jurisdiction's code when it has no name), else its type */
    public static String label(EObject element) {
        if (element == null) {
            return format("label.unknown"); //$NON-NLS-1$
        }
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return named.getName();
        }
        if (element instanceof Jurisdiction j && j.getCode() != null) {
            return j.getCode();
        }
        return element.eClass().getName();
    }
}
