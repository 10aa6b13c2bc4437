package org.lawfulaccess.core.internal.routes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.lawfulaccess.core.routes.Gap;
import org.lawfulaccess.core.routes.GapKind;
import org.lawfulaccess.core.routes.GapSeverity;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.PracticeOutcome;
import org.lawfulaccess.model.ProviderPractice;

/**
 * What the provider has been observed to do on a route: practices of the provider towards the
 * requesting jurisdiction (and towards the jurisdiction that issues the last step, e.g. the
 * requested state executing assistance), valid at the date, with a stated outcome, for a route kind
 * used on the route (or any kind when it names none), the scenario's data category, and the route's
 * instrument when the practice names one. The most specific practice wins; among equally specific
 * ones, the worst outcome.
 */
final class PracticeCheck {

    private final RouteIndex index;
    private final ScenarioContext context;

    PracticeCheck(RouteIndex index, ScenarioContext context) {
        this.index = index;
        this.context = context;
    }

    /** The most specific practice, then the most severe; the first of equals, as {@code Stream.max} keeps. */
    private static final Comparator<ProviderPractice> ORDER = Comparator.comparingInt(PracticeCheck::specificity)
            .thenComparingInt(p -> severity(p.getOutcome()));

    /*
     * Loops rather than a stream over a set: this runs once per route, and the stream, set and
     * comparator it built each time were a large share of the analysis's allocations.
     */
    Optional<ProviderPractice> find(List<Hop> path) {
        Jurisdiction requesting = context.requesting();
        Jurisdiction last = path.get(path.size() - 1).issuer();
        ProviderPractice best = best(null, requesting, path);
        if (last != requesting) {
            best = best(best, last, path);
        }
        return Optional.ofNullable(best);
    }

    private ProviderPractice best(ProviderPractice best, Jurisdiction requesting, List<Hop> path) {
        for (ProviderPractice practice : index.practices(context.provider(), requesting)) {
            if (matches(practice, path) && (best == null || ORDER.compare(practice, best) > 0)) {
                best = practice;
            }
        }
        return best;
    }

    Optional<Gap> gap(ProviderPractice practice, int lastStep) {
        String key;
        GapKind kind;
        GapSeverity severity;
        switch (practice.getOutcome()) {
            case REFUSES -> {
                kind = GapKind.PRACTICE_REFUSES;
                severity = GapSeverity.BLOCKING;
                key = "gap.practiceRefuses"; //$NON-NLS-1$
            }
            case NO_RESPONSE -> {
                kind = GapKind.PRACTICE_NO_RESPONSE;
                severity = GapSeverity.BLOCKING;
                key = "gap.practiceNoResponse"; //$NON-NLS-1$
            }
            case CASE_BY_CASE -> {
                kind = GapKind.PRACTICE_CASE_BY_CASE;
                severity = GapSeverity.WEAKENING;
                key = "gap.practiceCaseByCase"; //$NON-NLS-1$
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(new Gap(kind, severity, lastStep, List.of(practice), key, practice.getProvider(),
                practice.getRequestingJurisdiction()));
    }

    private boolean matches(ProviderPractice practice, List<Hop> path) {
        if (practice.getOutcome() == PracticeOutcome.UNSTATED || !practice.isValidAt(context.date())) {
            return false;
        }
        if (!practice.getDataCategories().isEmpty() && !practice.getDataCategories().contains(context.category())) {
            return false;
        }
        boolean kind = practice.getRouteKinds().isEmpty()
                || path.stream().anyMatch(h -> practice.getRouteKinds().contains(h.provision().getRouteKind()));
        boolean instrument = practice.getInstrument() == null
                || path.stream().anyMatch(h -> h.provision().getInstrument() == practice.getInstrument());
        return kind && instrument;
    }

    private static int specificity(ProviderPractice practice) {
        return (practice.getInstrument() != null ? 4 : 0) + (practice.getRouteKinds().isEmpty() ? 0 : 2)
                + (practice.getDataCategories().isEmpty() ? 0 : 1);
    }

    private static int severity(PracticeOutcome outcome) {
        return switch (outcome) {
            case UNSTATED, COMPLIES -> 0;
            case CASE_BY_CASE -> 1;
            case REFUSES -> 2;
            case NO_RESPONSE -> 3;
        };
    }
}
