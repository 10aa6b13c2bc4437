/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed message formats, kept per locale and pattern. Parsing a pattern for every finding's
 * message was a measurable share of a run; a parsed format is cloned for each use, since
 * {@link MessageFormat} is not thread-safe.
 */
final class Formats {

    private record Key(Locale locale, String pattern) {
    }

    private static final Map<Key, MessageFormat> PARSED = new ConcurrentHashMap<>();

    private Formats() {
    }

    /**
     * @param pattern a {@link MessageFormat} pattern
     * @param arguments its arguments
     * @return the formatted text, in the default locale
     */
    static String format(String pattern, Object... arguments) {
        Locale locale = Locale.getDefault();
        MessageFormat parsed = PARSED.computeIfAbsent(new Key(locale, pattern), k -> new MessageFormat(k.pattern(), k.locale()));
        return ((MessageFormat) parsed.clone()).format(arguments);
    }
}
