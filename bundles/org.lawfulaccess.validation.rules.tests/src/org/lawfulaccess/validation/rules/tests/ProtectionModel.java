/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.model.Accreditation;
import org.lawfulaccess.model.Actor;
import org.lawfulaccess.model.Citation;
import org.lawfulaccess.model.ClassificationLevel;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.DataStore;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.EncryptionModel;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.KeyHolder;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.MembershipStatus;
import org.lawfulaccess.model.Organisation;
import org.lawfulaccess.model.Party;
import org.lawfulaccess.model.PointOfContact;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.model.SourceKind;
import org.lawfulaccess.model.Sourced;
import org.lawfulaccess.model.Telemetry;
import org.lawfulaccess.model.TelemetryKind;
import org.lawfulaccess.model.UsageDecision;
import org.lawfulaccess.model.UsagePolicy;
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
final class ProtectionModel {

    static final LawfulFactory F = LawfulFactory.eINSTANCE;
    static final LocalDate AS_OF = LocalDate.of(2022, 6, 1);

    final Resource resource;
    final Ecosystem ecosystem;
    final Source official;
    final Source assumption;
    final Source comment;

    ProtectionModel() {
        resource = LawfulResources.newResourceSet().createResource(URI.createURI("memory:/protection.lawful"));
        ecosystem = F.createEcosystem();
        ecosystem.setName("Model A");
        ecosystem.setAsOf(AS_OF);
        resource.getContents().add(ecosystem);
        official = source("Source A", SourceKind.OFFICIAL_TEXT);
        assumption = source("Source B", SourceKind.ANALYST_ASSUMPTION);
        comment = source("Source C", SourceKind.COMMENT);
    }

    /** @return the findings of one rule, run alone from the provider under test with the default configuration */
    List<Finding> findings(String ruleId) {
        return findings(ruleId, ValidationConfig.DEFAULTS, null);
    }

    /** @return the findings of one rule with a configuration, at a date (null: the as-of date) */
    List<Finding> findings(String ruleId, ValidationConfig config, LocalDate date) {
        return Validator.of(RuleCatalogue.ofProviders(new ProtectionRules()), config, Set.of(ruleId)).validate(resource, date).findings();
    }

    Source source(String name, SourceKind kind) {
        Source source = F.createSource();
        source.setName(name);
        source.setTitle(name);
        source.setKind(kind);
        ecosystem.getSources().add(source);
        return source;
    }

    /** Adds a citation of the source to the fact (or other sourced element) and returns it. */
    <T extends Sourced> T cite(T sourced, Source source) {
        Citation citation = F.createCitation();
        citation.setSource(source);
        citation.setQuote("The text says so.");
        citation.setLocator("art. 1");
        sourced.getCitations().add(citation);
        return sourced;
    }

    /** Replaces the citations of the element by one citation of each source. */
    <T extends Sourced> T citeOnly(T sourced, Source... sources) {
        sourced.getCitations().clear();
        for (Source source : sources) {
            cite(sourced, source);
        }
        return sourced;
    }

    /**
     * Finds a file of the repository (e.g. {@code examples} or {@code docs/rules.md}) by walking up from
     * the working directory, which is the test bundle's folder when the build runs the tests.
     */
    static Path repositoryFile(String relative) {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path at = start; at != null; at = at.getParent()) {
            if (Files.isDirectory(at.resolve("examples")) && Files.isDirectory(at.resolve("bundles"))) {
                return at.resolve(relative);
            }
        }
        throw new AssertionError("no repository (a folder with examples/ and bundles/) above " + start);
    }

    private <T extends Fact> T fact(T fact) {
        return cite(fact, official);
    }

    Jurisdiction jurisdiction(String name, String code) {
        Jurisdiction jurisdiction = F.createJurisdiction();
        jurisdiction.setName(name);
        jurisdiction.setCode(code);
        ecosystem.getJurisdictions().add(jurisdiction);
        return jurisdiction;
    }

    Provider provider(String name) {
        Provider provider = F.createProvider();
        provider.setName(name);
        ecosystem.getActors().add(provider);
        return provider;
    }

    Organisation organisation(String name) {
        Organisation organisation = F.createOrganisation();
        organisation.setName(name);
        ecosystem.getActors().add(organisation);
        return organisation;
    }

    Service service(String name, Provider provider) {
        Service service = F.createService();
        service.setName(name);
        service.setProvider(provider);
        ecosystem.getServices().add(service);
        return service;
    }

    EncryptionProfile encryption(Service service, DataStore store, EncryptionModel model, KeyHolder... holders) {
        EncryptionProfile profile = fact(F.createEncryptionProfile());
        profile.setDataStore(store);
        profile.setModel(model);
        profile.getKeyHolders().addAll(List.of(holders));
        service.getEncryption().add(profile);
        return profile;
    }

    Telemetry telemetry(Service service, TelemetryKind kind, Actor recipient) {
        Telemetry telemetry = fact(F.createTelemetry());
        telemetry.setKind(kind);
        telemetry.setRecipient(recipient);
        service.getTelemetry().add(telemetry);
        return telemetry;
    }

    Accreditation accreditation(Service service, ClassificationLevel level) {
        Accreditation accreditation = fact(F.createAccreditation());
        accreditation.setLevel(level);
        service.getAccreditations().add(accreditation);
        return accreditation;
    }

    UsagePolicy policy(Actor organisation, Service service, UsageDecision decision, ClassificationLevel maxLevel) {
        UsagePolicy policy = fact(F.createUsagePolicy());
        policy.setOrganisation(organisation);
        policy.setService(service);
        policy.setDecision(decision);
        policy.setMaxLevel(maxLevel);
        ecosystem.getFacts().add(policy);
        return policy;
    }

    Instrument instrument(String name) {
        Instrument instrument = cite(F.createInstrument(), official);
        instrument.setName(name);
        ecosystem.getInstruments().add(instrument);
        return instrument;
    }

    Provision provision(Instrument instrument, String name, ContactNetwork... networks) {
        Provision provision = fact(F.createProvision());
        provision.setName(name);
        provision.getRequiredContactNetworks().addAll(List.of(networks));
        instrument.getProvisions().add(provision);
        return provision;
    }

    Membership membership(Instrument instrument, Party party, MembershipStatus status) {
        Membership membership = fact(F.createMembership());
        membership.setParty(party);
        membership.setStatus(status);
        instrument.getMemberships().add(membership);
        return membership;
    }

    PointOfContact contact(Jurisdiction jurisdiction, ContactNetwork network) {
        PointOfContact contact = fact(F.createPointOfContact());
        contact.setJurisdiction(jurisdiction);
        contact.setNetwork(network);
        ecosystem.getFacts().add(contact);
        return contact;
    }
}
