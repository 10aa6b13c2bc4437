/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

/**
 * What a rule reads when it checks a target; the incremental validation relies on it to know what
 * an edit can change.
 */
public enum RuleScope {
    /**
     * The rule reads only the target, the elements it contains, the elements these reference directly
     * and the elements its findings name. An edit re-evaluates the rule only on targets whose
     * footprint the edit touched.
     */
    TARGET,
    /**
     * The rule reads only the target's own values, the elements it references directly and the
     * elements its findings name, not what the target contains. An edit re-evaluates it on the
     * edited element and on targets whose footprint the edit touched, but not on the edited
     * element's containers (which would re-check the root, and index everything it holds, after
     * every edit).
     */
    ELEMENT,
    /**
     * The rule may read anything in the model (indexes, shared analyses such as routes). Any edit
     * re-evaluates it on all its targets.
     */
    MODEL
}
