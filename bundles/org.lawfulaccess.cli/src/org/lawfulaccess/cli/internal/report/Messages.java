/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-visible texts of the validation commands and reports, from {@code messages.properties}. */
public final class Messages {

    private static final String BUNDLE = "org.lawfulaccess.cli.internal.report.messages"; //$NON-NLS-1$

    private Messages() {
    }

    /**
     * @param key the key
     * @param arguments the {@link MessageFormat} arguments
     * @return the text
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
