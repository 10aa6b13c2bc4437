package org.lawfulaccess.core.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.lawfulaccess.model.AddresseeClass;
import org.lawfulaccess.model.AddresseeRole;
import org.lawfulaccess.model.AuthorityKind;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.DomesticObligation;
import org.lawfulaccess.model.DualCriminality;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.InstrumentKind;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LegalForce;
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.MembershipStatus;
import org.lawfulaccess.model.ObligationKind;
import org.lawfulaccess.model.Party;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.Reservation;
import org.lawfulaccess.model.ReservationEffect;
import org.lawfulaccess.model.RouteKind;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.model.SourceKind;
import org.lawfulaccess.model.VerificationStatus;
import org.lawfulaccess.model.value.TimeSpan;

/**
 * Treaties and laws: multilateral conventions with the four kinds of provision the seed cases use
 * (preservation, mutual assistance, 24/7 network, direct disclosure), memberships and reservations;
 * each jurisdiction's production and retention laws; one mutual legal assistance treaty per
 * jurisdiction with a provider hub; voluntary arrangements with providers. Together with the
 * providers' policies these give every scenario routes: a domestic order, an MLAT, a treaty, a
 * voluntary channel.
 */
@SuppressWarnings("nls") // made-up data, not user interface text
final class InstrumentBuilder {

    private static final List<DataCategory> STORED = List.of(DataCategory.SUBSCRIBER, DataCategory.TRAFFIC, DataCategory.CONTENT);
    private static final List<DataCategory> NON_CONTENT = List.of(DataCategory.SUBSCRIBER, DataCategory.TRAFFIC);

    private final GeneratorContext ctx;

    InstrumentBuilder(GeneratorContext ctx) {
        this.ctx = ctx;
    }

    void build() {
        for (int i = 0; i < ctx.plan.treaties(); i++) {
            treaty(i);
        }
        for (JurisdictionData data : ctx.jurisdictions) {
            for (Instrument treaty : treatiesOf(data)) {
                join(data.jurisdiction, treaty, ctx.chance(85) ? MembershipStatus.PARTY : MembershipStatus.SIGNATORY, true);
            }
        }
        for (int i = 0; i < ctx.plan.reservations(); i++) {
            reservation();
        }
        for (JurisdictionData data : ctx.jurisdictions) {
            productionLaw(data);
            retentionLaw(data);
        }
        for (JurisdictionData data : ctx.jurisdictions) {
            mutualAssistanceTreaty(data);
        }
        for (int i = 0; i < ctx.plan.arrangements(); i++) {
            arrangement();
        }
    }

    private void treaty(int index) {
        Instrument treaty = ctx.factory.createInstrument();
        treaty.setKind(InstrumentKind.MULTILATERAL_TREATY);
        String place = ctx.names.word();
        if (index == 0) {
            treaty.setName(place + " Convention on Cybercrime");
            treaty.setAdoptedOn(ctx.day(1998, 2003));
        } else if (ctx.chance(30)) {
            treaty.setName("Additional Protocol " + index + " to the " + ctx.treaties.get(0).getName());
            treaty.setSupplements(ctx.treaties.get(0));
            treaty.setAdoptedOn(ctx.day(2010, 2022));
        } else {
            treaty.setName(place + " Convention on Mutual Assistance in Criminal Matters");
            treaty.setAdoptedOn(ctx.day(1990, 2020));
        }
        treaty.setLegalCitation("Treaty Series No. " + (100 + ctx.nextInt(200)));
        Source source = ctx.source("Treaty Series: " + treaty.getName(), "Depositary", SourceKind.OFFICIAL_TEXT,
                VerificationStatus.VERIFIED, treaty.getLegalCitation());
        ctx.instrumentSources.put(treaty, source);
        ctx.cite(treaty, source, "The Parties agree to cooperate to the widest extent possible.", "Preamble");
        LocalDate inForce = ctx.after(treaty.getAdoptedOn(), 3 * 365);

        Provision preservation = Provisions.create(ctx, treaty, "Expedited preservation of stored data", RouteKind.PRESERVATION,
                inForce, STORED, List.of(AuthorityKind.POLICE, AuthorityKind.PROSECUTION), AddresseeRole.COMPETENT_AUTHORITY,
                LegalForce.BINDING, DualCriminality.NOT_REQUIRED);
        preservation.setPreservationPeriod(TimeSpan.days(60 + 30 * ctx.nextInt(2)));
        preservation.setMaxLatency(TimeSpan.days(1 + ctx.nextInt(7)));
        Provision assistance = Provisions.create(ctx, treaty, "Mutual assistance regarding stored data", RouteKind.MUTUAL_LEGAL_ASSISTANCE,
                inForce, STORED, List.of(AuthorityKind.PROSECUTION, AuthorityKind.JUDICIARY, AuthorityKind.CENTRAL_AUTHORITY),
                AddresseeRole.CENTRAL_AUTHORITY, LegalForce.BINDING,
                ctx.chance(50) ? DualCriminality.REQUIRED_BY_LAW : DualCriminality.GROUND_FOR_REFUSAL);
        assistance.setMinLatency(TimeSpan.months(3 + ctx.nextInt(4)));
        assistance.setMaxLatency(TimeSpan.months(9 + ctx.nextInt(10)));
        Provision network = Provisions.create(ctx, treaty, "24/7 network", RouteKind.EMERGENCY_REQUEST, inForce, NON_CONTENT,
                List.of(AuthorityKind.POLICE), AddresseeRole.POINT_OF_CONTACT, LegalForce.BINDING, DualCriminality.NOT_REQUIRED);
        network.getRequiredContactNetworks().add(ContactNetwork.BUDAPEST_24_7);
        network.setEmergencyLatency(TimeSpan.hours(24));
        network.setMaxLatency(TimeSpan.days(3));
        Provision disclosure = Provisions.create(ctx, treaty, "Disclosure of subscriber information", RouteKind.DIRECT_REQUEST,
                inForce, List.of(DataCategory.SUBSCRIBER), List.of(AuthorityKind.PROSECUTION, AuthorityKind.JUDICIARY),
                AddresseeRole.PROVIDER, LegalForce.BINDING, DualCriminality.NOT_REQUIRED);
        disclosure.setApplicableFrom(ctx.after(inForce, 2 * 365));
        disclosure.setMaxLatency(TimeSpan.days(30));
        ctx.root.getInstruments().add(treaty);
        ctx.treaties.add(treaty);
    }

    /** Two different treaties; most jurisdictions belong to the first, the global convention. */
    private List<Instrument> treatiesOf(JurisdictionData data) {
        List<Instrument> treaties = ctx.treaties;
        Instrument first = ctx.chance(75) ? treaties.get(0) : ctx.pick(treaties);
        Instrument second = ctx.pick(treaties);
        if (second == first) {
            second = treaties.get((treaties.indexOf(first) + 1) % treaties.size());
        }
        return List.of(first, second);
    }

    private Membership join(Party party, Instrument instrument, MembershipStatus status, boolean treaty) {
        Membership membership = ctx.factory.createMembership();
        membership.setParty(party);
        membership.setStatus(status);
        LocalDate from = instrument.getAdoptedOn() == null ? ctx.day(2000, 2020) : ctx.after(instrument.getAdoptedOn(), 8 * 365);
        membership.setValidFrom(from.isAfter(ctx.root.getAsOf()) ? instrument.getAdoptedOn() : from);
        ctx.cite(membership, ctx.instrumentSources.get(instrument),
                (status == MembershipStatus.PARTY ? "Ratified by " : "Signed by ") + party.getName() + ".", "Chart of signatures");
        instrument.getMemberships().add(membership);
        if (treaty) {
            ctx.treatyMemberships.add(membership);
        }
        return membership;
    }

    private void reservation() {
        Membership membership = ctx.pick(ctx.treatyMemberships);
        Instrument treaty = membership.getInstrument();
        Provision provision = ctx.pick(treaty.getProvisions());
        Reservation reservation = ctx.factory.createReservation();
        reservation.setProvision(provision);
        reservation.setEffect(ctx.pick(ReservationEffect.values()));
        reservation.setText(membership.getParty().getName() + " reserves the right not to apply " + provision.getLegalCitation() + ".");
        reservation.setValidFrom(membership.getValidFrom());
        ctx.cite(reservation, ctx.instrumentSources.get(treaty), reservation.getText(), "Reservations and declarations");
        membership.getReservations().add(reservation);
    }

    private void productionLaw(JurisdictionData data) {
        DomesticObligation law = domestic(data, data.jurisdiction.getName() + " Code of Criminal Procedure",
                ctx.chance(70) ? ObligationKind.PRODUCTION : ObligationKind.DUTY_TO_COOPERATE,
                ctx.chance(50) ? AddresseeClass.ANY_PROVIDER : AddresseeClass.ESTABLISHED_PROVIDERS);
        LocalDate inForce = ctx.after(law.getAdoptedOn(), 365);
        Provision order = Provisions.create(ctx, law, "Production order", RouteKind.PRODUCTION_ORDER, inForce, NON_CONTENT,
                List.of(AuthorityKind.PROSECUTION, AuthorityKind.JUDICIARY, AuthorityKind.POLICE), AddresseeRole.PROVIDER,
                LegalForce.BINDING, DualCriminality.NOT_REQUIRED);
        order.setMaxLatency(TimeSpan.days(10 + ctx.nextInt(21)));
        if (ctx.chance(70)) {
            Provision interception = Provisions.create(ctx, law, "Interception of communications", RouteKind.INTERCEPTION, inForce,
                    List.of(DataCategory.REAL_TIME, DataCategory.CONTENT), List.of(AuthorityKind.JUDICIARY), AddresseeRole.PROVIDER,
                    LegalForce.BINDING, DualCriminality.NOT_REQUIRED);
            interception.setSeriousnessThreshold(new TimeSpan(1 + ctx.nextInt(4), ChronoUnit.YEARS));
        } else {
            Provisions.create(ctx, law, "Disclosure of decryption keys", RouteKind.KEY_DISCLOSURE, inForce, List.of(DataCategory.CONTENT),
                    List.of(AuthorityKind.JUDICIARY, AuthorityKind.PROSECUTION), AddresseeRole.ANY_PERSON, LegalForce.BINDING,
                    DualCriminality.NOT_REQUIRED);
        }
        data.production = law;
    }

    private void retentionLaw(JurisdictionData data) {
        DomesticObligation law = domestic(data, data.jurisdiction.getName() + " Electronic Communications Act", ObligationKind.RETENTION,
                AddresseeClass.DECLARED_OPERATORS);
        Provision preservation = Provisions.create(ctx, law, "Preservation order", RouteKind.PRESERVATION,
                ctx.after(law.getAdoptedOn(), 365), NON_CONTENT, List.of(AuthorityKind.POLICE, AuthorityKind.PROSECUTION),
                AddresseeRole.PROVIDER, LegalForce.BINDING, DualCriminality.NOT_REQUIRED);
        preservation.setPreservationPeriod(TimeSpan.days(90));
        preservation.setMaxLatency(TimeSpan.days(2));
        data.retention = law;
    }

    private DomesticObligation domestic(JurisdictionData data, String name, ObligationKind kind, AddresseeClass addressees) {
        DomesticObligation law = ctx.factory.createDomesticObligation();
        law.setKind(InstrumentKind.DOMESTIC_LAW);
        law.setName(name);
        law.setObligationKind(kind);
        law.setAddresseeClass(addressees);
        law.setIssuer(data.jurisdiction);
        law.setAdoptedOn(ctx.day(1990, 2016));
        law.setLegalCitation("Law of " + law.getAdoptedOn());
        ctx.instrumentSources.put(law, data.officialText());
        ctx.cite(law, data.officialText(), name + ", as amended.", ctx.names.page());
        ctx.root.getInstruments().add(law);
        return law;
    }

    private void mutualAssistanceTreaty(JurisdictionData data) {
        Jurisdiction partner = ctx.pick(ctx.hubs);
        if (partner == data.jurisdiction) {
            partner = ctx.other(data).jurisdiction;
        }
        data.partner = partner;
        List<Provider> seated = ctx.providersBySeat.get(partner);
        data.target = seated != null ? ctx.pick(seated) : ctx.pick(ctx.providers);

        Instrument treaty = ctx.factory.createInstrument();
        treaty.setKind(InstrumentKind.BILATERAL_TREATY);
        treaty.setName("MLAT " + data.code() + "\u2013" + partner.getCode());
        treaty.setAdoptedOn(ctx.day(1985, 2015));
        ctx.instrumentSources.put(treaty, data.officialText());
        ctx.cite(treaty, data.officialText(), "Treaty on mutual legal assistance in criminal matters.", ctx.names.page());
        Provision assistance = Provisions.create(ctx, treaty, "Mutual legal assistance", RouteKind.MUTUAL_LEGAL_ASSISTANCE,
                ctx.after(treaty.getAdoptedOn(), 730), STORED,
                List.of(AuthorityKind.PROSECUTION, AuthorityKind.JUDICIARY, AuthorityKind.CENTRAL_AUTHORITY), AddresseeRole.CENTRAL_AUTHORITY,
                LegalForce.BINDING, DualCriminality.REQUIRED_BY_LAW);
        assistance.setMinLatency(TimeSpan.days(90 + ctx.nextInt(91)));
        assistance.setMaxLatency(TimeSpan.days(270 + ctx.nextInt(271)));
        ctx.root.getInstruments().add(treaty);
        join(data.jurisdiction, treaty, MembershipStatus.PARTY, false);
        join(partner, treaty, MembershipStatus.PARTY, false);
    }

    private void arrangement() {
        JurisdictionData data = ctx.pick(ctx.jurisdictions);
        Provider provider = data.target;
        Instrument arrangement = ctx.factory.createInstrument();
        arrangement.setKind(InstrumentKind.VOLUNTARY_ARRANGEMENT);
        arrangement.setName("Cooperation arrangement " + data.code() + "\u2013" + provider.getName());
        arrangement.setAdoptedOn(ctx.day(2012, 2022));
        ctx.instrumentSources.put(arrangement, data.officialAnswer());
        ctx.cite(arrangement, data.officialAnswer(), "An informal agreement exists with " + provider.getName() + ".", ctx.names.page());
        Provision requests = Provisions.create(ctx, arrangement, "Direct requests", RouteKind.DIRECT_REQUEST, arrangement.getAdoptedOn(),
                NON_CONTENT, List.of(AuthorityKind.POLICE, AuthorityKind.PROSECUTION), AddresseeRole.PROVIDER, LegalForce.VOLUNTARY,
                DualCriminality.REQUIRED_BY_ADDRESSEE_POLICY);
        requests.setMinLatency(new TimeSpan(2, ChronoUnit.WEEKS));
        requests.setMaxLatency(TimeSpan.months(6));
        ctx.root.getInstruments().add(arrangement);
        join(data.jurisdiction, arrangement, MembershipStatus.PARTY, false);
        join(provider, arrangement, MembershipStatus.PARTY, false);
    }
}
