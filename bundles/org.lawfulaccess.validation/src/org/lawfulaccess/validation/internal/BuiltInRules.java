/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.internal;

import java.util.List;

import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleProvider;

/** The rules the engine itself contributes: model integrity, which every other rule relies on. */
public final class BuiltInRules implements RuleProvider {

    @Override
    public List<Rule> rules() {
        return List.of(new IntegrityRule());
    }
}
