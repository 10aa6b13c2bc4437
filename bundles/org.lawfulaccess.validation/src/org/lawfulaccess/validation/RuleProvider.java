/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.util.List;

/**
 * Contributes rules, and the categories they are filed under when the built-in tree has no fitting
 * one. Declared in {@code plugin.xml} (extension point {@code org.lawfulaccess.validation.rules}) for
 * OSGi and in {@code META-INF/services/org.lawfulaccess.validation.RuleProvider} for the plain class
 * path; needs a public no-argument constructor.
 */
public interface RuleProvider {

    /** @return the rules of this provider, each with an id unique among all providers */
    List<Rule> rules();

    /**
     * The categories this provider adds to the tree, made with {@link Category#contributed}. Rules of any
     * provider may be filed under them; a rule whose category no provider contributes stops discovery.
     *
     * @return the contributed categories, none by default; each id unique among all providers
     */
    default List<Category> categories() {
        return List.of();
    }
}
