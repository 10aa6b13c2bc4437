/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

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
        Locale locale = Locale.getDefault();
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
        if (arguments.length == 0) {
            return pattern;
        }
        // Parsing the pattern on every call (labels of every finding and evidence) was a large share
        // of a run's allocations. A parsed format is kept per locale and pattern and cloned for each
        // use, since MessageFormat is not thread-safe.
        MessageFormat parsed = FORMATS.computeIfAbsent(new FormatKey(locale, pattern), k -> new MessageFormat(k.pattern(), k.locale()));
        return ((MessageFormat) parsed.clone()).format(arguments);
    }

    private record FormatKey(Locale locale, String pattern) {
    }

    private static final Map<FormatKey, MessageFormat> FORMATS = new ConcurrentHashMap<>();
}
