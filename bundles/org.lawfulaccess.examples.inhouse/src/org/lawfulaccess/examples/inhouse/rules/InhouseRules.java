/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.examples.inhouse.rules;

import java.util.List;

import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleProvider;

/**
 * The rules of the in-house example, ids prefixed {@code INH-}, and the category they are filed under.
 * Its id ends in a segment of our own ({@code inhouse-forensics}), as rule ids carry our prefix, so that
 * no later built-in category can take it. Declared in {@code plugin.xml} for
 * the workbench and in {@code META-INF/services/org.lawfulaccess.validation.RuleProvider} for the
 * {@code lawful} command line; each runtime reads only one of the two, so the rules are found once.
 */
public final class InhouseRules implements RuleProvider {

    /** Forensic tools that authorities hold, below the built-in protection branch. */
    public static final Category FORENSICS = Category.contributed("protection.inhouse-forensics", Category.PROTECTION, //$NON-NLS-1$
            Messages.format("category.forensics.name"), Messages.format("category.forensics.description")); //$NON-NLS-1$ //$NON-NLS-2$

    @Override
    public List<Rule> rules() {
        return List.of(new LapsedCapabilityRule());
    }

    @Override
    public List<Category> categories() {
        return List.of(FORENSICS);
    }
}
