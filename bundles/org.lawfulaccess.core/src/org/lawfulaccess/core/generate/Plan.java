package org.lawfulaccess.core.generate;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many elements of each type an ecosystem of a number of jurisdictions gets. The builders take
 * their counts from here, and randomness only chooses values and targets, never how many: so the
 * size of the result is known before anything is built, and the generator can pick the number of
 * jurisdictions that fits the requested size and top up the small rest exactly.
 *
 * @param jurisdictions the number of jurisdictions (at least 2)
 * @param mix the proportions
 */
record Plan(int jurisdictions, Mix mix) {

    /** Sources per jurisdiction: an official text, an official answer and a press article. */
    static final int SOURCES_PER_JURISDICTION = 3;
    /** Provisions of each multilateral treaty: preservation, mutual assistance, 24/7, direct disclosure. */
    static final int TREATY_PROVISIONS = 4;
    /** Multilateral memberships of each jurisdiction. */
    static final int TREATY_MEMBERSHIPS = 2;
    /** Domestic obligations of each jurisdiction: production powers and retention. */
    static final int OBLIGATIONS = 2;
    /** Provisions of those obligations together: production, interception or key disclosure, preservation. */
    static final int OBLIGATION_PROVISIONS = 3;
    /** Retention rules in the law of each jurisdiction. */
    static final int RETENTION_LAWS = 2;
    /** Points of contact of each jurisdiction: the 24/7 network and one more. */
    static final int CONTACTS = 2;
    /** Establishments of each global provider. */
    static final int ESTABLISHMENTS = 2;
    /** Encryption profiles of each global service; an operator's service has one. */
    static final int PROFILES = 2;
    /** Provisions of each provider's own policy: direct requests and emergencies. */
    static final int POLICY_PROVISIONS = 2;

    Plan {
        if (jurisdictions < 2) {
            throw new IllegalArgumentException("At least two jurisdictions: " + jurisdictions); //$NON-NLS-1$
        }
    }

    int supranational() {
        return Math.max(1, jurisdictions / 100);
    }

    int subnational() {
        return jurisdictions / 10;
    }

    int states() {
        return jurisdictions - supranational() - subnational();
    }

    /** States where global providers have their seat, as most large providers sit in a few places. */
    int hubs() {
        return Math.max(1, states() / 20);
    }

    int authorities() {
        return jurisdictions * mix.authoritiesPerJurisdiction();
    }

    int operators() {
        return jurisdictions * mix.operatorsPerJurisdiction();
    }

    int organisations() {
        return jurisdictions / 2;
    }

    int providers() {
        return Math.max(2, jurisdictions / mix.jurisdictionsPerProvider());
    }

    int groups() {
        return Math.max(1, providers() / 3);
    }

    int globalServices() {
        return providers() * mix.servicesPerProvider();
    }

    /** Every fourth global service is accredited for classified information. */
    int accreditations() {
        return (globalServices() + 3) / 4;
    }

    int treaties() {
        return Math.max(2, jurisdictions / 25);
    }

    int statements() {
        return Math.max(1, jurisdictions / 50);
    }

    int positions() {
        return Math.max(1, jurisdictions / 2);
    }

    int reservations() {
        return jurisdictions / 5;
    }

    int arrangements() {
        return Math.max(1, jurisdictions / 4);
    }

    /** One mutual legal assistance treaty per jurisdiction, with a hub as the other party. */
    int bilaterals() {
        return jurisdictions;
    }

    int sources() {
        return SOURCES_PER_JURISDICTION * jurisdictions + providers() + treaties() + statements() + 1;
    }

    int scenarios() {
        return 2 * jurisdictions * mix.scenarioPairsPerJurisdiction();
    }

    int practices() {
        return jurisdictions * mix.practicesPerJurisdiction();
    }

    /** @return the planned number of elements of each type, by class name, citations included */
    Map<String, Integer> counts() {
        int j = jurisdictions;
        int p = providers();
        Map<String, Integer> counts = new TreeMap<>();
        counts.put("Ecosystem", 1); //$NON-NLS-1$
        counts.put("Jurisdiction", j); //$NON-NLS-1$
        counts.put("Source", sources()); //$NON-NLS-1$
        counts.put("Offence", Mix.OFFENCES); //$NON-NLS-1$
        counts.put("Authority", authorities()); //$NON-NLS-1$
        counts.put("TelecomOperator", operators()); //$NON-NLS-1$
        counts.put("Organisation", organisations()); //$NON-NLS-1$
        counts.put("Provider", p); //$NON-NLS-1$
        counts.put("CorporateGroup", groups()); //$NON-NLS-1$
        counts.put("Service", operators() + globalServices()); //$NON-NLS-1$
        counts.put("EncryptionProfile", operators() + PROFILES * globalServices()); //$NON-NLS-1$
        counts.put("Telemetry", globalServices()); //$NON-NLS-1$
        counts.put("Accreditation", accreditations()); //$NON-NLS-1$
        counts.put("Establishment", operators() + ESTABLISHMENTS * p); //$NON-NLS-1$
        counts.put("Instrument", treaties() + bilaterals() + arrangements() + p + statements()); //$NON-NLS-1$
        counts.put("DomesticObligation", OBLIGATIONS * j); //$NON-NLS-1$
        counts.put("Provision", TREATY_PROVISIONS * treaties() + OBLIGATION_PROVISIONS * j + bilaterals() //$NON-NLS-1$
                + arrangements() + POLICY_PROVISIONS * p);
        counts.put("Membership", TREATY_MEMBERSHIPS * j + 2 * bilaterals() + 2 * arrangements() + p); //$NON-NLS-1$
        counts.put("Reservation", reservations()); //$NON-NLS-1$
        counts.put("Criminalisation", j * mix.criminalisationsPerJurisdiction()); //$NON-NLS-1$
        counts.put("RetentionRule", RETENTION_LAWS * j + p); //$NON-NLS-1$
        counts.put("ProviderPractice", practices()); //$NON-NLS-1$
        counts.put("PointOfContact", CONTACTS * j); //$NON-NLS-1$
        counts.put("UsagePolicy", j); //$NON-NLS-1$
        counts.put("Position", positions()); //$NON-NLS-1$
        counts.put("Scenario", scenarios()); //$NON-NLS-1$
        counts.values().removeIf(n -> n == 0);
        counts.put("Citation", citations(counts)); //$NON-NLS-1$
        return counts;
    }

    /** Every element that can cite (facts, actors, services, instruments, groups, scenarios) cites once. */
    private static int citations(Map<String, Integer> counts) {
        int all = counts.values().stream().mapToInt(Integer::intValue).sum();
        int uncited = counts.get("Ecosystem") + counts.get("Jurisdiction") + counts.get("Source") + counts.get("Offence"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return all - uncited;
    }

    /** @return the planned number of elements */
    int total() {
        return counts().values().stream().mapToInt(Integer::intValue).sum();
    }
}
