/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.lawfulaccess.core.MessageBundle;

/** The texts a {@link MessageBundle} gives equal those of {@link MessageFormat}, on every path. */
class MessageBundleTest {

    private final MessageBundle texts = new MessageBundle("org.lawfulaccess.core.tests.test-messages", //$NON-NLS-1$
            MessageBundleTest.class.getClassLoader());

    @Test
    void stringArgumentsFillPlainPatterns() {
        assertEquals("State A asks Provider P for data", texts.format("plain", "State A", "Provider P"));
        assertEquals("AB", texts.format("adjacent", "A", "B"));
        assertEquals("second, then first", texts.format("reordered", "first", "second"));
        assertEquals("State A asks null for data", texts.format("plain", "State A", null));
    }

    @Test
    void quotesFollowMessageFormat() {
        assertEquals("The provider's policy: {0} is literal, X is not", texts.format("quoted", "X"));
    }

    @Test
    void otherArgumentsAndStylesAreFormattedByMessageFormat() {
        assertEquals(new MessageFormat("{0,number,#} routes to {1}", Locale.getDefault()).format(new Object[] { 12345, "P" }),
                texts.format("counted", 12345, "P"));
        assertEquals(new MessageFormat("{0} asks {1} for data", Locale.getDefault()).format(new Object[] { 1234567, "P" }),
                texts.format("plain", 1234567, "P"));
        assertEquals("State A asks {1} for data", texts.format("plain", "State A"));
    }

    @Test
    void aTextWithoutArgumentsIsReturnedAsWritten() {
        assertEquals("The provider's policy", texts.format("asWritten"));
    }

    @Test
    void aMissingKeyIsShownMarked() {
        assertEquals("!nowhere!", texts.format("nowhere", "x"));
    }
}
