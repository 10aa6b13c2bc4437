package org.lawfulaccess.core.tests.routes;

import java.time.LocalDate;
import java.util.List;

import org.lawfulaccess.model.AddresseeRole;
import org.lawfulaccess.model.Authority;
import org.lawfulaccess.model.AuthorityKind;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.CriminalisationStatus;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Establishment;
import org.lawfulaccess.model.EstablishmentKind;
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

/**
 * Builds small ecosystems in code with neutral names for the route tests: State A requests, the
 * provider is seated in State B.
 */
final class RouteModel {

    static final LawfulFactory F = LawfulFactory.eINSTANCE;
    static final LocalDate EVENT = LocalDate.of(2020, 1, 1);
    static final LocalDate REQUEST = LocalDate.of(2020, 1, 15);

    final Ecosystem eco = F.createEcosystem();
    final Jurisdiction a = jurisdiction("State A", "AA");
    final Jurisdiction b = jurisdiction("State B", "BB");
    final Authority prosecutor = authority("Prosecutor of A", a, AuthorityKind.PROSECUTION);
    final Authority centralB = authority("Central authority of B", b, AuthorityKind.CENTRAL_AUTHORITY);
    final Provider provider = provider("Provider P", b);
    final Offence offence = F.createOffence();
    final Scenario scenario;

    RouteModel() {
        eco.setName("Ecosystem");
        eco.setAsOf(REQUEST);
        offence.setName("Offence O");
        eco.getOffences().add(offence);
        scenario = scenario("Scenario S", provider);
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
        p.getKinds().add(ProviderKind.SOCIAL_NETWORK);
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
            member(i, p, MembershipStatus.PARTY);
        }
        return i;
    }

    Membership member(Instrument i, Party p, MembershipStatus status) {
        Membership m = F.createMembership();
        m.setParty(p);
        m.setStatus(status);
        i.getMemberships().add(m);
        return m;
    }

    Provision provision(Instrument i, String name, RouteKind kind, AddresseeRole to, LegalForce force, String min, String max) {
        Provision p = F.createProvision();
        p.setName(name);
        p.setRouteKind(kind);
        p.setAddresseeRole(to);
        p.setLegalForce(force);
        p.setMinLatency(min == null ? null : TimeSpan.parse(min));
        p.setMaxLatency(max == null ? null : TimeSpan.parse(max));
        p.getDataCategories().addAll(List.of(DataCategory.SUBSCRIBER, DataCategory.TRAFFIC));
        p.getIssuingRoles().addAll(List.of(AuthorityKind.PROSECUTION, AuthorityKind.CENTRAL_AUTHORITY));
        i.getProvisions().add(p);
        return p;
    }

    /** A voluntary arrangement between State A and the provider allowing direct requests. */
    Provision directRequest(String min, String max) {
        Instrument arrangement = instrument("Arrangement A-P", InstrumentKind.VOLUNTARY_ARRANGEMENT, null, a, provider);
        return provision(arrangement, "Direct request", RouteKind.DIRECT_REQUEST, AddresseeRole.PROVIDER,
                LegalForce.VOLUNTARY, min, max);
    }

    /** A treaty between two states for assistance through central authorities. */
    Provision mlat(Jurisdiction from, Jurisdiction to, String min, String max) {
        Instrument treaty = instrument("Treaty " + from.getCode() + "-" + to.getCode(), InstrumentKind.BILATERAL_TREATY, null, from, to);
        return provision(treaty, "Request for assistance", RouteKind.MUTUAL_LEGAL_ASSISTANCE, AddresseeRole.CENTRAL_AUTHORITY,
                LegalForce.BINDING, min, max);
    }

    /** A state's own law for orders to providers. */
    Provision domesticOrder(Jurisdiction state, String min, String max) {
        Instrument law = instrument("Procedure law of " + state.getCode(), InstrumentKind.DOMESTIC_LAW, state);
        return provision(law, "Production order", RouteKind.PRODUCTION_ORDER, AddresseeRole.PROVIDER, LegalForce.BINDING, min, max);
    }

    Criminalisation criminalisation(Jurisdiction j, CriminalisationStatus status) {
        Criminalisation c = F.createCriminalisation();
        c.setOffence(offence);
        c.setJurisdiction(j);
        c.setStatus(status);
        eco.getFacts().add(c);
        return c;
    }

    ProviderPractice practice(Provider p, Jurisdiction from, RouteKind kind, PracticeOutcome outcome) {
        ProviderPractice x = F.createProviderPractice();
        x.setProvider(p);
        x.setRequestingJurisdiction(from);
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

    PointOfContact contact(Jurisdiction j, ContactNetwork network) {
        PointOfContact p = F.createPointOfContact();
        p.setJurisdiction(j);
        p.setNetwork(network);
        eco.getFacts().add(p);
        return p;
    }

    Establishment establishment(Provider p, Jurisdiction j, EstablishmentKind kind) {
        Establishment e = F.createEstablishment();
        e.setJurisdiction(j);
        e.setKind(kind);
        p.getEstablishments().add(e);
        return e;
    }
}
