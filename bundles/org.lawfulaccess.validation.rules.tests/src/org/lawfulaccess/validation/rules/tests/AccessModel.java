/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules.tests;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.model.AddresseeRole;
import org.lawfulaccess.model.Authority;
import org.lawfulaccess.model.AuthorityKind;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.CriminalisationStatus;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.InstrumentKind;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.model.LegalForce;
import org.lawfulaccess.model.Offence;
import org.lawfulaccess.model.PointOfContact;
import org.lawfulaccess.model.PracticeOutcome;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.ProviderKind;
import org.lawfulaccess.model.ProviderPractice;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.RetentionBound;
import org.lawfulaccess.model.RetentionRule;
import org.lawfulaccess.model.RouteKind;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.tests.support.ModelBuilder;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.ValidationConfig;
import org.lawfulaccess.validation.Validator;
import org.lawfulaccess.validation.rules.AccessRules;

/**
 * Small ecosystems in code with neutral names for the access rules' oracle tests: the prosecutor
 * of State A requests data of Provider P, seated in State B. Held in a resource so that every
 * element has an id and findings have fingerprints.
 */
final class AccessModel extends ModelBuilder {

    static final LawfulFactory F = LawfulFactory.eINSTANCE;
    static final LocalDate EVENT = LocalDate.of(2020, 1, 1);
    static final LocalDate REQUEST = LocalDate.of(2020, 1, 15);
    static final RuleCatalogue CATALOGUE = RuleCatalogue.ofProviders(new AccessRules());

    final Resource resource = resource();
    final Ecosystem eco = named("Ecosystem").asOf(REQUEST)
            .routeProvisionsCover(List.of(DataCategory.SUBSCRIBER, DataCategory.TRAFFIC, DataCategory.CONTENT, DataCategory.REAL_TIME),
                    List.of(AuthorityKind.PROSECUTION, AuthorityKind.CENTRAL_AUTHORITY))
            .ecosystem();
    final Jurisdiction a = jurisdiction("State A", "AA");
    final Jurisdiction b = jurisdiction("State B", "BB");
    final Authority prosecutor = authority("Prosecutor of A", a, AuthorityKind.PROSECUTION);
    final Authority centralB = authority("Central authority of B", b, AuthorityKind.CENTRAL_AUTHORITY);
    final Provider provider = provider("Provider P", b);
    final Offence offence = offence("Offence O");
    final Scenario scenario = scenario("Scenario S", provider);

    AccessModel() {
        super(memoryResource("access.lawful"));
    }

    /** Runs one rule through the engine at the model's as-of date. */
    List<Finding> run(String ruleId) {
        return run(ruleId, null, ValidationConfig.DEFAULTS);
    }

    /** Runs one rule through the engine at a date with a configuration. */
    List<Finding> run(String ruleId, LocalDate date, ValidationConfig config) {
        return Validator.of(CATALOGUE, config, Set.of(ruleId)).validate(resource, date).findings();
    }

    /** A configuration setting one rule parameter. */
    static ValidationConfig parameter(String ruleId, String name, String value) {
        return new ValidationConfig(Map.of(), Map.of(), Map.of(), Map.of(ruleId, Map.of(name, value)), Map.of());
    }

    /** A messaging provider seated in the jurisdiction. */
    Provider provider(String name, Jurisdiction seat) {
        return provider(name, seat, ProviderKind.MESSAGING);
    }

    /** A request by the prosecutor of State A for subscriber data of the target. */
    Scenario scenario(String name, Provider target) {
        return scenario(name, prosecutor, target, offence, DataCategory.SUBSCRIBER, EVENT, REQUEST);
    }

    /** A voluntary arrangement between State A and a provider allowing direct requests. */
    Provision directRequest(Provider to, String min, String max) {
        Instrument arrangement = instrument("Arrangement with " + to.getName(), InstrumentKind.VOLUNTARY_ARRANGEMENT, null, a, to);
        return provision(arrangement, "Direct request", RouteKind.DIRECT_REQUEST, AddresseeRole.PROVIDER, LegalForce.VOLUNTARY,
                min, max);
    }

    /** A binding treaty from State A to State B through central authorities, executed by an order of State B. */
    Provision mutualAssistance(String min, String max) {
        Instrument treaty = instrument("Treaty A-B", InstrumentKind.BILATERAL_TREATY, null, a, b);
        domesticOrder(b, "1 week", "2 weeks");
        return provision(treaty, "Request for assistance", RouteKind.MUTUAL_LEGAL_ASSISTANCE, AddresseeRole.CENTRAL_AUTHORITY,
                LegalForce.BINDING, min, max);
    }

    /** A state's own law for binding orders to providers. */
    Provision domesticOrder(Jurisdiction state, String min, String max) {
        Instrument law = instrument("Procedure law of " + state.getCode(), InstrumentKind.DOMESTIC_LAW, state);
        return provision(law, "Production order of " + state.getCode(), RouteKind.PRODUCTION_ORDER, AddresseeRole.PROVIDER,
                LegalForce.BINDING, min, max);
    }

    Criminalisation criminalisation(Jurisdiction j, CriminalisationStatus status) {
        return criminalisation(offence, j, status, null);
    }

    /** The provider's practice towards requests from State A. */
    ProviderPractice practice(Provider p, RouteKind kind, PracticeOutcome outcome) {
        return practice(p, a, kind, outcome);
    }

    /** A maximum retention period. */
    RetentionRule retention(Jurisdiction j, String duration) {
        return retention(j, duration, RetentionBound.MAXIMUM);
    }

    /** The provider's own contact point in the jurisdiction. */
    PointOfContact contact(Jurisdiction j, Provider counterpart) {
        PointOfContact contact = contact(j, ContactNetwork.PROVIDER_SPECIFIC);
        contact.setCounterpart(counterpart);
        return contact;
    }
}
