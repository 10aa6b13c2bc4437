/**
 * Route reasoning: how each scenario's requesting authority can obtain its data.
 *
 * <p>{@link org.lawfulaccess.core.routes.RouteAnalysis#of(org.lawfulaccess.model.Ecosystem, RouteOptions)}
 * indexes the ecosystem in one pass and returns, per scenario, a
 * {@link org.lawfulaccess.core.routes.ScenarioRoutes} with every {@link org.lawfulaccess.core.routes.Route}
 * of at most four {@link org.lawfulaccess.core.routes.RouteStep steps}, ranked best first. A route
 * carries its summed {@link org.lawfulaccess.core.routes.Latency} (min, max, emergency), the time
 * from the event to delivery, whether it is binding, the provider's observed practice and its
 * {@link org.lawfulaccess.core.routes.Gap gaps}. Each gap has a {@link org.lawfulaccess.core.routes.GapKind}
 * (grouped by {@link org.lawfulaccess.core.routes.GapAspect}), a
 * {@link org.lawfulaccess.core.routes.GapSeverity}, the step it concerns, a message and the model
 * elements it rests on as evidence, so that a rule can cite their sources.
 *
 * <p>How rules read it, for example:
 * <ul>
 * <li>dual criminality: gaps of kind {@code DUAL_CRIMINALITY_FAILS}; the evidence starts with the
 * criminalisation fact;</li>
 * <li>data gone before delivery: {@code RETENTION_EXPIRES}, {@code WEAKENING} when the slowest
 * delivery plus {@link org.lawfulaccess.core.routes.RouteOptions#retentionMargin()} reaches the
 * deletion point, {@code BLOCKING} when even the fastest does;</li>
 * <li>provision not in force or not yet applicable: {@code NOT_IN_FORCE}, {@code NOT_YET_APPLICABLE};</li>
 * <li>no cooperation: {@link org.lawfulaccess.core.routes.ScenarioRoutes#workableRoutes()} is empty
 * (no route both legally available and not observed to fail);</li>
 * <li>discretion only: every workable route has {@link org.lawfulaccess.core.routes.Route#isBinding()} false;</li>
 * <li>emergencies: {@link org.lawfulaccess.core.routes.Route#isEmergencyRoute()};</li>
 * <li>reach and scope: {@code NO_ESTABLISHMENT}, {@code OUT_OF_SCOPE};</li>
 * <li>facts a scenario relies on: {@link org.lawfulaccess.core.routes.Route#facts()} of its best route.</li>
 * </ul>
 * Nothing here depends on names or ids of elements. An analysis is a snapshot of the model at the
 * time it was made.
 */
package org.lawfulaccess.core.routes;
