/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lawfulaccess.core.ModelReading;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Scenario;

/**
 * A requesting jurisdiction and a provider that occur together in at least one scenario: the unit
 * of the cooperation rules, which judge a relationship rather than one request.
 *
 * @param requesting the requesting authority's jurisdiction
 * @param provider the target provider, else the target service's provider
 * @param scenarios the scenarios of the pair, in model order
 */
record Pair(Jurisdiction requesting, Provider provider, List<Scenario> scenarios) {

    /**
     * @param ecosystem the model root
     * @return its pairs in the order their first scenario appears; scenarios lacking either end
     *         are left out (LA-INT-01 reports what is missing)
     */
    static List<Pair> of(Ecosystem ecosystem) {
        Map<List<Object>, List<Scenario>> byPair = new LinkedHashMap<>();
        for (Scenario scenario : ecosystem.getScenarios()) {
            Jurisdiction requesting = scenario.getRequestingAuthority() == null ? null
                    : scenario.getRequestingAuthority().getJurisdiction();
            Provider provider = ModelReading.provider(scenario);
            if (requesting != null && provider != null) {
                byPair.computeIfAbsent(List.of(requesting, provider), k -> new ArrayList<>()).add(scenario);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        byPair.forEach((key, scenarios) -> pairs.add(new Pair((Jurisdiction) key.get(0), (Provider) key.get(1), scenarios)));
        return pairs;
    }

    /**
     * @param jurisdiction a jurisdiction
     * @param ancestor another
     * @return whether the first is the second or lies within it; safe on a cycle of parents
     */
    static boolean within(Jurisdiction jurisdiction, Jurisdiction ancestor) {
        Set<Jurisdiction> seen = new HashSet<>();
        for (Jurisdiction j = jurisdiction; j != null && seen.add(j); j = j.getParent()) {
            if (j == ancestor) {
                return true;
            }
        }
        return false;
    }
}
