/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules.tests;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.core.LawfulResources;
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
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.MembershipStatus;
import org.lawfulaccess.model.Offence;
import org.lawfulaccess.model.Party;
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
import org.lawfulaccess.model.value.TimeSpan;
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
final class AccessModel {

    static final LawfulFactory F = LawfulFactory.eINSTANCE;
    static final LocalDate EVENT = LocalDate.of(2020, 1, 1);
    static final LocalDate REQUEST = LocalDate.of(2020, 1, 15);
    static final RuleCatalogue CATALOGUE = RuleCatalogue.ofProviders(new AccessRules());

    final Resource resource = LawfulResources.newResourceSet().createResource(URI.createURI("memory:/access.lawful"));
    final Ecosystem eco = F.createEcosystem();
    final Jurisdiction a = jurisdiction("State A", "AA");
    final Jurisdiction b = jurisdiction("State B", "BB");
    final Authority prosecutor = authority("Prosecutor of A", a, AuthorityKind.PROSECUTION);
    final Authority centralB = authority("Central authority of B", b, AuthorityKind.CENTRAL_AUTHORITY);
    final Provider provider = provider("Provider P", b);
    final Offence offence = F.createOffence();
    final Scenario scenario;

    AccessModel() {
        resource.getContents().add(eco);
        eco.setName("Ecosystem");
        eco.setAsOf(REQUEST);
        offence.setName("Offence O");
        eco.getOffences().add(offence);
        scenario = scenario("Scenario S", provider);
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

    Jurisdiction jurisdiction(String name, String code) {
        Jurisdiction j = F.createJurisdiction();
        j.setName(name);
        j.setCode(code);
        eco.getJurisdictions().add(j);
        return j;
    }

    Authority authority(String name, Jurisdiction j, AuthorityKind kind) {
        Authority x = F.createAuthority();
        x.setName(name);
        x.setJurisdiction(j);
        x.setKind(kind);
        eco.getActors().add(x);
        return x;
    }

    Provider provider(String name, Jurisdiction seat) {
        Provider p = F.createProvider();
        p.setName(name);
        p.setJurisdiction(seat);
        p.getKinds().add(ProviderKind.MESSAGING);
        eco.getActors().add(p);
        return p;
    }

    Scenario scenario(String name, Provider target) {
        Scenario s = F.createScenario();
        s.setName(name);
        s.setRequestingAuthority(prosecutor);
        s.setTargetProvider(target);
        s.setOffence(offence);
        s.setDataCategory(DataCategory.SUBSCRIBER);
        s.setEventDate(EVENT);
        s.setRequestDate(REQUEST);
        eco.getScenarios().add(s);
        return s;
    }

    Instrument instrument(String name, InstrumentKind kind, Party issuer, Party... members) {
        Instrument i = F.createInstrument();
        i.setName(name);
        i.setKind(kind);
        i.setIssuer(issuer);
        eco.getInstruments().add(i);
        for (Party p : members) {
            Membership m = F.createMembership();
            m.setParty(p);
            m.setStatus(MembershipStatus.PARTY);
            i.getMemberships().add(m);
        }
        return i;
    }

    Provision provision(Instrument i, String name, RouteKind kind, AddresseeRole to, LegalForce force, String min, String max) {
        Provision p = F.createProvision();
        p.setName(name);
        p.setRouteKind(kind);
        p.setAddresseeRole(to);
        p.setLegalForce(force);
        p.setMinLatency(min == null ? null : TimeSpan.parse(min));
        p.setMaxLatency(max == null ? null : TimeSpan.parse(max));
        p.getDataCategories().addAll(List.of(DataCategory.SUBSCRIBER, DataCategory.TRAFFIC, DataCategory.CONTENT,
                DataCategory.REAL_TIME));
        p.getIssuingRoles().addAll(List.of(AuthorityKind.PROSECUTION, AuthorityKind.CENTRAL_AUTHORITY));
        i.getProvisions().add(p);
        return p;
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
        Criminalisation c = F.createCriminalisation();
        c.setOffence(offence);
        c.setJurisdiction(j);
        c.setStatus(status);
        eco.getFacts().add(c);
        return c;
    }

    ProviderPractice practice(Provider p, RouteKind kind, PracticeOutcome outcome) {
        ProviderPractice x = F.createProviderPractice();
        x.setProvider(p);
        x.setRequestingJurisdiction(a);
        x.setRouteKind(kind);
        x.setOutcome(outcome);
        eco.getFacts().add(x);
        return x;
    }

    RetentionRule retention(Jurisdiction j, String duration) {
        RetentionRule r = F.createRetentionRule();
        r.setJurisdiction(j);
        r.setDuration(TimeSpan.parse(duration));
        r.setBound(RetentionBound.MAXIMUM);
        eco.getFacts().add(r);
        return r;
    }

    PointOfContact contact(Jurisdiction j, Provider counterpart) {
        PointOfContact p = F.createPointOfContact();
        p.setJurisdiction(j);
        p.setNetwork(ContactNetwork.PROVIDER_SPECIFIC);
        p.setCounterpart(counterpart);
        eco.getFacts().add(p);
        return p;
    }
}
