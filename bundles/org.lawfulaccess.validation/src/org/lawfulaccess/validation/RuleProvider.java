/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.util.List;

/**
 * Contributes rules. Declared in {@code plugin.xml} (extension point
 * {@code org.lawfulaccess.validation.rules}) for OSGi and in
 * {@code META-INF/services/org.lawfulaccess.validation.RuleProvider} for the plain class path; needs
 * a public no-argument constructor.
 */
public interface RuleProvider {

    /** @return the rules of this provider, each with an id unique among all providers */
    List<Rule> rules();
}
