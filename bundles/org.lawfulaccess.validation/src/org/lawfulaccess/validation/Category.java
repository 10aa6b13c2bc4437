/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lawfulaccess.validation.internal.Messages;

/**
 * A node of the category tree of rules. Configuration can switch a whole branch off: disabling
 * {@link #ACCESS} disables cooperation, jurisdiction and time rules. Ids are stable dotted paths
 * ({@code access.time}): they appear in configuration files and reports.
 * <p>
 * The built-in categories are the constants of this class. A bundle contributes categories of its own
 * with {@link #contributed} and returns them from {@link RuleProvider#categories()}; each lies below a
 * parent (built-in or contributed), and its id is the parent's id plus one segment of its own. Two
 * categories are equal when their ids are.
 */
public final class Category {

    /** Whether the model itself is sound and sourced. */
    public static final Category MODEL = new Category("model", null, null, null); //$NON-NLS-1$
    /** Dangling references, impossible values, missing required values. */
    public static final Category INTEGRITY = new Category("model.integrity", MODEL, null, null); //$NON-NLS-1$
    /** Whether facts rest on adequate, current sources. */
    public static final Category PROVENANCE = new Category("model.provenance", MODEL, null, null); //$NON-NLS-1$
    /** Whether data can be reached through legal routes. */
    public static final Category ACCESS = new Category("access", null, null, null); //$NON-NLS-1$
    /** Routes, providers' practice, points of contact, emergency procedures. */
    public static final Category COOPERATION = new Category("access.cooperation", ACCESS, null, null); //$NON-NLS-1$
    /** Reach of orders and obligations, dual criminality. */
    public static final Category JURISDICTION = new Category("access.jurisdiction", ACCESS, null, null); //$NON-NLS-1$
    /** Latency against retention, instruments not yet in force. */
    public static final Category TIME = new Category("access.time", ACCESS, null, null); //$NON-NLS-1$
    /** Protection of data and of those who handle it. */
    public static final Category PROTECTION = new Category("protection", null, null, null); //$NON-NLS-1$
    /** End-to-end encryption and what escapes it. */
    public static final Category ENCRYPTION = new Category("protection.encryption", PROTECTION, null, null); //$NON-NLS-1$
    /** Accreditation and classified use. */
    public static final Category SECURITY = new Category("protection.security", PROTECTION, null, null); //$NON-NLS-1$

    private static final List<Category> BUILT_IN = List.of(MODEL, INTEGRITY, PROVENANCE, ACCESS, COOPERATION, JURISDICTION,
            TIME, PROTECTION, ENCRYPTION, SECURITY);

    /** One segment of a contributed id: lower case letters, digits and hyphens. */
    private static final Pattern SEGMENT = Pattern.compile("[a-z][a-z0-9-]*"); //$NON-NLS-1$

    private final String id;
    private final Category parent;
    /** Null for a built-in category, whose texts are in the engine's messages. */
    private final String name;
    private final String description;

    private Category(String id, Category parent, String name, String description) {
        this.id = id;
        this.parent = parent;
        this.name = name;
        this.description = description;
    }

    /**
     * A category contributed by a bundle. Return it from {@link RuleProvider#categories()} so that the
     * catalogue knows it, and give it to the {@link RuleDescriptor}s of its rules.
     *
     * @param id the stable id: {@code parent}'s id, a dot and a segment of your own (lower case letters,
     *            digits and hyphens), e.g. {@code protection.acme-forensics}
     * @param parent where it sits in the tree; disabling the parent disables it
     * @param name the readable name
     * @param description one or two sentences on what its rules check
     * @return the category
     * @throws IllegalArgumentException if the id is not the parent's id plus one segment, or the name or
     *             description is blank
     */
    public static Category contributed(String id, Category parent, String name, String description) {
        Objects.requireNonNull(parent, "parent"); //$NON-NLS-1$
        String prefix = parent.id + '.';
        if (id == null || !id.startsWith(prefix) || !SEGMENT.matcher(id.substring(prefix.length())).matches()) {
            throw new IllegalArgumentException(Messages.format("category.badId", id, parent.id)); //$NON-NLS-1$
        }
        if (name == null || name.isBlank() || description == null || description.isBlank()) {
            throw new IllegalArgumentException(Messages.format("category.noText", id)); //$NON-NLS-1$
        }
        return new Category(id, parent, name.strip(), description.strip());
    }

    /** @return the built-in categories, parents before their children */
    public static List<Category> builtIn() {
        return BUILT_IN;
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
        return name != null ? name : Messages.format("category." + id); //$NON-NLS-1$
    }

    /** @return what the category's rules check */
    public String description() {
        return description != null ? description : Messages.format("category." + id + ".description"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return whether the engine declares this category (rather than a bundle) */
    public boolean isBuiltIn() {
        return name == null;
    }

    /**
     * @param other a category
     * @return whether this category is {@code other} or lies below it
     */
    public boolean isWithin(Category other) {
        for (Category c = this; c != null; c = c.parent) {
            if (c.equals(other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds a built-in category; {@link RuleCatalogue#category(String)} finds contributed ones too.
     *
     * @param id a dotted id or its last segment ({@code time} for {@code access.time})
     * @return the category, if any
     */
    public static Optional<Category> byId(String id) {
        return find(BUILT_IN, id);
    }

    static Optional<Category> find(List<Category> categories, String id) {
        for (Category category : categories) {
            if (category.id.equals(id)) {
                return Optional.of(category);
            }
        }
        for (Category category : categories) {
            if (category.id.endsWith('.' + id)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Category category && id.equals(category.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
