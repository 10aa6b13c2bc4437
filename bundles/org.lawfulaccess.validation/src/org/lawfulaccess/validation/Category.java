/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.util.Optional;

import org.lawfulaccess.validation.internal.Messages;

/**
 * The declared category tree of rules. Configuration can switch a whole branch off: disabling
 * {@link #ACCESS} disables cooperation, jurisdiction and time rules. Ids are stable: they appear in
 * configuration files and reports.
 */
public enum Category {
    /** Whether the model itself is sound and sourced. */
    MODEL("model", null), //$NON-NLS-1$
    /** Dangling references, impossible values, missing required values. */
    INTEGRITY("model.integrity", MODEL), //$NON-NLS-1$
    /** Whether facts rest on adequate, current sources. */
    PROVENANCE("model.provenance", MODEL), //$NON-NLS-1$
    /** Whether data can be reached through legal routes. */
    ACCESS("access", null), //$NON-NLS-1$
    /** Routes, providers' practice, points of contact, emergency procedures. */
    COOPERATION("access.cooperation", ACCESS), //$NON-NLS-1$
    /** Reach of orders and obligations, dual criminality. */
    JURISDICTION("access.jurisdiction", ACCESS), //$NON-NLS-1$
    /** Latency against retention, instruments not yet in force. */
    TIME("access.time", ACCESS), //$NON-NLS-1$
    /** Protection of data and of those who handle it. */
    PROTECTION("protection", null), //$NON-NLS-1$
    /** End-to-end encryption and what escapes it. */
    ENCRYPTION("protection.encryption", PROTECTION), //$NON-NLS-1$
    /** Accreditation and classified use. */
    SECURITY("protection.security", PROTECTION); //$NON-NLS-1$

    private final String id;
    private final Category parent;

    Category(String id, Category parent) {
        this.id = id;
        this.parent = parent;
    }

    /** @return the stable dotted id, e.g. {@code access.time} */
    public String id() {
        return id;
    }

    /** @return the parent category, empty for a top-level one */
    public Optional<Category> parent() {
        return Optional.ofNullable(parent);
    }

    /** @return the readable name */
    public String label() {
        return Messages.format("category." + id); //$NON-NLS-1$
    }

    /**
     * @param other a category
     * @return whether this category is {@code other} or lies below it
     */
    public boolean isWithin(Category other) {
        for (Category c = this; c != null; c = c.parent) {
            if (c == other) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param id a dotted id or its last segment ({@code time} for {@code access.time})
     * @return the category, if any
     */
    public static Optional<Category> byId(String id) {
        for (Category category : values()) {
            if (category.id.equals(id) || category.id.endsWith('.' + id)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
