/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.examples.inhouse.rules;

import org.lawfulaccess.core.MessageBundle;

/**
 * Texts of the in-house rules, from {@code messages.properties} beside this class. A plain
 * {@link MessageBundle}, as in the engine, so that the texts resolve outside OSGi too.
 */
final class Messages {

    private static final MessageBundle TEXTS = new MessageBundle("org.lawfulaccess.examples.inhouse.rules.messages", //$NON-NLS-1$
            Messages.class.getClassLoader());

    private Messages() {
    }

    static String format(String key, Object... arguments) {
        return TEXTS.format(key, arguments);
    }
}
