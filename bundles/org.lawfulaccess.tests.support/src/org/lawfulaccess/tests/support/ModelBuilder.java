/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.tests.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.model.Accreditation;
import org.lawfulaccess.model.Actor;
import org.lawfulaccess.model.AddresseeRole;
import org.lawfulaccess.model.Authority;
import org.lawfulaccess.model.AuthorityKind;
import org.lawfulaccess.model.Citation;
import org.lawfulaccess.model.ClassificationLevel;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.CriminalisationStatus;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.DataStore;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.EncryptionModel;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.Establishment;
import org.lawfulaccess.model.EstablishmentKind;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.InstrumentKind;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.KeyHolder;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.model.LegalForce;
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.MembershipStatus;
import org.lawfulaccess.model.Offence;
import org.lawfulaccess.model.Organisation;
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
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.model.SourceKind;
import org.lawfulaccess.model.Sourced;
import org.lawfulaccess.model.Telemetry;
import org.lawfulaccess.model.TelemetryKind;
import org.lawfulaccess.model.UsageDecision;
import org.lawfulaccess.model.UsagePolicy;
import org.lawfulaccess.model.value.TimeSpan;

/**
 * Builds a small ecosystem in code, one element per call, each added where the metamodel keeps it.
 * Names, codes and dates are always the caller's, so that a test reads as its own scenario and no
 * rule can depend on a name; settings that tests share are made once, fluently:
 *
 * <pre>
 * ModelBuilder model = new ModelBuilder(ModelBuilder.memoryResource("test.lawful")).named("Model A").asOf(date);
 * Jurisdiction a = model.jurisdiction("State A", "AA");
 * </pre>
 *
 * Each element is complete when it is added to the model, so that a listener (an incremental validation)
 * sees one addition of a finished element. Test fixtures may extend the builder to add their own cast
 * of elements and domain-specific shortcuts.
 */
public class ModelBuilder {

    private static final LawfulFactory F = LawfulFactory.eINSTANCE;

    private final Resource resource;
    private final Ecosystem ecosystem = F.createEcosystem();
    private final List<DataCategory> routeCategories = new ArrayList<>();
    private final List<AuthorityKind> routeIssuers = new ArrayList<>();
    /** What {@link #citeEveryFact} cites, copied into each new fact; null while facts go uncited. */
    private Citation factCitation;

    /** An ecosystem outside any resource: elements have no ids, which route reasoning does not need. */
    public ModelBuilder() {
        this.resource = null;
    }

    /**
     * An ecosystem held in a resource, so that every element gets an XMI id and validation findings
     * get fingerprints.
     *
     * @param resource an empty resource
     */
    public ModelBuilder(Resource resource) {
        this.resource = resource;
        resource.getContents().add(ecosystem);
    }

    /**
     * @param fileName the last segment of the URI, e.g. {@code test.lawful}
     * @return an empty resource of a fresh resource set with the model's persistence, never saved
     */
    public static Resource memoryResource(String fileName) {
        return LawfulResources.newResourceSet().createResource(URI.createURI("memory:/" + fileName));
    }

    /** @return this builder, with the ecosystem named */
    public ModelBuilder named(String name) {
        ecosystem.setName(name);
        return this;
    }

    /** @return this builder, with the ecosystem's as-of date set */
    public ModelBuilder asOf(LocalDate date) {
        ecosystem.setAsOf(date);
        return this;
    }

    /**
     * Sets what every route provision made afterwards covers, so that tests about one aspect of a
     * route are not failed by another.
     *
     * @return this builder
     */
    public ModelBuilder routeProvisionsCover(Collection<DataCategory> categories, Collection<AuthorityKind> issuers) {
        routeCategories.clear();
        routeCategories.addAll(categories);
        routeIssuers.clear();
        routeIssuers.addAll(issuers);
        return this;
    }

    /**
     * Cites the source in every fact made afterwards, for tests in which only the rule under test
     * should find something and uncited facts would be findings of the provenance rules.
     *
     * @return this builder
     */
    public ModelBuilder citeEveryFact(Source source, String quote, String locator) {
        factCitation = citation(source, quote, locator);
        return this;
    }

    /** @return the ecosystem under construction */
    public Ecosystem ecosystem() {
        return ecosystem;
    }

    /** @return the resource holding the ecosystem, or null if it is held in none */
    public Resource resource() {
        return resource;
    }

    public Jurisdiction jurisdiction(String name, String code) {
        Jurisdiction jurisdiction = F.createJurisdiction();
        jurisdiction.setName(name);
        jurisdiction.setCode(code);
        ecosystem.getJurisdictions().add(jurisdiction);
        return jurisdiction;
    }

    public Authority authority(String name, Jurisdiction jurisdiction, AuthorityKind kind) {
        Authority authority = F.createAuthority();
        authority.setName(name);
        authority.setJurisdiction(jurisdiction);
        authority.setKind(kind);
        ecosystem.getActors().add(authority);
        return authority;
    }

    /** @param seat the provider's jurisdiction, or null for none */
    public Provider provider(String name, Jurisdiction seat, ProviderKind... kinds) {
        Provider provider = F.createProvider();
        provider.setName(name);
        if (seat != null) {
            provider.setJurisdiction(seat);
        }
        provider.getKinds().addAll(List.of(kinds));
        ecosystem.getActors().add(provider);
        return provider;
    }

    public Organisation organisation(String name) {
        Organisation organisation = F.createOrganisation();
        organisation.setName(name);
        ecosystem.getActors().add(organisation);
        return organisation;
    }

    public Service service(String name, Provider provider) {
        Service service = F.createService();
        service.setName(name);
        service.setProvider(provider);
        ecosystem.getServices().add(service);
        return service;
    }

    public Offence offence(String name) {
        Offence offence = F.createOffence();
        offence.setName(name);
        ecosystem.getOffences().add(offence);
        return offence;
    }

    /** @param kind the kind of source, or null to leave it at the metamodel's default */
    public Source source(String name, String title, SourceKind kind) {
        Source source = F.createSource();
        source.setName(name);
        source.setTitle(title);
        if (kind != null) {
            source.setKind(kind);
        }
        ecosystem.getSources().add(source);
        return source;
    }

    /** @return a citation of the source, not yet added to any element */
    public Citation citation(Source source, String quote, String locator) {
        Citation citation = F.createCitation();
        citation.setSource(source);
        citation.setQuote(quote);
        citation.setLocator(locator);
        return citation;
    }

    /** Adds a citation of the source to the element and returns the element. */
    public <T extends Sourced> T cite(T sourced, Source source, String quote, String locator) {
        sourced.getCitations().add(citation(source, quote, locator));
        return sourced;
    }

    public Scenario scenario(String name, Authority requester, Provider target, Offence offence, DataCategory category,
            LocalDate eventDate, LocalDate requestDate) {
        Scenario scenario = F.createScenario();
        scenario.setName(name);
        scenario.setRequestingAuthority(requester);
        scenario.setTargetProvider(target);
        scenario.setOffence(offence);
        scenario.setDataCategory(category);
        scenario.setEventDate(eventDate);
        scenario.setRequestDate(requestDate);
        ecosystem.getScenarios().add(scenario);
        return scenario;
    }

    /**
     * @param kind the kind, or null to leave it unset
     * @param issuer the issuing party, or null for none
     * @param parties parties that join with the status {@link MembershipStatus#PARTY}
     */
    public Instrument instrument(String name, InstrumentKind kind, Party issuer, Party... parties) {
        Instrument instrument = F.createInstrument();
        instrument.setName(name);
        if (kind != null) {
            instrument.setKind(kind);
        }
        if (issuer != null) {
            instrument.setIssuer(issuer);
        }
        ecosystem.getInstruments().add(instrument);
        for (Party party : parties) {
            membership(instrument, party, MembershipStatus.PARTY);
        }
        return instrument;
    }

    public Membership membership(Instrument instrument, Party party, MembershipStatus status) {
        Membership membership = fact(F.createMembership());
        membership.setParty(party);
        membership.setStatus(status);
        instrument.getMemberships().add(membership);
        return membership;
    }

    /** A provision with a name only, for rules that look at something other than routes. */
    public Provision provision(Instrument instrument, String name) {
        Provision provision = fact(F.createProvision());
        provision.setName(name);
        instrument.getProvisions().add(provision);
        return provision;
    }

    /**
     * A provision that opens a route, covering what {@link #routeProvisionsCover} set.
     *
     * @param minLatency the shortest time to an answer ({@link TimeSpan} text), or null if unknown
     * @param maxLatency the longest time to an answer, or null if unknown
     */
    public Provision provision(Instrument instrument, String name, RouteKind kind, AddresseeRole addressee, LegalForce force,
            String minLatency, String maxLatency) {
        Provision provision = F.createProvision();
        provision.setName(name);
        provision.setRouteKind(kind);
        provision.setAddresseeRole(addressee);
        provision.setLegalForce(force);
        provision.setMinLatency(minLatency == null ? null : TimeSpan.parse(minLatency));
        provision.setMaxLatency(maxLatency == null ? null : TimeSpan.parse(maxLatency));
        provision.getDataCategories().addAll(routeCategories);
        provision.getIssuingRoles().addAll(routeIssuers);
        instrument.getProvisions().add(fact(provision));
        return provision;
    }

    /**
     * @param status the status, or null to leave it unset
     * @param statute the statute, or null for none
     */
    public Criminalisation criminalisation(Offence offence, Jurisdiction jurisdiction, CriminalisationStatus status, String statute) {
        Criminalisation criminalisation = fact(F.createCriminalisation());
        criminalisation.setOffence(offence);
        criminalisation.setJurisdiction(jurisdiction);
        if (status != null) {
            criminalisation.setStatus(status);
        }
        if (statute != null) {
            criminalisation.setStatute(statute);
        }
        ecosystem.getFacts().add(criminalisation);
        return criminalisation;
    }

    /** @param kind the route kind observed, or null for every kind */
    public ProviderPractice practice(Provider provider, Jurisdiction requesting, RouteKind kind, PracticeOutcome outcome) {
        ProviderPractice practice = fact(F.createProviderPractice());
        practice.setProvider(provider);
        practice.setRequestingJurisdiction(requesting);
        if (kind != null) {
            practice.getRouteKinds().add(kind);
        }
        practice.setOutcome(outcome);
        ecosystem.getFacts().add(practice);
        return practice;
    }

    /** @param duration {@link TimeSpan} text */
    public RetentionRule retention(Jurisdiction jurisdiction, String duration, RetentionBound bound) {
        RetentionRule retention = fact(F.createRetentionRule());
        retention.setJurisdiction(jurisdiction);
        retention.setDuration(TimeSpan.parse(duration));
        retention.setBound(bound);
        ecosystem.getFacts().add(retention);
        return retention;
    }

    public PointOfContact contact(Jurisdiction jurisdiction, ContactNetwork network) {
        PointOfContact contact = fact(F.createPointOfContact());
        contact.setJurisdiction(jurisdiction);
        contact.setNetwork(network);
        ecosystem.getFacts().add(contact);
        return contact;
    }

    public Establishment establishment(Provider provider, Jurisdiction jurisdiction, EstablishmentKind kind) {
        Establishment establishment = fact(F.createEstablishment());
        establishment.setJurisdiction(jurisdiction);
        establishment.setKind(kind);
        provider.getEstablishments().add(establishment);
        return establishment;
    }

    public EncryptionProfile encryption(Service service, DataStore store, EncryptionModel model, KeyHolder... holders) {
        EncryptionProfile profile = fact(F.createEncryptionProfile());
        profile.setDataStore(store);
        profile.setModel(model);
        profile.getKeyHolders().addAll(List.of(holders));
        service.getEncryption().add(profile);
        return profile;
    }

    public Telemetry telemetry(Service service, TelemetryKind kind, Actor recipient) {
        Telemetry telemetry = fact(F.createTelemetry());
        telemetry.setKind(kind);
        telemetry.setRecipient(recipient);
        service.getTelemetry().add(telemetry);
        return telemetry;
    }

    public Accreditation accreditation(Service service, ClassificationLevel level) {
        Accreditation accreditation = fact(F.createAccreditation());
        accreditation.setLevel(level);
        service.getAccreditations().add(accreditation);
        return accreditation;
    }

    public UsagePolicy policy(Actor organisation, Service service, UsageDecision decision, ClassificationLevel maxLevel) {
        UsagePolicy policy = fact(F.createUsagePolicy());
        policy.setOrganisation(organisation);
        policy.setService(service);
        policy.setDecision(decision);
        policy.setMaxLevel(maxLevel);
        ecosystem.getFacts().add(policy);
        return policy;
    }

    /** Every fact passes here once, so that {@link #citeEveryFact} covers facts of all kinds. */
    private <T extends Fact> T fact(T fact) {
        if (factCitation != null) {
            fact.getCitations().add(citation(factCitation.getSource(), factCitation.getQuote(), factCitation.getLocator()));
        }
        return fact;
    }
}
