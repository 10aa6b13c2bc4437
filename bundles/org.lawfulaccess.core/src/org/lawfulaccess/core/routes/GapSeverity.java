package org.lawfulaccess.core.routes;

/**
 * How much a {@link Gap} matters to its route. Only {@link #BLOCKING} makes a route unavailable;
 * rules map these onto their own severities.
 */
public enum GapSeverity {
    /** The route cannot deliver the data (or cannot lawfully be used) as modelled. */
    BLOCKING,
    /** The route may still deliver, but less reliably or too late. */
    WEAKENING,
    /** Worth knowing; does not affect availability. */
    NOTE
}
