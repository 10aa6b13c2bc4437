/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.ForceStatus;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.MembershipStatus;
import org.lawfulaccess.model.PointOfContact;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.Reservation;
import org.lawfulaccess.model.ReservationEffect;
import org.lawfulaccess.validation.Analysis;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.FindingBuilder;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleContext;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.RuleScope;
import org.lawfulaccess.validation.Severity;

/**
 * LA-SPOC-01: a state bound by an instrument whose provisions require a point of contact (such as
 * the Budapest Convention's 24/7 network) that has designated none valid at the date. Checks
 * memberships, because being a party is what creates the duty; model-scoped, because the contacts
 * are facts of the ecosystem that the membership does not reference.
 */
final class MissingContactPointRule implements Rule {

    static final String ID = "LA-SPOC-01"; //$NON-NLS-1$

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID, ProtectionMessages.format(ID + ".title"), Category.COOPERATION) //$NON-NLS-1$
            .severity(Severity.WARNING)
            .targets(LawfulPackage.Literals.MEMBERSHIP)
            .scope(RuleScope.MODEL)
            .reads(LawfulPackage.Literals.ECOSYSTEM) // the date; the membership, its instrument and contacts are declared as read
            .legalBasis(ProtectionMessages.format(ID + ".legalBasis"), ProtectionMessages.format(ID + ".legalSource")) //$NON-NLS-1$ //$NON-NLS-2$
            .description(ProtectionMessages.format(ID + ".description")) //$NON-NLS-1$
            .example(ProtectionMessages.format(ID + ".example")) //$NON-NLS-1$
            .build();

    /** The networks each jurisdiction has a valid contact in: one pass over the facts per run, not one per membership. */
    private static final Analysis<Map<Jurisdiction, Set<ContactNetwork>>> CONTACTS = new Analysis<>() {
        @Override
        public Map<Jurisdiction, Set<ContactNetwork>> compute(RuleContext context) {
            return contacts(context);
        }

        /**
         * It reads only the ecosystem's facts and the points of contact among them, so other edits
         * (a rename, a telemetry recipient, a provision) keep it instead of re-running every
         * membership's check.
         */
        @Override
        public boolean affectedBy(Notification notification) {
            return notification.getNotifier() instanceof Ecosystem || notification.getNotifier() instanceof PointOfContact
                    || mentionsContact(notification.getOldValue()) || mentionsContact(notification.getNewValue());
        }

        /** The parts are jurisdictions: only the memberships of those whose networks changed are checked again. */
        @Override
        public Updated<Map<Jurisdiction, Set<ContactNetwork>>> update(Map<Jurisdiction, Set<ContactNetwork>> previous,
                Notification notification, RuleContext context) {
            Map<Jurisdiction, Set<ContactNetwork>> current = contacts(context);
            Set<Jurisdiction> changed = Parts.changed(previous, current);
            return new Updated<>(current, changed);
        }
    };

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(EObject target, RuleContext context) {
        LocalDate date = context.date();
        Membership membership = (Membership) target;
        context.reads(membership); // its status, validity, party and reservations
        context.reads(membership.getInstrument()); // its provisions
        // Only a party is bound: not a signatory, a state whose ratification has not taken effect, a
        // membership of unstated status, a provider in an arrangement, or anyone under an instrument
        // not yet in force.
        if (membership.getStatus() != MembershipStatus.PARTY
                || !membership.isValidAt(date) || !(membership.getParty() instanceof Jurisdiction party)
                || membership.getInstrument() == null || membership.getInstrument().getForceStatus() == ForceStatus.NOT_YET_IN_FORCE) {
            return;
        }
        Map<ContactNetwork, List<Provision>> required = required(membership, date);
        Set<ContactNetwork> present = context.shared(CONTACTS, party).getOrDefault(party, Set.of());
        for (Map.Entry<ContactNetwork, List<Provision>> entry : required.entrySet()) {
            if (present.contains(entry.getKey())) {
                continue;
            }
            String network = ProtectionMessages.literal(entry.getKey());
            FindingBuilder finding = context.finding(party, membership).discriminator(entry.getKey().getLiteral())
                    .message(ProtectionMessages.format(ID + ".message", context.label(party), //$NON-NLS-1$
                            context.label(membership.getInstrument()), ProtectionMessages.list(entry.getValue(), context::label), network,
                            date.toString()))
                    .evidence(membership);
            entry.getValue().forEach(finding::evidence);
            finding.evidence(ProtectionMessages.format(ID + ".none", context.label(party), network, date.toString())).report(); //$NON-NLS-1$
        }
    }

    /** The networks the party's instrument requires at the date, each with the provisions requiring it. */
    private static Map<ContactNetwork, List<Provision>> required(Membership membership, LocalDate date) {
        Map<ContactNetwork, List<Provision>> required = new LinkedHashMap<>();
        for (Provision provision : membership.getInstrument().getProvisions()) {
            if (provision.isValidAt(date) && provision.getForceStatus() == ForceStatus.IN_FORCE && !excluded(membership, provision, date)) {
                for (ContactNetwork network : provision.getRequiredContactNetworks()) {
                    required.computeIfAbsent(network, n -> new ArrayList<>()).add(provision);
                }
            }
        }
        return required;
    }

    /** A valid reservation excluding the provision releases the party from it. */
    private static boolean excluded(Membership membership, Provision provision, LocalDate date) {
        for (Reservation reservation : membership.getReservations()) {
            if (reservation.getProvision() == provision && reservation.getEffect() == ReservationEffect.EXCLUDES
                    && reservation.isValidAt(date)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a notification value is, holds or contains a point of contact. */
    private static boolean mentionsContact(Object value) {
        if (value instanceof java.util.Collection<?> many) {
            return many.stream().anyMatch(MissingContactPointRule::mentionsContact);
        }
        if (value instanceof PointOfContact) {
            return true;
        }
        if (value instanceof EObject element) {
            for (java.util.Iterator<EObject> it = element.eAllContents(); it.hasNext();) {
                if (it.next() instanceof PointOfContact) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<Jurisdiction, Set<ContactNetwork>> contacts(RuleContext context) {
        Map<Jurisdiction, Set<ContactNetwork>> contacts = new HashMap<>();
        Ecosystem ecosystem = context.ecosystem();
        if (ecosystem == null) {
            return contacts;
        }
        for (Fact fact : ecosystem.getFacts()) {
            if (fact instanceof PointOfContact contact && contact.getJurisdiction() != null && contact.isValidAt(context.date())) {
                contacts.computeIfAbsent(contact.getJurisdiction(), j -> EnumSet.noneOf(ContactNetwork.class)).add(contact.getNetwork());
            }
        }
        return contacts;
    }
}
