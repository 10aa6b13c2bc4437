/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.core.internal.routes;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.core.MessageBundle;

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
     * @param key the key in messages.properties
     * @param arguments the arguments of the pattern; model elements and literals are replaced by their labels
     * @return the text
     */
    public static String format(String key, Object... arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof EObject element) {
                shown[i] = Labels.text(element);
            } else if (shown[i] instanceof Enumerator literal) {
                shown[i] = Labels.literal(literal);
            }
        }
        return TEXTS.format(key, shown);
    }
}
