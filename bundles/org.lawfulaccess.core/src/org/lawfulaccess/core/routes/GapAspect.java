package org.lawfulaccess.core.routes;

/**
 * What a {@link GapKind} is about, so that a rule can ask e.g. "is this route legally available"
 * without listing gap kinds itself.
 */
public enum GapAspect {
    /** Whether the law allows the step at the date: force, applicability, membership, reservations, scope. */
    LEGAL,
    /** Whether the conduct is an offence where the step is executed. */
    CRIMINALITY,
    /** Whether the addressee can be compelled; counted as legal availability by {@link Route#isLegallyAvailable()}. */
    ENFORCEMENT,
    /** What the provider has been observed to do. */
    PRACTICE,
    /** Whether the data still exists when the route delivers. */
    TIME
}
