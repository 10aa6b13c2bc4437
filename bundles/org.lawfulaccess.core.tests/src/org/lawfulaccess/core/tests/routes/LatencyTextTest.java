/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.core.tests.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lawfulaccess.core.routes.Latency;

/** How route reports print latencies: hours below a day, days rounded up above, units in the singular for one. */
class LatencyTextTest {

    @Test
    void hoursBelowADayAndDaysAbove() {
        assertEquals("8 hours", Latency.describe(Duration.ofHours(8)));
        assertEquals("1 hour", Latency.describe(Duration.ofMinutes(20)));
        assertEquals("1 day", Latency.describe(Duration.ofHours(24)));
        assertEquals("2 days", Latency.describe(Duration.ofHours(25)));
        assertEquals("0 days", Latency.describe(Duration.ZERO));
    }

    @Test
    void rangesShareTheirUnitWhenTheyCan() {
        assertEquals("30-180 days", Latency.describe(Duration.ofDays(30), Duration.ofDays(180)));
        assertEquals("8 hours", Latency.describe(Duration.ofHours(8), Duration.ofHours(8)));
        assertEquals("2-8 hours", Latency.describe(Duration.ofHours(2), Duration.ofHours(8)));
        assertEquals("8 hours-2 days", Latency.describe(Duration.ofHours(8), Duration.ofDays(2)));
        assertEquals("0-3 days", Latency.describe(Duration.ZERO, Duration.ofDays(3)));
    }

    @Test
    void anUnstatedLatencyIsUnknownNotInstant() {
        Latency unstated = Latency.unstated(Optional.empty());
        Latency stated = new Latency(Duration.ofDays(30), Duration.ofDays(180), Optional.empty());

        assertEquals("unknown", Latency.describe(unstated));
        assertEquals("unknown", Latency.describe(Latency.ZERO.plus(unstated)));
        assertEquals("at least 30 days", Latency.describe(Latency.sum(List.of(stated, unstated))));
        assertEquals("at least 30 days", Latency.describe(stated.plus(unstated)));
    }
}
