/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.core.tests.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.core.generate.EcosystemGenerator;
import org.lawfulaccess.core.internal.routes.RouteIndex;
import org.lawfulaccess.model.AuthorityKind;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Establishment;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.Offence;
import org.lawfulaccess.model.Party;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.ProviderPractice;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.tests.support.Contents;

/**
 * The route index brought up to date edit by edit answers every question as an index built afresh
 * does, with lists in the same (model) order: elements added at the front or in the middle of a
 * list, removed, moved to another container, moved within a list, and keys changed.
 */
class RouteIndexUpdateTest {

    private final EcosystemGenerator generator = new EcosystemGenerator();
    private final Ecosystem ecosystem = generator.generate(generator.minimumElements() * 2, 11).ecosystem();
    private final RouteIndex index = RouteIndex.of(ecosystem);

    RouteIndexUpdateTest() {
        ecosystem.eAdapters().add(new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                index.update(notification);
            }
        });
    }

    @Test
    void elementsAddedAtTheFrontOrInTheMiddleKeepModelOrder() {
        ProviderPractice practice = first(ProviderPractice.class);
        ecosystem.getFacts().add(0, EcoreUtil.copy(practice));
        assertSameAsFresh("a practice copied to the front");
        ecosystem.getFacts().add(ecosystem.getFacts().size() / 2, EcoreUtil.copy(practice));
        assertSameAsFresh("a practice copied to the middle");
        Membership membership = first(Membership.class);
        membership.getInstrument().getMemberships().add(0, EcoreUtil.copy(membership));
        assertSameAsFresh("a membership copied to the front of its instrument");
        Scenario scenario = all(Scenario.class).get(1);
        ecosystem.getScenarios().add(0, EcoreUtil.copy(scenario));
        assertSameAsFresh("a scenario copied to the front");
    }

    @Test
    void elementsRemovedOrMovedElsewhere() {
        EcoreUtil.remove(first(Criminalisation.class));
        assertSameAsFresh("a criminalisation removed");
        List<Provider> providers = all(Provider.class);
        Establishment establishment = all(Establishment.class).get(0);
        Provider other = providers.get((providers.indexOf(establishment.getProvider()) + 1) % providers.size());
        other.getEstablishments().add(0, establishment);
        assertSameAsFresh("an establishment moved to another provider");
        Provider removed = providers.get(providers.size() - 1);
        EcoreUtil.delete(removed, true);
        assertSameAsFresh("a provider deleted with its establishments");
        EList<Fact> facts = ecosystem.getFacts();
        facts.move(0, facts.size() - 1);
        assertSameAsFresh("a fact moved within its list");
    }

    @Test
    void keysChanged() {
        List<Provider> providers = all(Provider.class);
        ProviderPractice practice = all(ProviderPractice.class).get(0);
        practice.setProvider(providers.get((providers.indexOf(practice.getProvider()) + 1) % providers.size()));
        assertSameAsFresh("a practice's provider");
        Membership membership = all(Membership.class).get(0);
        List<Jurisdiction> jurisdictions = all(Jurisdiction.class);
        membership.setParty(jurisdictions.get(jurisdictions.size() - 1));
        assertSameAsFresh("a membership's party");
        Criminalisation criminalisation = all(Criminalisation.class).get(0);
        criminalisation.setJurisdiction(jurisdictions.get(0));
        assertSameAsFresh("a criminalisation's jurisdiction");
    }

    /** Every question the route analysis asks, of the updated index and of a fresh one. */
    private void assertSameAsFresh(String edit) {
        RouteIndex fresh = RouteIndex.of(ecosystem);
        assertEquals(answers(fresh), answers(index), "after " + edit);
        assertEquals(new HashSet<>(fresh.endingFacts()), new HashSet<>(index.endingFacts()), "ending facts after " + edit);
    }

    private List<Object> answers(RouteIndex of) {
        List<Jurisdiction> jurisdictions = all(Jurisdiction.class);
        List<Provider> providers = all(Provider.class);
        List<Instrument> instruments = all(Instrument.class);
        Set<Party> parties = new LinkedHashSet<>(jurisdictions);
        parties.addAll(providers);
        List<Object> answers = new ArrayList<>();
        answers.add(of.scenarios());
        for (Party party : parties) {
            answers.add(of.membershipsOf(party));
            answers.add(of.instrumentsIssuedBy(party));
            for (Instrument instrument : instruments) {
                answers.add(of.memberships(instrument, party));
                answers.add(of.hasMembership(instrument, party));
            }
        }
        for (Instrument instrument : instruments) {
            answers.add(of.providerMembers(instrument));
            for (DataCategory category : DataCategory.values()) {
                answers.add(of.provisionsCovering(instrument, category));
            }
        }
        for (Jurisdiction jurisdiction : jurisdictions) {
            answers.add(of.instrumentsOf(jurisdiction));
            answers.add(of.retentionIn(jurisdiction));
            for (ContactNetwork network : ContactNetwork.values()) {
                answers.add(of.contacts(jurisdiction, network));
            }
            for (AuthorityKind kind : AuthorityKind.values()) {
                answers.add(of.authorities(jurisdiction, kind));
            }
            for (Offence offence : all(Offence.class)) {
                answers.add(of.criminalisations(offence, jurisdiction));
            }
        }
        for (Provider provider : providers) {
            answers.add(of.retentionOf(provider));
            answers.add(of.establishmentsOf(provider));
            for (Jurisdiction jurisdiction : jurisdictions) {
                answers.add(of.practices(provider, jurisdiction));
                answers.add(of.establishments(provider, jurisdiction));
            }
        }
        return answers;
    }

    private <T> T first(Class<T> type) {
        return all(type).get(0);
    }

    private <T> List<T> all(Class<T> type) {
        return Contents.all(ecosystem, type);
    }
}
