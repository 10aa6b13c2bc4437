/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.core.internal.routes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lawfulaccess.core.ModelReading;
import org.lawfulaccess.model.Accreditation;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.Establishment;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.PointOfContact;
import org.lawfulaccess.model.Position;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.ProviderPractice;
import org.lawfulaccess.model.RetentionRule;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.model.Telemetry;
import org.lawfulaccess.model.UsagePolicy;

/**
 * Which scenarios, evaluated at their own request dates, can rest on a fact that ended by a date. A
 * conservative answer from what the route checks read, for a caller that evaluates only those:
 * <ul>
 * <li>establishments, points of contact, encryption profiles, telemetry, accreditations, usage
 * policies and positions never appear among the facts a route rests on (its provisions, its practice
 * and the evidence of its gaps), so they select nothing;</li>
 * <li>a provider practice can be a route's practice only for a scenario targeting its provider, if it
 * is valid at the scenario's request date and covers the scenario's data;</li>
 * <li>a retention rule is evidence of a route only through the retention check, and only where that
 * check would consider it for the scenario's provider ({@link RetentionCheck#applies},
 * {@link RetentionCheck#places});</li>
 * <li>any other fact that ended (a provision, membership, reservation, criminalisation) selects every
 * scenario.</li>
 * </ul>
 */
public final class EndedFacts {

    private EndedFacts() {
    }

    /**
     * @param index the index of the model
     * @param date the date by which facts ended
     * @return the scenarios, in model order
     */
    public static Set<Scenario> reaching(RouteIndex index, LocalDate date) {
        Map<Provider, List<ProviderPractice>> practices = new HashMap<>();
        List<RetentionRule> retention = new ArrayList<>();
        boolean all = false;
        for (Fact fact : index.endingFacts()) {
            if (date.isBefore(fact.getValidTo())) {
                continue;
            }
            if (fact instanceof ProviderPractice practice) {
                practices.computeIfAbsent(practice.getProvider(), p -> new ArrayList<>()).add(practice);
            } else if (fact instanceof RetentionRule rule) {
                retention.add(rule);
            } else if (!neverRestedOn(fact)) {
                all = true;
            }
        }
        Set<Scenario> selected = new LinkedHashSet<>();
        for (Scenario scenario : index.scenarios()) {
            if (all || reached(index, scenario, practices, retention)) {
                selected.add(scenario);
            }
        }
        return selected;
    }

    private static boolean neverRestedOn(Fact fact) {
        return fact instanceof Establishment || fact instanceof PointOfContact || fact instanceof EncryptionProfile
                || fact instanceof Telemetry || fact instanceof Accreditation || fact instanceof UsagePolicy
                || fact instanceof Position;
    }

    private static boolean reached(RouteIndex index, Scenario scenario, Map<Provider, List<ProviderPractice>> practices,
            List<RetentionRule> retention) {
        Provider provider = ModelReading.provider(scenario);
        if (provider == null) {
            return false; // without a holder, neither check has anything to look up
        }
        LocalDate requested = ModelReading.requestDate(scenario);
        if (!retention.isEmpty()) {
            Set<?> places = RetentionCheck.places(index, provider, requested);
            for (RetentionRule rule : retention) {
                if (RetentionCheck.applies(rule, provider, scenario.getDataCategory(), requested)
                        && (rule.getProvider() == provider || places.contains(rule.getJurisdiction()))) {
                    return true;
                }
            }
        }
        for (ProviderPractice practice : practices.getOrDefault(provider, List.of())) {
            boolean data = practice.getDataCategories().isEmpty() || practice.getDataCategories().contains(scenario.getDataCategory());
            if (data && practice.isValidAt(requested)) {
                return true;
            }
        }
        return false;
    }
}
