/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.List;

import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleProvider;

/**
 * Rules about reaching the data: cooperation, jurisdiction, dual criminality, time and points of
 * contact, plus the encryption and provenance checks that read routes. They share one route
 * analysis per run (see {@link Routes}) instead of re-deriving routes.
 */
public final class AccessRules implements RuleProvider {

    @Override
    public List<Rule> rules() {
        return List.of(
                new ProviderContactRule(),
                new DualCriminalityRule(),
                new RetentionRule(),
                new ApplicabilityRule(),
                new NoCooperationRule(),
                new DiscretionRule(),
                EmergencyRouteRule.missing(),
                EmergencyRouteRule.discretion(),
                new EncryptedTargetRule(),
                new EstablishmentRule(),
                new AddresseeScopeRule(),
                new ExpiredFactRule());
    }
}
