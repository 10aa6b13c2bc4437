/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.ForceStatus;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.MembershipStatus;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.Reservation;
import org.lawfulaccess.model.ReservationEffect;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.Severity;

/** Oracle test of LA-SPOC-01: a party without the point of contact its instrument requires. */
class LaSpoc01Test {

    static final String RULE_ID = "LA-SPOC-01";

    private final ProtectionModel m = new ProtectionModel();
    private final Jurisdiction a = m.jurisdiction("State A", "AA");
    private final Jurisdiction b = m.jurisdiction("State B", "BB");
    private final Instrument instrument = m.instrument("Instrument A");
    private final Provision article = m.provision(instrument, "Article A", ContactNetwork.BUDAPEST_24_7);

    @Test
    void aPartyWithoutAContactOfTheRequiredNetworkIsFlaggedOnce() {
        m.provision(instrument, "Article B", ContactNetwork.BUDAPEST_24_7);
        m.membership(instrument, a, MembershipStatus.PARTY);
        Membership missing = m.membership(instrument, b, MembershipStatus.PARTY);
        m.contact(a, ContactNetwork.BUDAPEST_24_7);
        m.contact(b, ContactNetwork.G7);

        List<Finding> findings = m.findings(RULE_ID);

        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(List.of(b, missing), finding.elements());
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().contains("State B") && finding.message().contains("Instrument A"), finding.message());
        // The membership and both provisions requiring the network, then the missing contact in words.
        assertEquals(4, finding.evidence().size(), finding.evidence().toString());
    }

    @Test
    void aContactThatHasLapsedDoesNotCount() {
        m.membership(instrument, a, MembershipStatus.PARTY);
        m.contact(a, ContactNetwork.BUDAPEST_24_7).setValidTo(ProtectionModel.AS_OF.minusDays(1));

        assertEquals(1, m.findings(RULE_ID).size());
    }

    @Test
    void nearMissesSignatoriesExclusionsAndProvisionsNotYetInForce() {
        m.membership(instrument, a, MembershipStatus.SIGNATORY);
        Membership excluding = m.membership(instrument, b, MembershipStatus.PARTY);
        Reservation reservation = ProtectionModel.F.createReservation();
        reservation.setProvision(article);
        reservation.setEffect(ReservationEffect.EXCLUDES);
        excluding.getReservations().add(m.cite(reservation, m.official));
        Instrument later = m.instrument("Instrument B");
        m.provision(later, "Article C", ContactNetwork.EU_SPOC).setValidFrom(ProtectionModel.AS_OF.plusDays(1));
        m.membership(later, a, MembershipStatus.PARTY);

        assertEquals(List.of(), m.findings(RULE_ID));
    }

    @Test
    void onlyAPartyToAnInstrumentInForceIsBound() {
        Membership ratified = m.membership(instrument, a, MembershipStatus.RATIFIED);
        Membership unstated = m.membership(instrument, b, MembershipStatus.UNSTATED);
        assertEquals(List.of(), m.findings(RULE_ID), "ratified but not yet in force, and not stated: not bound");

        ratified.setStatus(MembershipStatus.PARTY);
        unstated.setStatus(MembershipStatus.PARTY);
        assertEquals(2, m.findings(RULE_ID).size(), "near miss: both parties");

        instrument.setForceStatus(ForceStatus.NOT_YET_IN_FORCE);
        assertEquals(List.of(), m.findings(RULE_ID), "adopted, not yet in force");
        instrument.setForceStatus(ForceStatus.IN_FORCE);
        article.setForceStatus(ForceStatus.NOT_YET_IN_FORCE);
        assertEquals(List.of(), m.findings(RULE_ID), "the article requiring the contact is not yet in force");
    }
}
