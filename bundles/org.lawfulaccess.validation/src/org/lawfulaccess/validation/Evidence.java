/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.util.List;

/**
 * A fact a finding rests on, with what its sources say.
 *
 * @param statement the fact, e.g. {@code RetentionRule "Operator retention" (12 months, until 2021-04-22)}
 * @param elementId the XMI id of the element stating it, or null for a fact stated in words
 * @param quotes the citations of the fact
 */
public record Evidence(String statement, String elementId, List<Quote> quotes) {

    /** Copies the quotes. */
    public Evidence {
        quotes = List.copyOf(quotes);
    }

    /**
     * One citation.
     *
     * @param text the verbatim quote, possibly empty
     * @param source the source's title (and issuer)
     * @param sourceKind the kind of source, e.g. {@code OFFICIAL_TEXT}
     * @param locator where in the source, e.g. "art. 35", possibly empty
     * @param url the source's URL, possibly empty
     */
    public record Quote(String text, String source, String sourceKind, String locator, String url) {
    }
}
