/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.util.Objects;

/**
 * The legal text a rule rests on.
 *
 * @param citation the provision as lawyers cite it, e.g. "Budapest Convention, art. 35"
 * @param source where it can be read: the instrument's official title or a URL
 */
public record LegalBasis(String citation, String source) {

    /** Requires a citation; the source may be empty but not null. */
    public LegalBasis {
        Objects.requireNonNull(citation, "citation"); //$NON-NLS-1$
        Objects.requireNonNull(source, "source"); //$NON-NLS-1$
    }
}
