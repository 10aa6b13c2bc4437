package org.lawfulaccess.core.routes;

import java.time.LocalDate;
import java.util.Objects;

import org.lawfulaccess.model.value.TimeSpan;

/**
 * Parameters of a route analysis.
 *
 * @param asOf the date to evaluate at for every scenario, or null to use each scenario's request
 *        date and else the ecosystem's as-of date
 * @param retentionMargin added to the maximum elapsed time before comparing with retention: a
 *        route whose delivery plus margin reaches the deletion point gets a weakening gap
 * @param maxSteps the longest route considered, between 1 and {@link #MAX_STEPS}
 */
public record RouteOptions(LocalDate asOf, TimeSpan retentionMargin, int maxSteps) {

    /** The longest route the analysis ever considers. */
    public static final int MAX_STEPS = 4;

    public RouteOptions {
        Objects.requireNonNull(retentionMargin);
        if (maxSteps < 1 || maxSteps > MAX_STEPS) {
            throw new IllegalArgumentException("maxSteps must be between 1 and " + MAX_STEPS); //$NON-NLS-1$
        }
    }

    /** @return scenario dates, no margin, four steps */
    public static RouteOptions defaults() {
        return new RouteOptions(null, TimeSpan.days(0), MAX_STEPS);
    }

    /** @return these options evaluated as of {@code date} (null for scenario dates) */
    public RouteOptions withAsOf(LocalDate date) {
        return new RouteOptions(date, retentionMargin, maxSteps);
    }

    /** @return these options with another retention margin */
    public RouteOptions withRetentionMargin(TimeSpan margin) {
        return new RouteOptions(asOf, margin, maxSteps);
    }

    /** @return these options with another step limit */
    public RouteOptions withMaxSteps(int steps) {
        return new RouteOptions(asOf, retentionMargin, steps);
    }
}
