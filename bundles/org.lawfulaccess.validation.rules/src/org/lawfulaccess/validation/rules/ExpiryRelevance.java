/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.lawfulaccess.core.routes.RouteAnalysis;
import org.lawfulaccess.model.Accreditation;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.Establishment;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.PointOfContact;
import org.lawfulaccess.model.Position;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.ProviderPractice;
import org.lawfulaccess.model.RetentionBound;
import org.lawfulaccess.model.RetentionRule;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.model.Telemetry;
import org.lawfulaccess.model.UsagePolicy;

/**
 * Which scenarios LA-PROV-02 needs evaluated at their request date. Evaluating every scenario a
 * second time cost as much as the rest of the catalogue, yet a scenario can have a finding only if
 * some fact that ended by the validation date is among what its best route relies on. This is a
 * conservative filter over the facts that ended:
 * <ul>
 * <li>establishments, points of contact, encryption profiles, telemetry, accreditations, usage
 * policies and positions never appear among the facts a route relies on (route facts are its
 * provisions, its practice and the evidence of its gaps; the rule adds memberships), so they select
 * nothing;</li>
 * <li>a provider practice can be a route's practice only for a scenario targeting its provider, if
 * it is valid at the scenario's request date and covers the scenario's data;</li>
 * <li>a retention rule is evidence of a route only through the retention check, which considers a
 * rule only if it is valid at the scenario's request date, limits deletion (a maximum or fixed
 * bound with a duration), covers the provider's kinds and the scenario's data, and reaches the
 * provider: its own policy, or a law of its seat or of an establishment valid at that date (or of a
 * jurisdiction they belong to); it selects the scenarios for which that holds;</li>
 * <li>any other fact that ended (a provision, membership, reservation, criminalisation, retention
 * rule) selects every scenario.</li>
 * </ul>
 */
final class ExpiryRelevance implements Predicate<Scenario> {

    private final Ecosystem ecosystem;
    private final boolean all;
    private final Map<Provider, List<ProviderPractice>> practices = new HashMap<>();
    private final List<RetentionRule> retention = new ArrayList<>();
    /**
     * The answers given so far. After an edit the route analysis asks the filter it was built with
     * whether a scenario was selected: the answer must be the one given then, and asking again for
     * every scenario after every edit was a large share of an edit's time.
     */
    private final Map<Scenario, Boolean> answers = new HashMap<>();

    private ExpiryRelevance(Ecosystem ecosystem, List<Fact> ended) {
        this.ecosystem = ecosystem;
        boolean any = false;
        for (Fact fact : ended) {
            if (fact instanceof ProviderPractice practice) {
                practices.computeIfAbsent(practice.getProvider(), p -> new ArrayList<>()).add(practice);
            } else if (fact instanceof RetentionRule rule) {
                retention.add(rule);
            } else if (!neverReliedOn(fact)) {
                any = true;
            }
        }
        this.all = any;
    }

    /**
     * @param analysis an analysis of the model (only its list of facts with an end is read)
     * @param date the validation date
     * @return the filter of the scenarios that can have an LA-PROV-02 finding at that date
     */
    static ExpiryRelevance of(RouteAnalysis analysis, LocalDate date) {
        List<Fact> ended = new ArrayList<>();
        for (Fact fact : analysis.endingFacts()) {
            if (!date.isBefore(fact.getValidTo())) {
                ended.add(fact);
            }
        }
        return new ExpiryRelevance(analysis.ecosystem(), ended);
    }

    private static boolean neverReliedOn(Fact fact) {
        return fact instanceof Establishment || fact instanceof PointOfContact || fact instanceof EncryptionProfile
                || fact instanceof Telemetry || fact instanceof Accreditation || fact instanceof UsagePolicy
                || fact instanceof Position;
    }

    @Override
    public boolean test(Scenario scenario) {
        return all || answers.computeIfAbsent(scenario, this::relevant);
    }

    private boolean relevant(Scenario scenario) {
        Provider provider = scenario.getTargetProvider();
        if (provider == null && scenario.getTargetService() != null) {
            provider = scenario.getTargetService().getProvider();
        }
        LocalDate requested = requestDate(scenario);
        for (RetentionRule rule : retention) {
            // Without a holder the retention check has nothing to look up.
            if (provider != null && mayDelete(rule, provider, scenario, requested) && reaches(rule, provider, requested)) {
                return true;
            }
        }
        List<ProviderPractice> candidates = practices.get(provider);
        if (candidates == null) {
            return false;
        }
        for (ProviderPractice practice : candidates) {
            boolean data = practice.getDataCategories().isEmpty() || practice.getDataCategories().contains(scenario.getDataCategory());
            if (data && practice.isValidAt(requested)) {
                return true;
            }
        }
        return false;
    }

    /** The conditions under which the retention check considers a rule for a scenario's holder. */
    private static boolean mayDelete(RetentionRule rule, Provider provider, Scenario scenario, LocalDate requested) {
        return rule.isValidAt(requested) && rule.getDuration() != null
                && (rule.getBound() == RetentionBound.MAXIMUM || rule.getBound() == RetentionBound.FIXED)
                && (rule.getProviderKinds().isEmpty() || rule.getProviderKinds().stream().anyMatch(provider::hasKind))
                && (rule.getDataCategories().isEmpty() || rule.getDataCategories().contains(scenario.getDataCategory()));
    }

    /** The places through which the retention check finds a provider's rules (its own, and the laws where it is). */
    private static boolean reaches(RetentionRule rule, Provider provider, LocalDate requested) {
        if (rule.getProvider() == provider) {
            return true;
        }
        Jurisdiction place = rule.getJurisdiction();
        if (place == null) {
            return false;
        }
        if (provider.getJurisdiction() != null && Pair.within(provider.getJurisdiction(), place)) {
            return true;
        }
        for (Establishment establishment : provider.getEstablishments()) {
            if (establishment.getJurisdiction() != null && establishment.isValidAt(requested)
                    && Pair.within(establishment.getJurisdiction(), place)) {
                return true;
            }
        }
        return false;
    }

    /** The date the route analysis evaluates the scenario at when it uses scenario dates. */
    private LocalDate requestDate(Scenario scenario) {
        if (scenario.getRequestDate() != null) {
            return scenario.getRequestDate();
        }
        return ecosystem.getAsOf() != null ? ecosystem.getAsOf() : LocalDate.now();
    }
}
