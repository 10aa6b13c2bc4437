/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.lawfulaccess.core.MessageBundle;

/**
 * User-visible texts of the protection and provenance rules, from {@code protection-messages.properties}
 * beside this class. A {@link MessageBundle}, so that the rules read the same texts inside OSGi
 * and on the command line's class path.
 */
final class ProtectionMessages {

    private static final MessageBundle TEXTS = new MessageBundle("org.lawfulaccess.validation.rules.protection-messages", //$NON-NLS-1$
            ProtectionMessages.class.getClassLoader());

    private ProtectionMessages() {
    }

    /**
     * @param key the key in the properties file
     * @param arguments the arguments of the pattern
     * @return the text, or {@code !key!} if the key is missing
     */
    static String format(String key, Object... arguments) {
        return TEXTS.format(key, arguments);
    }

    /**
     * The readable form of an enumeration literal, e.g. "debug logs" for {@code DEBUG_LOGS}; the
     * literal itself where the file has none, so that a literal added to the metamodel still shows.
     *
     * @param literal a literal of a model enumeration
     * @return its readable form
     */
    static String literal(Enumerator literal) {
        String key = "literal." + literal.getClass().getSimpleName() + '.' + literal.getLiteral(); //$NON-NLS-1$
        String text = format(key);
        return text.equals('!' + key + '!') ? literal.getLiteral() : text;
    }

    /**
     * @param <T> the item type
     * @param items items to list
     * @param show how to show one
     * @return the items joined with commas, in their order
     */
    static <T> String list(Collection<T> items, Function<? super T, String> show) {
        return items.stream().map(show).collect(Collectors.joining(", ")); //$NON-NLS-1$
    }
}
