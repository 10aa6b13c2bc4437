/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.lawfulaccess.core.routes.RouteAnalysis;
import org.lawfulaccess.model.Authority;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.PointOfContact;
import org.lawfulaccess.model.PracticeOutcome;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.ProviderPractice;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.validation.Analysis;
import org.lawfulaccess.validation.RuleContext;

/**
 * The (requesting jurisdiction, provider) {@link Pair}s of the model grouped by provider, with the
 * refusals and silence observed at the date between them and the points of contact whose
 * counterpart is the provider: what the cooperation rules judge, found in one pass over the
 * scenarios and facts. The parts are providers, so that a rule checking one
 * provider is checked again only when that provider's pairs or failures change.
 */
final class ProviderPairs implements Analysis<Map<Provider, ProviderPairs.Of>> {

    /** The one instance: the run caches analyses by instance. */
    static final ProviderPairs ANALYSIS = new ProviderPairs();

    /**
     * @param pairs the provider's pairs, in the order their first scenario appears
     * @param failures the practices refusing or not responding, valid at the date, by requesting jurisdiction
     * @param contacts the points of contact whose counterpart is the provider, valid or not, in model order
     */
    record Of(List<Pair> pairs, Map<Jurisdiction, List<ProviderPractice>> failures, List<PointOfContact> contacts) {
    }

    private static final Of NONE = new Of(List.of(), Map.of(), List.of());

    private ProviderPairs() {
    }

    /** @return the pairs and failures of one provider; the caller depends on that provider's part only */
    static Of of(Provider provider, RuleContext context) {
        return context.shared(ANALYSIS, provider).getOrDefault(provider, NONE);
    }

    @Override
    public Map<Provider, Of> compute(RuleContext context) {
        Ecosystem ecosystem = context.ecosystem();
        Map<Provider, Of> result = new LinkedHashMap<>();
        if (ecosystem == null) {
            return result;
        }
        for (Pair pair : Pair.of(ecosystem)) {
            result.computeIfAbsent(pair.provider(), p -> new Of(new ArrayList<>(), new HashMap<>(), new ArrayList<>())).pairs().add(pair);
        }
        for (Fact fact : ecosystem.getFacts()) {
            if (fact instanceof PointOfContact c && result.containsKey(c.getCounterpart())) {
                result.get(c.getCounterpart()).contacts().add(c);
            } else if (fact instanceof ProviderPractice p && p.getRequestingJurisdiction() != null && result.containsKey(p.getProvider())
                    && (p.getOutcome() == PracticeOutcome.REFUSES || p.getOutcome() == PracticeOutcome.NO_RESPONSE)
                    && p.isValidAt(context.date())) {
                result.get(p.getProvider()).failures().computeIfAbsent(p.getRequestingJurisdiction(), k -> new ArrayList<>()).add(p);
            }
        }
        return result;
    }

    /**
     * Pairs come from scenarios, their authorities and services; failures from practices; contacts
     * from points of contact, all of which the route analysis reads too; texts are not read.
     */
    @Override
    public boolean affectedBy(Notification notification) {
        if (!RouteAnalysis.affectedBy(notification)) {
            return false;
        }
        Object notifier = notification.getNotifier();
        return notifier instanceof Ecosystem || notifier instanceof Scenario || notifier instanceof Authority
                || notifier instanceof Service || notifier instanceof ProviderPractice || notifier instanceof PointOfContact;
    }

    /** Computes again (one pass, cheap) and reports the providers whose pairs or failures differ. */
    @Override
    public Updated<Map<Provider, Of>> update(Map<Provider, Of> previous, Notification notification, RuleContext context) {
        Map<Provider, Of> current = compute(context);
        Set<Provider> changed = Parts.changed(previous, current);
        return new Updated<>(current, changed);
    }
}
