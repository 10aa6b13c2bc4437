package org.lawfulaccess.core.internal.routes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.lawfulaccess.model.Authority;
import org.lawfulaccess.model.AuthorityKind;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Establishment;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.Offence;
import org.lawfulaccess.model.Party;
import org.lawfulaccess.model.PointOfContact;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.ProviderPractice;
import org.lawfulaccess.model.RetentionRule;
import org.lawfulaccess.model.Scenario;

/**
 * The hash indexes route finding reads, filled in one pass over the ecosystem's contents. Keys are
 * model elements (identity), never names, so renaming changes nothing. Lists keep model order so
 * that results are deterministic.
 */
public final class RouteIndex {

    record Pair<A, B>(A first, B second) {
        // Keys are model elements and enum literals, which compare by identity anyway. Spelled out
        // because the generated record methods showed up as a hot spot in route finding.
        @Override
        public boolean equals(Object other) {
            return other instanceof Pair<?, ?> pair && pair.first == first && pair.second == second;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(first) + System.identityHashCode(second);
        }
    }

    private final Map<Party, List<Membership>> membershipsByParty = new HashMap<>();
    private final Map<Pair<Instrument, Party>, List<Membership>> membershipsByInstrumentAndParty = new HashMap<>();
    private final Map<Party, List<Instrument>> instrumentsByIssuer = new HashMap<>();
    private final Map<Pair<Provider, Jurisdiction>, List<ProviderPractice>> practices = new HashMap<>();
    private final Map<Pair<Offence, Jurisdiction>, List<Criminalisation>> criminalisations = new HashMap<>();
    private final Map<Provider, List<RetentionRule>> retentionByProvider = new HashMap<>();
    private final Map<Jurisdiction, List<RetentionRule>> retentionByJurisdiction = new HashMap<>();
    private final Map<Pair<Provider, Jurisdiction>, List<Establishment>> establishments = new HashMap<>();
    private final Map<Provider, List<Establishment>> establishmentsByProvider = new HashMap<>();
    private final Map<Pair<Jurisdiction, ContactNetwork>, List<PointOfContact>> contacts = new HashMap<>();
    private final Map<Pair<Jurisdiction, AuthorityKind>, List<Authority>> authorities = new HashMap<>();
    private final List<Scenario> scenarios = new ArrayList<>();
    /** Facts whose validity ends, so that a caller can ask what expires without another traversal. */
    private final List<Fact> ending = new ArrayList<>();
    /** Derived from the maps above on first use; route finding asks for the same jurisdictions again and again. */
    private final Map<Jurisdiction, List<Instrument>> instrumentsOf = new HashMap<>();
    /** Derived on first use: route finding filters every instrument's provisions by the scenario's data category. */
    private final Map<Instrument, List<Provision>[]> provisionsByCategory = new HashMap<>();
    /** Derived on first use: who is a member of an instrument (any status and validity), for membership tests. */
    private final Map<Instrument, Set<Party>> memberParties = new HashMap<>();
    /** Derived on first use: the providers among an instrument's members (e.g. of a voluntary arrangement). */
    private final Map<Instrument, List<Provider>> providerMembers = new HashMap<>();
    /** While the whole model is indexed in one traversal, which visits elements in model order. */
    private boolean filling;
    private final Ecosystem ecosystem;
    /** The last edit applied, so that analyses sharing this index can each pass it on. */
    private Notification lastEdit;

    /** The features whose values are keys of the maps above: an edit of one re-indexes the model. */
    private static final Set<EStructuralFeature> KEYS = Set.of(LawfulPackage.Literals.MEMBERSHIP__PARTY,
            LawfulPackage.Literals.INSTRUMENT__ISSUER, LawfulPackage.Literals.PROVIDER_PRACTICE__PROVIDER,
            LawfulPackage.Literals.PROVIDER_PRACTICE__REQUESTING_JURISDICTION, LawfulPackage.Literals.CRIMINALISATION__OFFENCE,
            LawfulPackage.Literals.CRIMINALISATION__JURISDICTION, LawfulPackage.Literals.RETENTION_RULE__PROVIDER,
            LawfulPackage.Literals.RETENTION_RULE__JURISDICTION, LawfulPackage.Literals.ESTABLISHMENT__JURISDICTION,
            LawfulPackage.Literals.POINT_OF_CONTACT__JURISDICTION, LawfulPackage.Literals.POINT_OF_CONTACT__NETWORK,
            LawfulPackage.Literals.ACTOR__JURISDICTION, LawfulPackage.Literals.AUTHORITY__KIND);

    private RouteIndex(Ecosystem ecosystem) {
        this.ecosystem = ecosystem;
    }

    /**
     * Indexes an ecosystem in one traversal.
     *
     * @param ecosystem the root
     * @return the filled index
     */
    public static RouteIndex of(Ecosystem ecosystem) {
        RouteIndex index = new RouteIndex(ecosystem);
        index.fill();
        return index;
    }

    private void fill() {
        filling = true;
        for (TreeIterator<EObject> it = ecosystem.eAllContents(); it.hasNext();) {
            add(it.next());
        }
        filling = false;
    }

    /**
     * Brings the index up to date after an edit of its ecosystem, in proportion to the edit: the
     * elements added or removed (with their contents) are indexed or dropped, an element whose key
     * changed (a membership's party, a practice's provider, ...) is indexed again, and values of
     * indexed features are patched in place. Lists keep model order. Only a move within a list
     * re-indexes the model. Applying the same notification again does nothing, so analyses that
     * share the index can each pass it on.
     *
     * @param edit the notification of the edit
     */
    public void update(Notification edit) {
        if (edit == lastEdit || edit.isTouch()) {
            return; // applied already, or nothing changed (e.g. an adapter was removed)
        }
        lastEdit = edit;
        Object feature = edit.getFeature();
        Object notifier = edit.getNotifier();
        if (feature instanceof EReference reference && reference.isContainment() && edit.getEventType() != Notification.MOVE) {
            forgetDerived();
            // Values that are (again) in the model by the time the edit is applied are indexed anew,
            // so an element moved from one container to another ends up indexed once.
            for (EObject element : values(edit.getOldValue())) {
                if (!EcoreUtil.isAncestor(ecosystem, element)) {
                    drop(treeOf(element));
                }
            }
            for (EObject element : values(edit.getNewValue())) {
                if (EcoreUtil.isAncestor(ecosystem, element)) {
                    List<EObject> tree = treeOf(element);
                    drop(tree);
                    tree.forEach(this::add);
                }
            }
        } else if (feature instanceof EReference reference && (reference.isContainment() || reference.isContainer())) {
            rebuild();
        } else if (KEYS.contains(feature) && notifier instanceof EObject element && EcoreUtil.isAncestor(ecosystem, element)) {
            forgetDerived();
            drop(List.of(element));
            add(element);
        } else if (feature == LawfulPackage.Literals.FACT__VALID_TO && notifier instanceof Fact fact) {
            ending.remove(fact);
            if (fact.getValidTo() != null) {
                ending.add(fact);
            }
        } else if (feature == LawfulPackage.Literals.PROVISION__DATA_CATEGORIES && notifier instanceof Provision provision) {
            provisionsByCategory.remove(provision.getInstrument());
        } else if (feature == LawfulPackage.Literals.JURISDICTION__PARENT) {
            instrumentsOf.clear();
        }
    }

    private void rebuild() {
        keyedMaps().forEach(Map::clear);
        forgetDerived();
        scenarios.clear();
        ending.clear();
        fill();
    }

    private List<Map<?, ? extends List<?>>> keyedMaps() {
        return List.of(membershipsByParty, membershipsByInstrumentAndParty, instrumentsByIssuer, practices, criminalisations,
                retentionByProvider, retentionByJurisdiction, establishments, establishmentsByProvider, contacts, authorities);
    }

    /** The caches derived from the maps and the model on first use. */
    private void forgetDerived() {
        instrumentsOf.clear();
        provisionsByCategory.clear();
        memberParties.clear();
        providerMembers.clear();
    }

    /** Removes elements from every list of the index: by identity, since a removed element may have lost its keys. */
    private void drop(Collection<EObject> gone) {
        Set<Object> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(gone);
        for (Map<?, ? extends List<?>> map : keyedMaps()) {
            map.values().removeIf(list -> list.removeIf(set::contains) && list.isEmpty());
        }
        scenarios.removeIf(set::contains);
        ending.removeIf(set::contains);
    }

    private static List<EObject> values(Object value) {
        if (value instanceof EObject element) {
            return List.of(element);
        }
        List<EObject> elements = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.forEach(v -> {
                if (v instanceof EObject element) {
                    elements.add(element);
                }
            });
        }
        return elements;
    }

    private static List<EObject> treeOf(EObject element) {
        List<EObject> tree = new ArrayList<>();
        tree.add(element);
        element.eAllContents().forEachRemaining(tree::add);
        return tree;
    }

    /*
     * An if-chain rather than a pattern switch with guards: the switch's type dispatch cost more
     * than the traversal itself on large models. The indexed types are disjoint in the metamodel,
     * so the first match is the only one.
     */
    private void add(EObject element) {
        if (element instanceof Fact f && f.getValidTo() != null) {
            ending.add(f);
        }
        if (element instanceof Membership m) {
            if (m.getParty() != null) {
                put(membershipsByParty, m.getParty(), m);
                put(membershipsByInstrumentAndParty, new Pair<>(m.getInstrument(), m.getParty()), m);
            }
        } else if (element instanceof Instrument i) {
            if (i.getIssuer() != null) {
                put(instrumentsByIssuer, i.getIssuer(), i);
            }
        } else if (element instanceof ProviderPractice p) {
            if (p.getProvider() != null) {
                put(practices, new Pair<>(p.getProvider(), p.getRequestingJurisdiction()), p);
            }
        } else if (element instanceof Criminalisation c) {
            put(criminalisations, new Pair<>(c.getOffence(), c.getJurisdiction()), c);
        } else if (element instanceof RetentionRule r) {
            if (r.getProvider() != null) {
                put(retentionByProvider, r.getProvider(), r);
            }
            if (r.getJurisdiction() != null) {
                put(retentionByJurisdiction, r.getJurisdiction(), r);
            }
        } else if (element instanceof Establishment e) {
            if (e.getProvider() != null) {
                put(establishments, new Pair<>(e.getProvider(), e.getJurisdiction()), e);
                put(establishmentsByProvider, e.getProvider(), e);
            }
        } else if (element instanceof PointOfContact p) {
            put(contacts, new Pair<>(p.getJurisdiction(), p.getNetwork()), p);
        } else if (element instanceof Authority a) {
            put(authorities, new Pair<>(a.getJurisdiction(), a.getKind()), a);
        } else if (element instanceof Scenario s) {
            insert(scenarios, s);
        }
    }

    private <K, V extends EObject> void put(Map<K, List<V>> map, K key, V value) {
        insert(map.computeIfAbsent(key, k -> new ArrayList<>()), value);
    }

    /**
     * Adds an element in model order: at the end while the model is traversed, else before the
     * elements that come after it (searched from the end, where an element added is usually placed).
     */
    private <V extends EObject> void insert(List<V> list, V value) {
        int at = list.size();
        while (!filling && at > 0 && precedes(value, list.get(at - 1))) {
            at--;
        }
        list.add(at, value);
    }

    /** Whether one element of the model comes before another in the order {@code eAllContents} visits them. */
    private static boolean precedes(EObject a, EObject b) {
        List<EObject> pathA = pathTo(a);
        List<EObject> pathB = pathTo(b);
        int i = 0;
        while (i < pathA.size() && i < pathB.size() && pathA.get(i) == pathB.get(i)) {
            i++;
        }
        if (i == pathA.size() || i == pathB.size()) {
            return i < pathB.size(); // one contains the other: the container comes first
        }
        EObject x = pathA.get(i);
        EObject y = pathB.get(i);
        if (x.eContainmentFeature() != y.eContainmentFeature()) {
            List<EReference> features = x.eContainer().eClass().getEAllContainments();
            return features.indexOf(x.eContainmentFeature()) < features.indexOf(y.eContainmentFeature());
        }
        return !(x.eContainer().eGet(x.eContainmentFeature()) instanceof List<?> siblings) || siblings.indexOf(x) < siblings.indexOf(y);
    }

    /** @return the element's containers from the root down, and the element */
    private static List<EObject> pathTo(EObject element) {
        List<EObject> path = new ArrayList<>();
        for (EObject e = element; e != null; e = e.eContainer()) {
            path.add(0, e);
        }
        return path;
    }

    private static <K, V> List<V> get(Map<K, List<V>> map, K key) {
        return map.getOrDefault(key, List.of());
    }

    /** @return the memberships of a party in any instrument, valid or not */
    public List<Membership> membershipsOf(Party party) {
        return get(membershipsByParty, party);
    }

    /**
     * @return the instruments a jurisdiction (or a jurisdiction it belongs to) is a member of, with
     *         any status and validity, or issued; without duplicates, in model order
     */
    public List<Instrument> instrumentsOf(Jurisdiction jurisdiction) {
        return instrumentsOf.computeIfAbsent(jurisdiction, j -> {
            Set<Instrument> found = new LinkedHashSet<>();
            for (Jurisdiction at : ScenarioContext.withParents(j)) {
                membershipsOf(at).forEach(m -> found.add(m.getInstrument()));
                found.addAll(instrumentsIssuedBy(at));
            }
            found.remove(null);
            return List.copyOf(found);
        });
    }

    /**
     * @return the provisions of an instrument whose data categories include the given one, in model
     *         order; derived from the model on first use and kept for the life of this index
     */
    public List<Provision> provisionsCovering(Instrument instrument, DataCategory category) {
        if (category == null) {
            return List.of(); // a data list never contains null
        }
        // One array per instrument, by category: no key object per call on this hot path.
        @SuppressWarnings("unchecked")
        List<Provision>[] byCategory = provisionsByCategory.computeIfAbsent(instrument, i -> new List[DataCategory.values().length]);
        List<Provision> covering = byCategory[category.ordinal()];
        if (covering == null) {
            List<Provision> found = new ArrayList<>();
            for (Provision provision : instrument.getProvisions()) {
                if (provision.getDataCategories().contains(category)) {
                    found.add(provision);
                }
            }
            covering = List.copyOf(found);
            byCategory[category.ordinal()] = covering;
        }
        return covering;
    }

    /**
     * @return whether a party has a membership in an instrument, of any status and validity: the
     *         same as {@code !memberships(instrument, party).isEmpty()}, without a key per call
     */
    public boolean hasMembership(Instrument instrument, Party party) {
        return memberParties.computeIfAbsent(instrument, i -> {
            Set<Party> parties = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Membership m : i == null ? List.<Membership>of() : i.getMemberships()) {
                if (m.getParty() != null && !memberships(i, m.getParty()).isEmpty()) {
                    parties.add(m.getParty());
                }
            }
            return parties;
        }).contains(party);
    }

    /** @return the memberships of a party in one instrument, valid or not */
    public List<Membership> memberships(Instrument instrument, Party party) {
        return get(membershipsByInstrumentAndParty, new Pair<>(instrument, party));
    }

    /** @return the providers that are members of an instrument (e.g. of a voluntary arrangement), in model order */
    public List<Provider> providerMembers(Instrument instrument) {
        return providerMembers.computeIfAbsent(instrument, i -> {
            List<Provider> found = new ArrayList<>();
            for (Membership m : i.getMemberships()) {
                if (m.getParty() instanceof Provider p) {
                    found.add(p);
                }
            }
            return found;
        });
    }

    /** @return the instruments a party issued (domestic law of a jurisdiction, policy of a provider) */
    public List<Instrument> instrumentsIssuedBy(Party party) {
        return get(instrumentsByIssuer, party);
    }

    /** @return practices of a provider towards a requesting jurisdiction, any route kind */
    public List<ProviderPractice> practices(Provider provider, Jurisdiction requesting) {
        return get(practices, new Pair<>(provider, requesting));
    }

    /** @return what is recorded about an offence in a jurisdiction */
    public List<Criminalisation> criminalisations(Offence offence, Jurisdiction jurisdiction) {
        return get(criminalisations, new Pair<>(offence, jurisdiction));
    }

    /** @return the retention policies of a provider */
    public List<RetentionRule> retentionOf(Provider provider) {
        return get(retentionByProvider, provider);
    }

    /** @return the retention laws of a jurisdiction */
    public List<RetentionRule> retentionIn(Jurisdiction jurisdiction) {
        return get(retentionByJurisdiction, jurisdiction);
    }

    /** @return the establishments of a provider in a jurisdiction, valid or not */
    public List<Establishment> establishments(Provider provider, Jurisdiction jurisdiction) {
        return get(establishments, new Pair<>(provider, jurisdiction));
    }

    /** @return all establishments of a provider, valid or not */
    public List<Establishment> establishmentsOf(Provider provider) {
        return get(establishmentsByProvider, provider);
    }

    /** @return the points of contact of a jurisdiction on a network, valid or not */
    public List<PointOfContact> contacts(Jurisdiction jurisdiction, ContactNetwork network) {
        return get(contacts, new Pair<>(jurisdiction, network));
    }

    /** @return the authorities of a kind in a jurisdiction */
    public List<Authority> authorities(Jurisdiction jurisdiction, AuthorityKind kind) {
        return get(authorities, new Pair<>(jurisdiction, kind));
    }

    /** @return the facts that have an end of validity: in model order, then those added or whose end was edited since */
    public List<Fact> endingFacts() {
        return ending;
    }

    /** @return the scenarios in model order */
    public List<Scenario> scenarios() {
        return scenarios;
    }
}
