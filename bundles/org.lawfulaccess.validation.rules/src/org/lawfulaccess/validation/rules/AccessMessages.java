/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-visible texts of the access rules, from {@code access-messages.properties} beside this
 * class. A plain {@link ResourceBundle}, so that the rules read the same texts inside OSGi and on
 * the command line's class path.
 */
final class AccessMessages {

    private static final String BUNDLE = "org.lawfulaccess.validation.rules.access-messages"; //$NON-NLS-1$

    private AccessMessages() {
    }

    /**
     * @param key the key in access-messages.properties
     * @param arguments the {@link MessageFormat} arguments
     * @return the text, or {@code !key!} if the key is missing
     */
    static String format(String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), AccessMessages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
        return arguments.length == 0 ? pattern : Formats.format(pattern, arguments);
    }
}
