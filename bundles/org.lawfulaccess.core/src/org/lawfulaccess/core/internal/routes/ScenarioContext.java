package org.lawfulaccess.core.internal.routes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.lawfulaccess.core.ModelReading;
import org.lawfulaccess.model.Authority;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.model.Urgency;

/**
 * What route finding needs to know about one scenario, resolved once.
 *
 * @param scenario the scenario
 * @param date the evaluation date
 * @param requester the requesting authority
 * @param requesting its jurisdiction
 * @param provider the provider holding the data
 */
record ScenarioContext(Scenario scenario, LocalDate date, Authority requester, Jurisdiction requesting,
        Provider provider) {

    static ScenarioContext of(Scenario scenario, LocalDate date) {
        Authority requester = scenario.getRequestingAuthority();
        return new ScenarioContext(scenario, date, requester, requester == null ? null : requester.getJurisdiction(),
                ModelReading.provider(scenario));
    }

    boolean isComplete() {
        return requester != null && requesting != null && provider != null;
    }

    DataCategory category() {
        return scenario.getDataCategory();
    }

    boolean isImminentThreat() {
        return scenario.getUrgency() == Urgency.IMMINENT_THREAT;
    }

    /** @return the jurisdiction and its parents, nearest first, so a sub-national authority uses its state's instruments */
    static List<Jurisdiction> withParents(Jurisdiction jurisdiction) {
        // Called for nearly every step check; most jurisdictions have no parent, so spare them a list.
        // Callers only read the result, and ask contains(null): hence not List.of.
        if (jurisdiction == null) {
            return Collections.emptyList();
        }
        if (jurisdiction.getParent() == null) {
            return Collections.singletonList(jurisdiction);
        }
        List<Jurisdiction> chain = new ArrayList<>(4);
        for (Jurisdiction j = jurisdiction; j != null && !chain.contains(j); j = j.getParent()) {
            chain.add(j);
        }
        return chain;
    }
}
