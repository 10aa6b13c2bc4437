package org.lawfulaccess.core.routes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Scenario;

/**
 * Every route found for one scenario, ranked best first.
 *
 * @param scenario the scenario
 * @param date the date the routes were evaluated at
 * @param requestingJurisdiction the jurisdiction of the requesting authority; null if not modelled
 * @param provider the provider holding the data (the target provider, else the target service's
 *        provider); null if the scenario names neither
 * @param start the elapsed time from the event to the first step, including the delivery of the
 *        scenario this one depends on
 * @param routes all routes, available ones first, then by latency
 * @param gaps gaps of the scenario as a whole (e.g. an unreachable dependency)
 */
public record ScenarioRoutes(Scenario scenario, LocalDate date, Jurisdiction requestingJurisdiction,
        Provider provider, Latency start, List<Route> routes, List<Gap> gaps) {

    public ScenarioRoutes {
        routes = List.copyOf(routes);
        gaps = List.copyOf(gaps);
    }

    /** @return the best available route: the first route without blocking gaps */
    public Optional<Route> best() {
        return routes.stream().filter(Route::isAvailable).findFirst();
    }

    /** @return the routes without blocking gaps */
    public List<Route> availableRoutes() {
        return routes.stream().filter(Route::isAvailable).toList();
    }

    /** @return the routes that are legally available and not observed to fail (practice) */
    public List<Route> workableRoutes() {
        return routes.stream().filter(r -> r.isLegallyAvailable() && !r.isObservedToFail()).toList();
    }

    /** @return the routes some gap blocks, each with the reasons in {@link Route#gaps()} */
    public List<Route> blockedRoutes() {
        return routes.stream().filter(r -> !r.isAvailable()).toList();
    }
}
