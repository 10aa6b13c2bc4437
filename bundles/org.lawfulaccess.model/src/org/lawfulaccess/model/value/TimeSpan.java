/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.value;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of time in the unit its source states it in: "180 days", "12 months", "8 hours".
 * <p>
 * The model's latencies, retention periods and penalties are values of this type (the EMF data type
 * {@code TimeSpan}). It is immutable and has no identity, so it is stored as one XMI attribute
 * ({@code maxLatency="12 months"}) and edited in one property cell. The amount and unit are kept as
 * stated, because "12 months" and "365 days" are different statements in a legal text; comparisons
 * across units use {@link #toApproximateMinutes()}, which counts a year as 365.25 days and a month as a
 * twelfth of that, so that 12 months, 1 year and 365.25 days compare equal.
 * <p>
 * Negative amounts parse, so that a model containing one loads and the integrity rule can report it.
 */
public record TimeSpan(long amount, ChronoUnit unit) implements Comparable<TimeSpan> {

	private static final long MINUTES_PER_HOUR = 60;
	private static final long MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;
	private static final long MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
	/** 365.25 days: the mean calendar year. */
	private static final long MINUTES_PER_YEAR = 365 * MINUTES_PER_DAY + MINUTES_PER_DAY / 4;
	private static final long MINUTES_PER_MONTH = MINUTES_PER_YEAR / 12;
	/** No legal period (latency, retention, penalty) is longer: above this a span is a typing error. */
	public static final long PLAUSIBLE_YEARS = 1_000;
	/**
	 * The bound {@link #toApproximateMinutes()} saturates at (a million years): far above any
	 * plausible span, and low enough that sums of millions of spans cannot overflow.
	 */
	private static final long MAX_MINUTES = 1_000_000 * MINUTES_PER_YEAR;

	private static final Pattern HUMAN = Pattern.compile("\\s*(-?\\d+)\\s*([a-zA-Z]+)\\s*");
	private static final Pattern ISO = Pattern.compile("\\s*(-?)P(?:(\\d+)([YMWD])|T(\\d+)H)\\s*",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Creates a time span.
	 *
	 * @param amount the amount, as stated by the source
	 * @param unit   one of {@code HOURS, DAYS, WEEKS, MONTHS, YEARS}
	 * @throws IllegalArgumentException for any other unit
	 */
	public TimeSpan {
		Objects.requireNonNull(unit, "unit");
		switch (unit) {
			case HOURS, DAYS, WEEKS, MONTHS, YEARS -> {
				// supported
			}
			default -> throw new IllegalArgumentException("Unsupported unit of time: " + unit);
		}
	}

	/** Shorthand for {@code new TimeSpan(amount, ChronoUnit.DAYS)}. */
	public static TimeSpan days(long amount) {
		return new TimeSpan(amount, ChronoUnit.DAYS);
	}

	/** Shorthand for {@code new TimeSpan(amount, ChronoUnit.HOURS)}. */
	public static TimeSpan hours(long amount) {
		return new TimeSpan(amount, ChronoUnit.HOURS);
	}

	/** Shorthand for {@code new TimeSpan(amount, ChronoUnit.MONTHS)}. */
	public static TimeSpan months(long amount) {
		return new TimeSpan(amount, ChronoUnit.MONTHS);
	}

	/**
	 * Parses the form {@link #toString()} writes ("180 days", "1 month") and, for convenience, the
	 * single-unit ISO-8601 forms "P180D", "P12M", "P2W", "P3Y", "PT8H".
	 *
	 * @param text the text to parse
	 * @return the time span
	 * @throws IllegalArgumentException when the text is neither form
	 */
	public static TimeSpan parse(String text) {
		Objects.requireNonNull(text, "text");
		Matcher human = HUMAN.matcher(text);
		if (human.matches()) {
			return new TimeSpan(Long.parseLong(human.group(1)), unitNamed(human.group(2), text));
		}
		Matcher iso = ISO.matcher(text);
		if (iso.matches()) {
			long sign = iso.group(1).isEmpty() ? 1 : -1;
			if (iso.group(4) != null) {
				return new TimeSpan(sign * Long.parseLong(iso.group(4)), ChronoUnit.HOURS);
			}
			ChronoUnit unit = switch (Character.toUpperCase(iso.group(3).charAt(0))) {
				case 'Y' -> ChronoUnit.YEARS;
				case 'M' -> ChronoUnit.MONTHS;
				case 'W' -> ChronoUnit.WEEKS;
				default -> ChronoUnit.DAYS;
			};
			return new TimeSpan(sign * Long.parseLong(iso.group(2)), unit);
		}
		throw new IllegalArgumentException("Not a time span: '" + text + "' (expected e.g. '180 days', '12 months', '8 hours')");
	}

	private static ChronoUnit unitNamed(String word, String text) {
		String singular = word.toLowerCase(Locale.ROOT);
		if (singular.endsWith("s")) {
			singular = singular.substring(0, singular.length() - 1);
		}
		return switch (singular) {
			case "hour", "h" -> ChronoUnit.HOURS;
			case "day", "d" -> ChronoUnit.DAYS;
			case "week", "w" -> ChronoUnit.WEEKS;
			case "month" -> ChronoUnit.MONTHS;
			case "year", "y" -> ChronoUnit.YEARS;
			default -> throw new IllegalArgumentException("Unknown unit of time in '" + text + "'");
		};
	}

	/** Whether the amount is negative, which no latency, retention or penalty can be. */
	public boolean isNegative() {
		return amount < 0;
	}

	/**
	 * Whether the span could be a legal period: not negative and at most {@value #PLAUSIBLE_YEARS}
	 * years. The integrity rule reports the others; analyses still read them, saturated.
	 */
	public boolean isPlausible() {
		return !isNegative() && toApproximateMinutes() <= PLAUSIBLE_YEARS * MINUTES_PER_YEAR;
	}

	/**
	 * The span in minutes, counting a month as 1/12 of 365.25 days; exact for hours, days and weeks.
	 * An absurd amount (such as {@code 9223372036854775807 days}) saturates at a million years either
	 * way, so that no sum or comparison of spans overflows.
	 *
	 * @return the length in minutes
	 */
	public long toApproximateMinutes() {
		long perUnit = switch (unit) {
			case HOURS -> MINUTES_PER_HOUR;
			case DAYS -> MINUTES_PER_DAY;
			case WEEKS -> MINUTES_PER_WEEK;
			case MONTHS -> MINUTES_PER_MONTH;
			default -> MINUTES_PER_YEAR;
		};
		long bound = MAX_MINUTES / perUnit;
		return Math.max(-bound, Math.min(bound, amount)) * perUnit;
	}

	/**
	 * The calendar day this span after {@code start} ends on; months and years follow the calendar,
	 * hours are rounded up to whole days because the model's dates are days.
	 *
	 * @param start the first day
	 * @return the day the span ends
	 */
	public LocalDate addTo(LocalDate start) {
		if (unit == ChronoUnit.HOURS) {
			return start.plusDays(Math.ceilDiv(amount, 24));
		}
		return start.plus(amount, unit);
	}

	/** Orders by {@link #toApproximateMinutes()}, then by unit so that the order is total. */
	@Override
	public int compareTo(TimeSpan other) {
		int byLength = Long.compare(toApproximateMinutes(), other.toApproximateMinutes());
		return byLength != 0 ? byLength : unit.compareTo(other.unit);
	}

	/** The canonical text, e.g. "1 day", "180 days", "8 hours"; {@link #parse(String)} reads it back. */
	@Override
	public String toString() {
		String name = unit.name().toLowerCase(Locale.ROOT);
		return amount + " " + (Math.abs(amount) == 1 ? name.substring(0, name.length() - 1) : name);
	}
}
