/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EcorePackage;
import org.lawfulaccess.validation.Rule;

/** Which rules check instances of a class; computed once per class, so a pass is linear. */
public final class TargetIndex {

    private final List<Rule> rules;
    private final Map<EClass, List<Rule>> byClass = new HashMap<>();

    /** @param rules the enabled rules */
    public TargetIndex(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** @param eClass a class @return the rules that check its instances, in catalogue order */
    public List<Rule> rulesFor(EClass eClass) {
        return byClass.computeIfAbsent(eClass, c -> rules.stream().filter(r -> targets(r, c)).toList());
    }

    private static boolean targets(Rule rule, EClass eClass) {
        for (EClass target : rule.descriptor().targets()) {
            if (target == EcorePackage.Literals.EOBJECT || target.isSuperTypeOf(eClass)) {
                return true;
            }
        }
        return false;
    }
}
