/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules.tests;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.model.SourceKind;
import org.lawfulaccess.model.Sourced;
import org.lawfulaccess.tests.support.ModelBuilder;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.ValidationConfig;
import org.lawfulaccess.validation.Validator;
import org.lawfulaccess.validation.rules.ProtectionRules;

/**
 * Builds small models with neutral names for the oracle tests of the protection and provenance
 * rules, in a resource so that every element has an XMI id. Every fact it creates cites the official
 * source, so that only the rule under test fires.
 */
final class ProtectionModel extends ModelBuilder {

    static final LawfulFactory F = LawfulFactory.eINSTANCE;
    static final LocalDate AS_OF = LocalDate.of(2022, 6, 1);

    private static final String QUOTE = "The text says so.";
    private static final String LOCATOR = "art. 1";

    final Resource resource = resource();
    final Ecosystem ecosystem = named("Model A").asOf(AS_OF).ecosystem();
    final Source official = source("Source A", SourceKind.OFFICIAL_TEXT);
    final Source assumption = source("Source B", SourceKind.ANALYST_ASSUMPTION);
    final Source comment = source("Source C", SourceKind.COMMENT);

    ProtectionModel() {
        super(memoryResource("protection.lawful"));
        citeEveryFact(official, QUOTE, LOCATOR);
    }

    /** @return the findings of one rule, run alone from the provider under test with the default configuration */
    List<Finding> findings(String ruleId) {
        return findings(ruleId, ValidationConfig.DEFAULTS, null);
    }

    /** @return the findings of one rule with a configuration, at a date (null: the as-of date) */
    List<Finding> findings(String ruleId, ValidationConfig config, LocalDate date) {
        return Validator.of(RuleCatalogue.ofProviders(new ProtectionRules()), config, Set.of(ruleId)).validate(resource, date).findings();
    }

    /** A source titled by its name. */
    Source source(String name, SourceKind kind) {
        return source(name, name, kind);
    }

    /** Adds a citation of the source to the fact (or other sourced element) and returns it. */
    <T extends Sourced> T cite(T sourced, Source source) {
        return cite(sourced, source, QUOTE, LOCATOR);
    }

    /** Replaces the citations of the element by one citation of each source. */
    <T extends Sourced> T citeOnly(T sourced, Source... sources) {
        sourced.getCitations().clear();
        for (Source source : sources) {
            cite(sourced, source);
        }
        return sourced;
    }

    /** A provider with neither seat nor kind. */
    Provider provider(String name) {
        return provider(name, null);
    }

    /** An instrument citing the official source, with neither kind nor issuer. */
    Instrument instrument(String name) {
        return cite(instrument(name, null, null), official);
    }

    /** A provision that requires contact points of the networks. */
    Provision provision(Instrument instrument, String name, ContactNetwork... networks) {
        Provision provision = provision(instrument, name);
        provision.getRequiredContactNetworks().addAll(List.of(networks));
        return provision;
    }
}
