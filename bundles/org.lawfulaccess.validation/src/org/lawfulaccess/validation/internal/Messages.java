/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.internal;

import org.lawfulaccess.core.MessageBundle;

/**
 * User-visible texts of the engine, from {@code messages.properties} beside this class. Through a
 * {@link MessageBundle}, so that the engine also runs outside OSGi.
 */
public final class Messages {

    private static final MessageBundle TEXTS = new MessageBundle("org.lawfulaccess.validation.internal.messages", //$NON-NLS-1$
            Messages.class.getClassLoader());

    private Messages() {
    }

    /**
     * @param key the key in messages.properties
     * @param arguments the arguments of the pattern
     * @return the text, or {@code !key!} if the key is missing
     */
    public static String format(String key, Object... arguments) {
        return TEXTS.format(key, arguments);
    }
}
