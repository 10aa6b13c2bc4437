package org.lawfulaccess.core.routes;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.lawfulaccess.core.internal.routes.RouteMessages;
import org.lawfulaccess.model.value.TimeSpan;

/**
 * The expected time a route (or part of it) takes, summed over its steps. Sums are approximate
 * durations because spans in different units ("2 weeks" + "6 months") have no exact sum;
 * {@link TimeSpan#toApproximateMinutes()} fixes the conversion.
 *
 * @param min the shortest expected time
 * @param max the longest expected time
 * @param emergency the time in an emergency, present only if every step states an emergency latency
 * @param stated whether every part states its latency; if not, an unstated part counts as no time,
 *        so {@code min} and {@code max} are lower bounds and the longest time is unknown
 */
public record Latency(Duration min, Duration max, Optional<Duration> emergency, boolean stated) {

    /** No time at all, the start of a sum. */
    public static final Latency ZERO = new Latency(Duration.ZERO, Duration.ZERO, Optional.of(Duration.ZERO));

    /**
     * A latency every part of which is stated.
     *
     * @param min the shortest expected time
     * @param max the longest expected time
     * @param emergency the time in an emergency, if stated
     */
    public Latency(Duration min, Duration max, Optional<Duration> emergency) {
        this(min, max, emergency, true);
    }

    /**
     * @param emergency the time in an emergency, if stated
     * @return the latency of a part that states no ordinary latency
     */
    public static Latency unstated(Optional<Duration> emergency) {
        return new Latency(Duration.ZERO, Duration.ZERO, emergency, false);
    }

    /** @return this latency followed by {@code other} */
    public Latency plus(Latency other) {
        // Most sums start from ZERO: return the other value itself rather than an equal copy.
        if (this == ZERO) {
            return other;
        }
        if (other == ZERO) {
            return this;
        }
        Optional<Duration> both = emergency.isPresent() && other.emergency.isPresent()
                ? Optional.of(emergency.get().plus(other.emergency.get()))
                : Optional.empty();
        return new Latency(min.plus(other.min), max.plus(other.max), both, stated && other.stated);
    }

    /**
     * @param parts latencies in sequence, each a whole number of minutes (as spans and days give)
     * @return their sum: the same as adding them one by one with {@link #plus(Latency)}
     */
    public static Latency sum(List<Latency> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        // In minutes: a route's steps are summed for every route found, so no value per step.
        long min = 0;
        long max = 0;
        long emergency = 0;
        boolean urgent = true;
        boolean allStated = true;
        for (Latency part : parts) {
            allStated &= part.stated;
            min += part.min.toMinutes();
            max += part.max.toMinutes();
            urgent &= part.emergency.isPresent();
            emergency += urgent ? part.emergency.get().toMinutes() : 0;
        }
        return new Latency(Duration.ofMinutes(min), Duration.ofMinutes(max),
                urgent ? Optional.of(Duration.ofMinutes(emergency)) : Optional.empty(), allStated);
    }

    /** @return the duration of a span, approximate for months and years */
    public static Duration duration(TimeSpan span) {
        return span == null ? Duration.ZERO : Duration.ofMinutes(span.toApproximateMinutes());
    }

    /**
     * A latency as a report shows it: its range (see {@link #describe(Duration, Duration)}) when
     * every part is stated, else "unknown", or "at least" its shortest time when some parts are stated.
     *
     * @param latency the latency
     * @return the text
     */
    public static String describe(Latency latency) {
        if (latency.stated) {
            return describe(latency.min, latency.max);
        }
        return latency.min.isZero() ? RouteMessages.format("duration.unknown") //$NON-NLS-1$
                : RouteMessages.format("duration.atLeast", describe(latency.min)); //$NON-NLS-1$
    }

    /**
     * A range of durations as a report shows it: in hours below a day (a preservation request
     * answered in 8 hours is not "1 days"), in days rounded up otherwise, e.g. "8 hours",
     * "1 day", "30-180 days", "8 hours-2 days".
     *
     * @param min the shortest
     * @param max the longest
     * @return the text
     */
    public static String describe(Duration min, Duration max) {
        String shortest = describe(min);
        String longest = describe(max);
        if (shortest.equals(longest)) {
            return longest;
        }
        boolean sameUnit = (min.toMinutes() >= 24 * 60 || min.isZero()) == (max.toMinutes() >= 24 * 60 || max.isZero());
        return RouteMessages.format(sameUnit ? "duration.range" : "duration.mixedRange", //$NON-NLS-1$ //$NON-NLS-2$
                sameUnit ? amount(min) : shortest, longest);
    }

    /** @return one duration in hours below a day, else in whole days rounded up */
    public static String describe(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes > 0 && minutes < 24 * 60) {
            long hours = Math.ceilDiv(minutes, 60);
            return RouteMessages.format("duration.hours", hours); //$NON-NLS-1$
        }
        return RouteMessages.format("duration.days", days(duration)); //$NON-NLS-1$
    }

    /** The number alone, in the unit {@link #describe(Duration)} gives it. */
    private static String amount(Duration duration) {
        long minutes = duration.toMinutes();
        return Long.toString(minutes > 0 && minutes < 24 * 60 ? Math.ceilDiv(minutes, 60) : days(duration));
    }

    /** @return the duration in whole days, rounded up, for reports */
    public static long days(Duration duration) {
        long minutes = duration.toMinutes();
        return Math.ceilDiv(minutes, 24 * 60);
    }
}
