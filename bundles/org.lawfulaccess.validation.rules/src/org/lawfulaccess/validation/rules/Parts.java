/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;


/** What the shared analyses of this bundle have in common when an edit reaches them: the parts that changed. */
final class Parts {

    private Parts() {
    }

    /** @return the keys whose values differ between two results keyed by part */
    static <K> Set<K> changed(Map<K, ?> before, Map<K, ?> after) {
        Set<K> changed = new HashSet<>();
        Set<K> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (K key : keys) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                changed.add(key);
            }
        }
        return changed;
    }
}
