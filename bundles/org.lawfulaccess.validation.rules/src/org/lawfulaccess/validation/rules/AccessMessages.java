/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import org.lawfulaccess.core.MessageBundle;

/**
 * User-visible texts of the access rules, from {@code access-messages.properties} beside this
 * class. A {@link MessageBundle}, so that the rules read the same texts inside OSGi and on
 * the command line's class path.
 */
final class AccessMessages {

    private static final MessageBundle TEXTS = new MessageBundle("org.lawfulaccess.validation.rules.access-messages", //$NON-NLS-1$
            AccessMessages.class.getClassLoader());

    private AccessMessages() {
    }

    /**
     * @param key the key in access-messages.properties
     * @param arguments the arguments of the pattern
     * @return the text, or {@code !key!} if the key is missing
     */
    static String format(String key, Object... arguments) {
        return TEXTS.format(key, arguments);
    }
}
