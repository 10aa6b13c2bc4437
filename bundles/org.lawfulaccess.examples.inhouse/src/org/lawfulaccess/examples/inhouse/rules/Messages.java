/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.examples.inhouse.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the in-house rules, from {@code messages.properties} beside this class. A plain
 * {@link ResourceBundle}, as in the engine, so that the texts resolve outside OSGi too.
 */
final class Messages {

    private static final String BUNDLE = "org.lawfulaccess.examples.inhouse.rules.messages"; //$NON-NLS-1$

    private Messages() {
    }

    static String format(String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }
}
