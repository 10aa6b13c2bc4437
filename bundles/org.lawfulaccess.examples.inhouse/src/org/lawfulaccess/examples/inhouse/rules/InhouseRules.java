/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.examples.inhouse.rules;

import java.util.List;

import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleProvider;

/**
 * The rules of the in-house example, ids prefixed {@code INH-}. Declared in {@code plugin.xml} for
 * the workbench and in {@code META-INF/services/org.lawfulaccess.validation.RuleProvider} for the
 * {@code lawful} command line; each runtime reads only one of the two, so the rules are found once.
 */
public final class InhouseRules implements RuleProvider {

    @Override
    public List<Rule> rules() {
        return List.of(new LapsedCapabilityRule());
    }
}
