/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal.report;

import org.lawfulaccess.core.MessageBundle;

/** User-visible texts of the validation commands and reports, from {@code messages.properties}. */
public final class Messages {

    private static final MessageBundle TEXTS = new MessageBundle("org.lawfulaccess.cli.internal.report.messages", //$NON-NLS-1$
            Messages.class.getClassLoader());

    private Messages() {
    }

    /**
     * @param key the key
     * @param arguments the arguments of the pattern
     * @return the text
     */
    public static String format(String key, Object... arguments) {
        return TEXTS.format(key, arguments);
    }
}
