/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.model.value.TimeSpan;

/** The time-span value type: its text form, its order across units, and calendar arithmetic. */
class TimeSpanTest {

	@ParameterizedTest
	@CsvSource({ "180 days,180 days", "1 day,1 day", "12 months,12 months", "1 Month,1 month", "8 hours,8 hours",
			"2 weeks,2 weeks", "3 years,3 years", "P180D,180 days", "P12M,12 months", "PT8H,8 hours", "P2W,2 weeks",
			"-5 days,-5 days" })
	void parsesAndWritesCanonically(String text, String canonical) {
		assertEquals(canonical, TimeSpan.parse(text).toString());
		assertEquals(TimeSpan.parse(text), TimeSpan.parse(canonical));
	}

	@Test
	void rejectsWhatIsNotATimeSpan() {
		assertThrows(IllegalArgumentException.class, () -> TimeSpan.parse("soon"));
		assertThrows(IllegalArgumentException.class, () -> TimeSpan.parse("12 fortnights"));
		assertThrows(IllegalArgumentException.class, () -> new TimeSpan(1, ChronoUnit.SECONDS));
	}

	@Test
	void comparesAcrossUnits() {
		assertEquals(TimeSpan.months(12).toApproximateMinutes(), new TimeSpan(1, ChronoUnit.YEARS).toApproximateMinutes());
		assertTrue(TimeSpan.days(365).compareTo(TimeSpan.months(12)) < 0, "365 days is a little less than a mean year");
		assertTrue(TimeSpan.days(366).compareTo(TimeSpan.months(12)) > 0);
		assertTrue(TimeSpan.hours(8).compareTo(TimeSpan.days(1)) < 0);
		assertTrue(TimeSpan.parse("-1 day").isNegative());
	}

	@Test
	void addsToCalendarDays() {
		LocalDate start = LocalDate.of(2021, 1, 31);
		assertEquals(LocalDate.of(2021, 2, 28), TimeSpan.months(1).addTo(start));
		assertEquals(LocalDate.of(2021, 2, 2), TimeSpan.hours(25).addTo(start));
		assertEquals(LocalDate.of(2022, 1, 31), TimeSpan.months(12).addTo(start));
	}

	@Test
	void absurdAmountsSaturateInsteadOfOverflowingAndAreNotPlausible() {
		TimeSpan absurd = TimeSpan.days(Long.MAX_VALUE);
		assertEquals(new TimeSpan(1_000_000, ChronoUnit.YEARS).toApproximateMinutes(), absurd.toApproximateMinutes());
		assertEquals(-absurd.toApproximateMinutes(), TimeSpan.days(Long.MIN_VALUE).toApproximateMinutes());
		assertTrue(absurd.compareTo(TimeSpan.days(1)) > 0);
		assertFalse(absurd.isPlausible());
		assertFalse(TimeSpan.days(-1).isPlausible());
		assertTrue(new TimeSpan(1_000, ChronoUnit.YEARS).isPlausible());
		assertFalse(new TimeSpan(1_001, ChronoUnit.YEARS).isPlausible());
		assertEquals(TimeSpan.days(365).toApproximateMinutes(), 365L * 24 * 60);
	}
}
