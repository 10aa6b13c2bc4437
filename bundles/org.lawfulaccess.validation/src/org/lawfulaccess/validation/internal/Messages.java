/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-visible texts of the engine, from {@code messages.properties} beside this class. Plain
 * {@link ResourceBundle} rather than OSGi NLS, so that the engine also runs outside OSGi.
 */
public final class Messages {

    private static final String BUNDLE = "org.lawfulaccess.validation.internal.messages"; //$NON-NLS-1$

    private Messages() {
    }

    /**
     * @param key the key in messages.properties
     * @param arguments the {@link MessageFormat} arguments
     * @return the text, or {@code !key!} if the key is missing
     */
    public static String format(String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }
}
