/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A waiver of one finding, keyed by its fingerprint. Waived findings are still reported, as
 * suppressed.
 *
 * @param fingerprint the finding's fingerprint
 * @param justification why the finding is accepted
 * @param author who accepted it
 * @param date when
 */
public record Suppression(String fingerprint, String justification, String author, LocalDate date) {

    /** Requires every part: a waiver without justification, author or date is not accepted. */
    public Suppression {
        Objects.requireNonNull(fingerprint, "fingerprint"); //$NON-NLS-1$
        Objects.requireNonNull(justification, "justification"); //$NON-NLS-1$
        Objects.requireNonNull(author, "author"); //$NON-NLS-1$
        Objects.requireNonNull(date, "date"); //$NON-NLS-1$
    }
}
