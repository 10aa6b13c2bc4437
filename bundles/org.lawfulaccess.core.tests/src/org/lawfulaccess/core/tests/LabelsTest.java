/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.CriminalisationStatus;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.EncryptionModel;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.KeyHolder;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.MembershipStatus;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.RetentionBound;
import org.lawfulaccess.model.RetentionRule;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.DataStore;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.PointOfContact;
import org.lawfulaccess.model.Offence;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.model.value.TimeSpan;

/** The labels analysts read, for a small model built in code. */
class LabelsTest {

    private static final LawfulFactory F = LawfulFactory.eINSTANCE;

    @Test
    void jurisdictionShowsItsCode() {
        assertEquals("Belgium (BE)", Labels.text(jurisdiction("Belgium", "BE")));
    }

    @Test
    void provisionShowsInstrumentAndLatency() {
        Instrument mlat = F.createInstrument();
        mlat.setName("MLAT BE\u2013US");
        Provision request = F.createProvision();
        request.setMinLatency(TimeSpan.days(180));
        request.setMaxLatency(TimeSpan.days(365));
        mlat.getProvisions().add(request);
        assertEquals("MLAT BE\u2013US, 180\u2013365 days", Labels.text(request));

        Provision art35 = F.createProvision();
        art35.setLegalCitation("Art. 35");
        art35.setMaxLatency(TimeSpan.months(12));
        art35.setEmergencyLatency(TimeSpan.hours(8));
        mlat.getProvisions().add(art35);
        assertEquals("MLAT BE\u2013US Art. 35, up to 12 months, emergency 8 hours", Labels.text(art35));

        request.setMinLatency(TimeSpan.parse("2 weeks"));
        request.setMaxLatency(TimeSpan.months(6));
        assertEquals("MLAT BE\u2013US, 2 weeks\u20136 months", Labels.text(request));
    }

    @Test
    void serviceNamesItsProvider() {
        Provider provider = F.createProvider();
        provider.setName("Telegram FZ-LLC");
        Service service = F.createService();
        service.setName("Telegram");
        service.setProvider(provider);
        assertEquals("Telegram (service of Telegram FZ-LLC)", Labels.text(service));
        provider.setJurisdiction(jurisdiction("United Arab Emirates", "AE"));
        assertEquals("Telegram FZ-LLC (AE)", Labels.text(provider));
    }

    @Test
    void factsShowTheirValidity() {
        RetentionRule rule = F.createRetentionRule();
        rule.setJurisdiction(jurisdiction("Belgium", "BE"));
        rule.getDataCategories().add(DataCategory.TRAFFIC);
        rule.getDataCategories().add(DataCategory.SUBSCRIBER);
        rule.setDuration(TimeSpan.months(12));
        rule.setBound(RetentionBound.MAXIMUM);
        rule.setValidFrom(LocalDate.of(2016, 5, 29));
        rule.setValidTo(LocalDate.of(2021, 4, 22));
        assertEquals("Retention of traffic, subscriber in Belgium (BE): 12 months (maximum) (2016-05-29 to 2021-04-22)",
                Labels.text(rule));

        Instrument budapest = F.createInstrument();
        budapest.setName("Budapest Convention");
        Membership membership = F.createMembership();
        membership.setParty(jurisdiction("Belgium", "BE"));
        membership.setStatus(MembershipStatus.PARTY);
        membership.setValidFrom(LocalDate.of(2012, 12, 1));
        budapest.getMemberships().add(membership);
        assertEquals("Belgium (BE): party to Budapest Convention (since 2012-12-01)", Labels.text(membership));

        Criminalisation criminalisation = F.createCriminalisation();
        Offence offence = F.createOffence();
        offence.setName("Incitement to hatred");
        criminalisation.setOffence(offence);
        criminalisation.setJurisdiction(jurisdiction("Belgium", "BE"));
        criminalisation.setStatute("Law of 10 May 2007, art. 22");
        criminalisation.setMaxImprisonment(TimeSpan.parse("1 year"));
        criminalisation.setValidTo(LocalDate.of(2030, 1, 1));
        assertEquals("Incitement to hatred in Belgium (BE): status not stated, Law of 10 May 2007, art. 22, max. 1 year (until 2030-01-01)",
                Labels.text(criminalisation));
        criminalisation.setStatus(CriminalisationStatus.CRIMINAL);
        assertEquals("Incitement to hatred in Belgium (BE): criminal, Law of 10 May 2007, art. 22, max. 1 year (until 2030-01-01)",
                Labels.text(criminalisation));
    }

    @Test
    void securityFactsReadAsSentences() {
        EncryptionProfile backup = F.createEncryptionProfile();
        backup.setDataStore(DataStore.CLOUD_BACKUP);
        backup.setModel(EncryptionModel.TRANSPORT);
        backup.getKeyHolders().add(KeyHolder.PROVIDER);
        assertEquals("cloud backup: transport encryption, keys held by provider", Labels.text(backup));

        PointOfContact contact = F.createPointOfContact();
        contact.setNetwork(ContactNetwork.BUDAPEST_24_7);
        contact.setJurisdiction(jurisdiction("Belgium", "BE"));
        assertEquals("Budapest 24/7 contact of Belgium (BE)", Labels.text(contact));
    }

    @Test
    void ecosystemShowsItsDateAndUnnamedElementsSaySo() {
        Ecosystem ecosystem = F.createEcosystem();
        ecosystem.setName("Belgium 2021");
        ecosystem.setAsOf(LocalDate.of(2021, 4, 29));
        assertEquals("Belgium 2021 (as of 2021-04-29)", Labels.text(ecosystem));
        assertEquals("(unnamed)", Labels.text(F.createOffence()));
    }

    private static Jurisdiction jurisdiction(String name, String code) {
        Jurisdiction jurisdiction = F.createJurisdiction();
        jurisdiction.setName(name);
        jurisdiction.setCode(code);
        return jurisdiction;
    }
}
