package org.lawfulaccess.core.internal.routes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lawfulaccess.model.Actor;
import org.lawfulaccess.model.AddresseeRole;
import org.lawfulaccess.model.AuthorityKind;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.Establishment;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.Party;
import org.lawfulaccess.model.PointOfContact;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.RouteKind;

/**
 * Enumerates candidate paths from the requesting authority to the provider through the index.
 * From an issuing jurisdiction the candidate instruments are those it is a member of or issued,
 * and the target provider's own policies; a provision addressed to the provider ends a path, one
 * addressed to an authority continues in the requested jurisdiction (the provider's seat or a
 * jurisdiction where it is established) with that jurisdiction's provisions. A preservation step
 * does not hand the request over: after it the requesting authority continues, so "24/7
 * preservation, then mutual assistance" is one path.
 *
 * <p>Paths are found whether or not they are legally available at the date, so that the gaps of a
 * near miss (a membership that lapsed, a provision not yet applicable) can be reported; what is not
 * in the data at all (no membership of any kind) yields no path.
 */
final class PathFinder {

    private final RouteIndex index;
    private final ScenarioContext context;
    private final int maxSteps;
    private final List<List<Hop>> paths = new ArrayList<>();
    private List<Jurisdiction> requested;
    /** The preservation step opening the path being extended, if any. */
    private Hop preservedHop;
    private final Map<Jurisdiction, List<Provision>> requesterCandidates = new HashMap<>();
    private final Map<Jurisdiction, List<Provision>> executorCandidates = new HashMap<>();
    private final Map<Instrument, Set<Jurisdiction>> requestedMembers = new HashMap<>();

    PathFinder(RouteIndex index, ScenarioContext context, int maxSteps) {
        this.index = index;
        this.context = context;
        this.maxSteps = maxSteps;
    }

    List<List<Hop>> find() {
        if (context.isComplete()) {
            requested = requestedJurisdictions();
            Set<Jurisdiction> visited = new LinkedHashSet<>();
            visited.add(context.requesting());
            extend(new ArrayList<>(), context.requesting(), true, visited);
        }
        return paths;
    }

    private void extend(List<Hop> path, Jurisdiction issuer, boolean asRequester, Set<Jurisdiction> visited) {
        if (path.size() >= maxSteps) {
            return;
        }
        for (Provision provision : candidates(issuer, asRequester)) {
            if (!onPath(path, provision)) {
                follow(path, issuer, asRequester, provision, visited);
            }
        }
    }

    /**
     * The usable provisions of the instruments available to an issuer, in the order the search
     * visits them. They depend only on the issuer and its role, since the scenario is fixed for this
     * finder, so they are computed once per issuer: the search reaches the same jurisdictions again
     * and again through different paths.
     */
    private List<Provision> candidates(Jurisdiction issuer, boolean asRequester) {
        Map<Jurisdiction, List<Provision>> cache = asRequester ? requesterCandidates : executorCandidates;
        List<Provision> known = cache.get(issuer);
        if (known != null) {
            return known;
        }
        List<Provision> found = new ArrayList<>();
        for (Instrument instrument : instrumentsFor(issuer)) {
            if (!concernsTarget(instrument)) {
                continue;
            }
            // Only provisions covering the data can be usable; the index keeps that list per category.
            for (Provision provision : index.provisionsCovering(instrument, context.category())) {
                if (usable(provision, asRequester)) {
                    found.add(provision);
                }
            }
        }
        cache.put(issuer, found);
        return found;
    }

    /**
     * What the search looked at, for {@link Footprints}: the jurisdictions it issued from or could
     * request, and the provisions it considered.
     */
    Reach reach() {
        Set<Jurisdiction> jurisdictions = new LinkedHashSet<>(requesterCandidates.keySet());
        jurisdictions.addAll(executorCandidates.keySet());
        if (requested != null) {
            jurisdictions.addAll(requested);
        }
        List<List<Provision>> candidates = new ArrayList<>(requesterCandidates.values());
        candidates.addAll(executorCandidates.values());
        return new Reach(jurisdictions, candidates);
    }

    /**
     * @param jurisdictions the jurisdictions a search issued from or could request
     * @param candidates the provisions it considered, by issuer
     */
    record Reach(Set<Jurisdiction> jurisdictions, List<List<Provision>> candidates) {
    }

    private static boolean onPath(List<Hop> path, Provision provision) {
        for (Hop hop : path) {
            if (hop.provision() == provision) {
                return true;
            }
        }
        return false;
    }

    private void follow(List<Hop> path, Jurisdiction issuer, boolean asRequester, Provision provision,
            Set<Jurisdiction> visited) {
        boolean preservation = provision.getRouteKind() == RouteKind.PRESERVATION;
        if (preservation && !path.isEmpty()) {
            return; // preservation only opens a path; later it would preserve nothing new
        }
        boolean afterPreservation = path.size() == 1 && preservedHop != null;
        if (afterPreservation && provision.getRouteKind() == RouteKind.EMERGENCY_REQUEST) {
            return; // an emergency request is answered before preservation would matter
        }
        AddresseeRole role = provision.getAddresseeRole();
        if (role == AddresseeRole.PROVIDER || role == AddresseeRole.ANY_PERSON) {
            if (!asRequester && !ScenarioContext.withParents(issuer).contains(provision.getInstrument().getIssuer())) {
                return; // a requested state executes assistance under its own law, not under another treaty
            }
            Provider provider = context.provider();
            Hop hop = new Hop(provision, issuer, provider, provider.getJurisdiction());
            if (preservation) {
                extendAfterPreservation(path, hop, visited);
            } else {
                List<Hop> complete = new ArrayList<>(path);
                complete.add(hop);
                paths.add(complete);
            }
            return;
        }
        for (Jurisdiction requested : requested) {
            if (visited.contains(requested) || !membersAmongRequested(provision.getInstrument()).contains(requested)) {
                continue;
            }
            if (afterPreservation && !(preservedHop.addressee() instanceof Provider)
                    && preservedHop.addresseeJurisdiction() != requested) {
                continue; // data preserved in one state is obtained from that state
            }
            Hop hop = new Hop(provision, issuer, addressee(role, requested, provision), requested);
            if (preservation) {
                extendAfterPreservation(path, hop, visited);
            } else {
                path.add(hop);
                visited.add(requested);
                extend(path, requested, false, visited);
                visited.remove(requested);
                path.remove(path.size() - 1);
            }
        }
    }

    private void extendAfterPreservation(List<Hop> path, Hop hop, Set<Jurisdiction> visited) {
        path.add(hop);
        preservedHop = hop;
        extend(path, context.requesting(), true, visited);
        preservedHop = null;
        path.remove(path.size() - 1);
    }

    /**
     * The provision must cover the data, and the first step must name the requesting authority's
     * kind among its issuing roles (a provision with none is not a request route, e.g. a duty to
     * designate a contact). A requested state acts through whichever of its authorities its law names.
     */
    private boolean usable(Provision provision, boolean asRequester) {
        // Coverage of the data is already ensured: candidates come from RouteIndex.provisionsCovering.
        AuthorityKind kind = context.requester().getKind();
        return !asRequester || provision.getIssuingRoles().contains(kind);
    }

    /** The issuer's instruments and the target provider's own policies, each once. */
    private List<Instrument> instrumentsFor(Jurisdiction issuer) {
        List<Instrument> own = index.instrumentsOf(issuer);
        List<Instrument> policies = index.instrumentsIssuedBy(context.provider());
        if (policies.isEmpty()) {
            return own;
        }
        Set<Instrument> all = new LinkedHashSet<>(own);
        all.addAll(policies);
        return new ArrayList<>(all);
    }

    /** A provider's policy or an arrangement with providers applies only to those providers. */
    private boolean concernsTarget(Instrument instrument) {
        Party issuer = instrument.getIssuer();
        if (issuer instanceof Provider && issuer != context.provider()) {
            return false;
        }
        List<Provider> members = index.providerMembers(instrument);
        return members.isEmpty() || members.contains(context.provider());
    }

    /**
     * The requested jurisdictions (fixed for this finder) that belong to an instrument; computed
     * once per instrument instead of once per provision and path.
     */
    private Set<Jurisdiction> membersAmongRequested(Instrument instrument) {
        return requestedMembers.computeIfAbsent(instrument, i -> {
            Set<Jurisdiction> members = new HashSet<>();
            for (Jurisdiction j : requested) {
                if (hasMember(i, j)) {
                    members.add(j);
                }
            }
            return members;
        });
    }

    private boolean hasMember(Instrument instrument, Jurisdiction jurisdiction) {
        for (Jurisdiction j : ScenarioContext.withParents(jurisdiction)) {
            if (instrument.getIssuer() == j || index.hasMembership(instrument, j)) {
                return true;
            }
        }
        return false;
    }

    /** Where the provider can be reached through another state's authorities: its seat and establishments. */
    private List<Jurisdiction> requestedJurisdictions() {
        Set<Jurisdiction> result = new LinkedHashSet<>();
        Provider provider = context.provider();
        if (provider.getJurisdiction() != null) {
            result.add(provider.getJurisdiction());
        }
        for (Establishment e : index.establishmentsOf(provider)) {
            if (e.getJurisdiction() != null && e.isValidAt(context.date())) {
                result.add(e.getJurisdiction());
            }
        }
        return new ArrayList<>(result);
    }

    private Actor addressee(AddresseeRole role, Jurisdiction requested, Provision provision) {
        if (role == AddresseeRole.CENTRAL_AUTHORITY) {
            return index.authorities(requested, AuthorityKind.CENTRAL_AUTHORITY).stream().findFirst().orElse(null);
        }
        if (role == AddresseeRole.POINT_OF_CONTACT) {
            List<ContactNetwork> networks = provision.getRequiredContactNetworks().isEmpty()
                    ? List.of(ContactNetwork.values())
                    : provision.getRequiredContactNetworks();
            for (ContactNetwork network : networks) {
                for (PointOfContact poc : index.contacts(requested, network)) {
                    if (poc.isValidAt(context.date()) && poc.getDesignatedActor() != null) {
                        return poc.getDesignatedActor();
                    }
                }
            }
        }
        return null;
    }
}
