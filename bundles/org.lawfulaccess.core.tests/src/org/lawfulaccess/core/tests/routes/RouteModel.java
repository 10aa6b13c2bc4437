package org.lawfulaccess.core.tests.routes;

import java.time.LocalDate;
import java.util.List;

import org.lawfulaccess.model.AddresseeRole;
import org.lawfulaccess.model.Authority;
import org.lawfulaccess.model.AuthorityKind;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.CriminalisationStatus;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.InstrumentKind;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.model.LegalForce;
import org.lawfulaccess.model.Offence;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.ProviderKind;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.RetentionBound;
import org.lawfulaccess.model.RetentionRule;
import org.lawfulaccess.model.RouteKind;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.tests.support.ModelBuilder;

/**
 * Builds small ecosystems in code with neutral names for the route tests: State A requests, the
 * provider is seated in State B. Route reasoning needs no ids, so the ecosystem is held in no resource.
 */
final class RouteModel extends ModelBuilder {

    static final LawfulFactory F = LawfulFactory.eINSTANCE;
    static final LocalDate EVENT = LocalDate.of(2020, 1, 1);
    static final LocalDate REQUEST = LocalDate.of(2020, 1, 15);

    final Ecosystem eco = named("Ecosystem").asOf(REQUEST)
            .routeProvisionsCover(List.of(DataCategory.SUBSCRIBER, DataCategory.TRAFFIC),
                    List.of(AuthorityKind.PROSECUTION, AuthorityKind.CENTRAL_AUTHORITY))
            .ecosystem();
    final Jurisdiction a = jurisdiction("State A", "AA");
    final Jurisdiction b = jurisdiction("State B", "BB");
    final Authority prosecutor = authority("Prosecutor of A", a, AuthorityKind.PROSECUTION);
    final Authority centralB = authority("Central authority of B", b, AuthorityKind.CENTRAL_AUTHORITY);
    final Provider provider = provider("Provider P", b);
    final Offence offence = offence("Offence O");
    final Scenario scenario = scenario("Scenario S", provider);

    /** A social network seated in the jurisdiction. */
    Provider provider(String name, Jurisdiction seat) {
        return provider(name, seat, ProviderKind.SOCIAL_NETWORK);
    }

    /** A request by the prosecutor of State A for subscriber data of the target. */
    Scenario scenario(String name, Provider target) {
        return scenario(name, prosecutor, target, offence, DataCategory.SUBSCRIBER, EVENT, REQUEST);
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
        return criminalisation(offence, j, status, null);
    }

    /** A maximum retention period. */
    RetentionRule retention(Jurisdiction j, String duration) {
        return retention(j, duration, RetentionBound.MAXIMUM);
    }
}
