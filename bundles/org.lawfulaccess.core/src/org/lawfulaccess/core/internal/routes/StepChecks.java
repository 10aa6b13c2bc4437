package org.lawfulaccess.core.internal.routes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.core.routes.Gap;
import org.lawfulaccess.core.routes.GapKind;
import org.lawfulaccess.core.routes.GapSeverity;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.CriminalisationStatus;
import org.lawfulaccess.model.DomesticObligation;
import org.lawfulaccess.model.DualCriminality;
import org.lawfulaccess.model.Establishment;
import org.lawfulaccess.model.EstablishmentKind;
import org.lawfulaccess.model.ForceStatus;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.InstrumentKind;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LegalForce;
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.MembershipStatus;
import org.lawfulaccess.model.Offence;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.Reservation;
import org.lawfulaccess.model.ReservationEffect;

/**
 * The legal checks of one step: force and applicability, membership and reservations of the
 * parties involved, emergency use, seriousness, points of contact, dual criminality, scope and
 * enforceability. Each check adds typed gaps with the elements they rest on.
 */
final class StepChecks {

    private static final Set<EstablishmentKind> COMPELLABLE =
            Set.of(EstablishmentKind.SUBSIDIARY, EstablishmentKind.LEGAL_REPRESENTATIVE, EstablishmentKind.ASSETS);

    private final RouteIndex index;
    private final ScenarioContext context;
    private final LocalDate date;
    private final List<Gap> gaps = new ArrayList<>();
    private final Map<HopAt, List<Gap>> checked = new HashMap<>();
    private int step;

    StepChecks(RouteIndex index, ScenarioContext context) {
        this.index = index;
        this.context = context;
        this.date = context.date();
    }

    /**
     * @return the gaps of one step, in a fixed order; the same list for the same hop at the same
     *         position, since routes of a scenario share their steps (every route through one treaty
     *         step checks it again)
     */
    List<Gap> check(Hop hop, int stepIndex) {
        return checked.computeIfAbsent(new HopAt(hop, stepIndex), h -> compute(hop, stepIndex));
    }

    private record HopAt(Hop hop, int step) {
    }

    private List<Gap> compute(Hop hop, int stepIndex) {
        gaps.clear();
        step = stepIndex;
        Provision provision = hop.provision();
        Instrument instrument = provision.getInstrument();
        applicability(provision);
        dependency(instrument, hop);
        membership(instrument, provision, hop.issuer());
        if (!(hop.addressee() instanceof Provider) && hop.addresseeJurisdiction() != null) {
            membership(instrument, provision, hop.addresseeJurisdiction());
        }
        providerMembership(instrument);
        if (provision.isEmergencyOnly() && !context.isImminentThreat()) {
            add(GapKind.EMERGENCY_ONLY, GapSeverity.BLOCKING, "gap.emergencyOnly", List.of(provision), provision); //$NON-NLS-1$
        }
        seriousness(provision, hop.issuer());
        contactPoints(provision, hop);
        dualCriminality(provision, hop);
        if (hop.addressee() instanceof Provider provider) {
            scope(instrument, provider, hop.issuer());
            enforceability(provision, provider, hop.issuer());
        }
        if (provision.getLegalForce() == LegalForce.VOLUNTARY) {
            add(GapKind.VOLUNTARY_ONLY, GapSeverity.WEAKENING, "gap.voluntary", List.of(provision), //$NON-NLS-1$
                    provision, hop.addressee() != null ? hop.addressee() : hop.addresseeJurisdiction());
        }
        return List.copyOf(gaps);
    }

    private void applicability(Provision provision) {
        Instrument instrument = provision.getInstrument();
        if (instrument.getForceStatus() == ForceStatus.NOT_YET_IN_FORCE) {
            add(GapKind.NOT_IN_FORCE, GapSeverity.BLOCKING, "gap.notYetInForce", List.of(instrument), instrument); //$NON-NLS-1$
        } else if (provision.getForceStatus() == ForceStatus.NOT_YET_IN_FORCE) {
            add(GapKind.NOT_IN_FORCE, GapSeverity.BLOCKING, "gap.notYetInForce", List.of(provision), provision); //$NON-NLS-1$
        } else if (!provision.isValidAt(date)) {
            add(GapKind.NOT_IN_FORCE, GapSeverity.BLOCKING, "gap.notInForce", List.of(provision), provision, date); //$NON-NLS-1$
        } else if (!provision.isApplicableAt(date)) {
            add(GapKind.NOT_YET_APPLICABLE, GapSeverity.BLOCKING, "gap.notYetApplicable", List.of(provision), //$NON-NLS-1$
                    provision, provision.getApplicableFrom(), date);
        }
    }

    /**
     * An instrument that exists under another (an act implementing an executive agreement) applies
     * only while that one is in force and binds the issuer and, for an order to a provider, the
     * provider's seat.
     */
    private void dependency(Instrument instrument, Hop hop) {
        Instrument basis = instrument.getDependsOn();
        if (basis == null || basis == instrument) {
            return;
        }
        List<Jurisdiction> parties = new ArrayList<>(2);
        parties.add(hop.issuer());
        if (hop.addressee() instanceof Provider provider && provider.getJurisdiction() != null) {
            parties.add(provider.getJurisdiction());
        }
        for (Jurisdiction party : parties) {
            if (basis.getForceStatus() == ForceStatus.NOT_YET_IN_FORCE || !isBound(basis, party)) {
                List<EObject> evidence = new ArrayList<>(List.of(instrument, basis));
                evidence.addAll(memberships(basis, party));
                add(GapKind.NOT_IN_FORCE, GapSeverity.BLOCKING, "gap.dependsOn", evidence, instrument, basis, party, date); //$NON-NLS-1$
                return;
            }
        }
    }

    private boolean isBound(Instrument instrument, Jurisdiction party) {
        List<Jurisdiction> chain = ScenarioContext.withParents(party);
        return chain.contains(instrument.getIssuer()) || memberships(instrument, party).stream().anyMatch(this::binds);
    }

    private List<Membership> memberships(Instrument instrument, Jurisdiction party) {
        List<Membership> found = new ArrayList<>(4);
        for (Jurisdiction j : ScenarioContext.withParents(party)) {
            found.addAll(index.memberships(instrument, j));
        }
        return found;
    }

    private boolean binds(Membership membership) {
        return membership.getStatus() == MembershipStatus.PARTY && membership.isValidAt(date);
    }

    /**
     * The party must be the issuer of the instrument, or bound by it at the date; its reservations
     * then count. A membership whose status is not stated leaves it unknown: the step is weakened,
     * not blocked.
     */
    private void membership(Instrument instrument, Provision provision, Jurisdiction party) {
        List<Jurisdiction> chain = ScenarioContext.withParents(party);
        if (instrument.getIssuer() instanceof Provider || chain.contains(instrument.getIssuer())) {
            return;
        }
        // Gathered in one list with the bound ones counted: this runs for every step of every route.
        List<Membership> found = new ArrayList<>(4);
        int bound = 0;
        Membership unstated = null;
        Membership ratified = null;
        for (Jurisdiction j : chain) {
            for (Membership m : index.memberships(instrument, j)) {
                found.add(m);
                if (binds(m)) {
                    bound++;
                } else if (m.isValidAt(date) && m.getStatus() == MembershipStatus.UNSTATED) {
                    unstated = m;
                } else if (m.isValidAt(date) && m.getStatus() == MembershipStatus.RATIFIED) {
                    ratified = m;
                }
            }
        }
        if (bound == 0) {
            if (unstated != null) {
                add(GapKind.NO_MEMBERSHIP, GapSeverity.WEAKENING, "gap.membershipUnstated", List.of(unstated), party, instrument); //$NON-NLS-1$
                return;
            }
            List<EObject> evidence = new ArrayList<>(found);
            evidence.add(party);
            add(GapKind.NO_MEMBERSHIP, GapSeverity.BLOCKING, ratified != null ? "gap.notYetBound" : "gap.noMembership", //$NON-NLS-1$ //$NON-NLS-2$
                    evidence, party, instrument, date);
            return;
        }
        for (Membership m : found) {
            if (binds(m)) {
                reservations(m, provision, party);
            }
        }
    }

    private void reservations(Membership membership, Provision provision, Jurisdiction party) {
        for (Reservation r : membership.getReservations()) {
            if (r.getProvision() == provision && r.isValidAt(date)) {
                if (r.getEffect() == ReservationEffect.EXCLUDES) {
                    add(GapKind.RESERVATION, GapSeverity.BLOCKING, "gap.reservationExcludes", List.of(r, membership), //$NON-NLS-1$
                            party, provision);
                } else if (r.getEffect() == ReservationEffect.RESTRICTS) {
                    add(GapKind.RESERVATION, GapSeverity.WEAKENING, "gap.reservationRestricts", List.of(r, membership), //$NON-NLS-1$
                            party, provision);
                }
            }
        }
    }

    /** An arrangement the provider joined works only while the provider is bound by it. */
    private void providerMembership(Instrument instrument) {
        List<Membership> found = new ArrayList<>();
        for (Membership m : index.memberships(instrument, context.provider())) {
            if (binds(m)) {
                return;
            }
            found.add(m);
        }
        if (!found.isEmpty()) {
            add(GapKind.NO_MEMBERSHIP, GapSeverity.BLOCKING, "gap.noMembership", List.copyOf(found), //$NON-NLS-1$
                    context.provider(), instrument, date);
        }
    }

    private void seriousness(Provision provision, Jurisdiction issuer) {
        Offence offence = context.scenario().getOffence();
        if (provision.getSeriousnessThreshold() == null || offence == null) {
            return;
        }
        for (Criminalisation c : validCriminalisations(offence, issuer)) {
            if (c.getMaxImprisonment() != null && c.getMaxImprisonment().compareTo(provision.getSeriousnessThreshold()) < 0) {
                add(GapKind.BELOW_THRESHOLD, GapSeverity.BLOCKING, "gap.belowThreshold", List.of(c, provision), //$NON-NLS-1$
                        provision, provision.getSeriousnessThreshold(), offence, c.getMaxImprisonment(), issuer);
                return;
            }
        }
    }

    private void contactPoints(Provision provision, Hop hop) {
        for (ContactNetwork network : provision.getRequiredContactNetworks()) {
            requireContact(provision, network, hop.issuer());
            if (!(hop.addressee() instanceof Provider) && hop.addresseeJurisdiction() != null) {
                requireContact(provision, network, hop.addresseeJurisdiction());
            }
        }
    }

    private void requireContact(Provision provision, ContactNetwork network, Jurisdiction jurisdiction) {
        for (Jurisdiction j : ScenarioContext.withParents(jurisdiction)) {
            if (index.contacts(j, network).stream().anyMatch(p -> p.isValidAt(date))) {
                return;
            }
        }
        add(GapKind.NO_POINT_OF_CONTACT, GapSeverity.BLOCKING, "gap.noPointOfContact", List.of(provision, jurisdiction), //$NON-NLS-1$
                provision, network, jurisdiction, date);
    }

    /**
     * Checked where the provision says: by default where the step is executed (the provider's seat,
     * or the requested jurisdiction); at the provider's seat; or in each enforcing State, where the
     * provider's legal representative or establishment is (Regulation (EU) 2023/1543, Art. 12).
     */
    private void dualCriminality(Provision provision, Hop hop) {
        Offence offence = context.scenario().getOffence();
        DualCriminality rule = provision.getDualCriminality();
        if (rule == DualCriminality.NOT_REQUIRED || offence == null) {
            return;
        }
        List<Jurisdiction> venues = switch (provision.getDualCriminalityAssessedIn()) {
            case EXECUTING_STATE -> hop.addresseeJurisdiction() == null ? List.of() : List.of(hop.addresseeJurisdiction());
            case PROVIDER_SEAT -> context.provider().getJurisdiction() == null ? List.of() : List.of(context.provider().getJurisdiction());
            case ENFORCING_STATE -> enforcingStates(hop.issuer());
        };
        if (venues.isEmpty()) {
            add(GapKind.DUAL_CRIMINALITY_UNKNOWN, GapSeverity.NOTE, "gap.dualCriminalityNowhere", List.of(provision), //$NON-NLS-1$
                    provision, provision.getDualCriminalityAssessedIn());
        }
        for (Jurisdiction venue : venues) {
            dualCriminality(provision, rule, offence, venue);
        }
    }

    /** The jurisdictions other than the issuer's where the provider has a legal representative or a subsidiary. */
    private List<Jurisdiction> enforcingStates(Jurisdiction issuer) {
        List<Jurisdiction> states = new ArrayList<>(2);
        for (Establishment e : context.provider().getEstablishments()) {
            if (e.isValidAt(date) && (e.getKind() == EstablishmentKind.LEGAL_REPRESENTATIVE || e.getKind() == EstablishmentKind.SUBSIDIARY)
                    && e.getJurisdiction() != null && e.getJurisdiction() != issuer && !states.contains(e.getJurisdiction())) {
                states.add(e.getJurisdiction());
            }
        }
        return states;
    }

    private void dualCriminality(Provision provision, DualCriminality rule, Offence offence, Jurisdiction executing) {
        List<Criminalisation> recorded = validCriminalisations(offence, executing);
        recorded.removeIf(c -> c.getStatus() == CriminalisationStatus.UNSTATED);
        for (Criminalisation c : recorded) {
            if (c.getStatus() == CriminalisationStatus.NOT_CRIMINAL) {
                GapSeverity severity = rule == DualCriminality.GROUND_FOR_REFUSAL ? GapSeverity.WEAKENING : GapSeverity.BLOCKING;
                String key = c.getStatute() == null || c.getStatute().isBlank() ? "gap.dualCriminalityFails" //$NON-NLS-1$
                        : "gap.dualCriminalityFailsUnder"; //$NON-NLS-1$
                add(GapKind.DUAL_CRIMINALITY_FAILS, severity, key, List.of(c, provision), provision, offence, executing,
                        c.getStatute());
                return;
            }
        }
        if (recorded.isEmpty()) {
            add(GapKind.DUAL_CRIMINALITY_UNKNOWN, GapSeverity.NOTE, "gap.dualCriminalityUnknown", List.of(provision), //$NON-NLS-1$
                    provision, offence, executing);
        }
    }

    private List<Criminalisation> validCriminalisations(Offence offence, Jurisdiction jurisdiction) {
        List<Criminalisation> result = new ArrayList<>();
        for (Jurisdiction j : ScenarioContext.withParents(jurisdiction)) {
            index.criminalisations(offence, j).stream().filter(c -> c.isValidAt(date)).forEach(result::add);
        }
        return result;
    }

    /** A domestic obligation reaches only its class of addressees. */
    private void scope(Instrument instrument, Provider provider, Jurisdiction issuer) {
        if (!(instrument instanceof DomesticObligation obligation) || obligation.getAddresseeClass() == null) {
            return;
        }
        boolean inScope = switch (obligation.getAddresseeClass()) {
            case ANY_PERSON, ANY_PROVIDER -> true;
            case ESTABLISHED_PROVIDERS -> isSeatedIn(provider, issuer) || !establishments(provider, issuer, null).isEmpty();
            case DECLARED_OPERATORS ->
                !establishments(provider, issuer, Set.of(EstablishmentKind.OPERATOR_DECLARATION)).isEmpty();
        };
        if (!inScope) {
            add(GapKind.OUT_OF_SCOPE, GapSeverity.BLOCKING, "gap.outOfScope", List.of(obligation, provider), //$NON-NLS-1$
                    obligation, obligation.getAddresseeClass(), provider, issuer);
        }
    }

    /**
     * A binding order under domestic or supranational law compels only a provider present where it
     * is issued (for supranational law: in any jurisdiction bound by it); a treaty carries its own
     * cross-border effect and is not checked here.
     */
    private void enforceability(Provision provision, Provider provider, Jurisdiction issuer) {
        Instrument instrument = provision.getInstrument();
        boolean domestic = instrument instanceof DomesticObligation || instrument.getKind() == InstrumentKind.DOMESTIC_LAW;
        boolean supranational = instrument.getKind() == InstrumentKind.SUPRANATIONAL_LAW;
        if (provision.getLegalForce() != LegalForce.BINDING || !(domestic || supranational)) {
            return;
        }
        List<Jurisdiction> where = new ArrayList<>(List.of(issuer));
        if (supranational) {
            for (Membership m : instrument.getMemberships()) {
                if (m.getParty() instanceof Jurisdiction j && binds(m)) {
                    where.add(j);
                }
            }
        }
        for (Jurisdiction j : where) {
            if (isSeatedIn(provider, j) || !establishments(provider, j, COMPELLABLE).isEmpty()) {
                return;
            }
        }
        add(GapKind.NO_ESTABLISHMENT, GapSeverity.BLOCKING, "gap.noEstablishment", List.of(provision, provider), //$NON-NLS-1$
                provision, provider, issuer);
    }

    private static boolean isSeatedIn(Provider provider, Jurisdiction jurisdiction) {
        return provider.getJurisdiction() != null
                && ScenarioContext.withParents(provider.getJurisdiction()).contains(jurisdiction);
    }

    private List<Establishment> establishments(Provider provider, Jurisdiction jurisdiction, Set<EstablishmentKind> kinds) {
        return index.establishments(provider, jurisdiction).stream()
                .filter(e -> e.isValidAt(date) && (kinds == null || kinds.contains(e.getKind())))
                .toList();
    }

    private void add(GapKind kind, GapSeverity severity, String key, List<? extends EObject> evidence, Object... arguments) {
        gaps.add(new Gap(kind, severity, step, evidence, key, arguments));
    }
}
