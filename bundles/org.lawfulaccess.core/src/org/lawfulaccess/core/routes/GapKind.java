package org.lawfulaccess.core.routes;

/** The kinds of gap that block or weaken a route; each belongs to one {@link GapAspect}. */
public enum GapKind {
    /** A provision on the route is not in force at the date (evidence: the provision). */
    NOT_IN_FORCE(GapAspect.LEGAL),
    /** A provision is in force but not yet applicable at the date (evidence: the provision). */
    NOT_YET_APPLICABLE(GapAspect.LEGAL),
    /** A party the step needs has no valid {@code PARTY} membership (evidence: the memberships found, or the party). */
    NO_MEMBERSHIP(GapAspect.LEGAL),
    /** A reservation of a party excludes or restricts the provision (evidence: the reservation). */
    RESERVATION(GapAspect.LEGAL),
    /** An emergency-only provision used for a scenario without an imminent threat (evidence: the provision). */
    EMERGENCY_ONLY(GapAspect.LEGAL),
    /** The offence is below the provision's seriousness threshold (evidence: provision, criminalisation). */
    BELOW_THRESHOLD(GapAspect.LEGAL),
    /** A required contact network has no valid point of contact (evidence: provision, jurisdiction). */
    NO_POINT_OF_CONTACT(GapAspect.LEGAL),
    /** A domestic obligation's class of addressees excludes the provider (evidence: obligation, provider). */
    OUT_OF_SCOPE(GapAspect.LEGAL),
    /** Dual criminality is required and the conduct is recorded as not criminal (evidence: criminalisation, provision). */
    DUAL_CRIMINALITY_FAILS(GapAspect.CRIMINALITY),
    /** Dual criminality is required and nothing is recorded for the addressee's jurisdiction (evidence: provision). */
    DUAL_CRIMINALITY_UNKNOWN(GapAspect.CRIMINALITY),
    /** A binding order to a provider with no seat, establishment, representative or assets where it is issued. */
    NO_ESTABLISHMENT(GapAspect.ENFORCEMENT),
    /** The addressee decides at its discretion (evidence: the provision). */
    VOLUNTARY_ONLY(GapAspect.ENFORCEMENT),
    /** The provider has been observed to refuse such requests (evidence: the practice). */
    PRACTICE_REFUSES(GapAspect.PRACTICE),
    /** The provider has been observed not to respond (evidence: the practice). */
    PRACTICE_NO_RESPONSE(GapAspect.PRACTICE),
    /** The provider has been observed to decide case by case (evidence: the practice). */
    PRACTICE_CASE_BY_CASE(GapAspect.PRACTICE),
    /** The data may be, or is, deleted before the route delivers (evidence: retention rule, provisions). */
    RETENTION_EXPIRES(GapAspect.TIME),
    /** The scenario this one depends on has no available route, so its start is unknown (evidence: that scenario). */
    DEPENDENCY_UNREACHABLE(GapAspect.TIME);

    private final GapAspect aspect;

    GapKind(GapAspect aspect) {
        this.aspect = aspect;
    }

    /** @return what this kind of gap is about */
    public GapAspect aspect() {
        return aspect;
    }
}
