package org.lawfulaccess.core.internal.routes;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lawfulaccess.core.routes.Gap;
import org.lawfulaccess.core.routes.GapKind;
import org.lawfulaccess.core.routes.GapSeverity;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.PracticeOutcome;
import org.lawfulaccess.model.ProviderPractice;

/**
 * What the provider has been observed to do on a route: practices of the provider towards the
 * requesting jurisdiction (and towards the jurisdiction that issues the last step, e.g. the
 * requested state executing assistance), valid at the date, for a route kind used on the route,
 * the scenario's data category, and the route's instrument when the practice names one. The most
 * specific practice wins; among equally specific ones, the worst outcome.
 */
final class PracticeCheck {

    private final RouteIndex index;
    private final ScenarioContext context;

    PracticeCheck(RouteIndex index, ScenarioContext context) {
        this.index = index;
        this.context = context;
    }

    Optional<ProviderPractice> find(List<Hop> path) {
        Set<Jurisdiction> requesting = new LinkedHashSet<>();
        requesting.add(context.requesting());
        requesting.add(path.get(path.size() - 1).issuer());
        Comparator<ProviderPractice> order = Comparator.comparingInt(PracticeCheck::specificity)
                .thenComparingInt(p -> severity(p.getOutcome()));
        return requesting.stream()
                .flatMap(j -> index.practices(context.provider(), j).stream())
                .filter(p -> matches(p, path))
                .max(order);
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
        String messageKey = key;
        return Optional.of(new Gap(kind, severity, lastStep,
                () -> RouteMessages.format(messageKey, practice.getProvider(), practice.getRequestingJurisdiction()), List.of(practice)));
    }

    private boolean matches(ProviderPractice practice, List<Hop> path) {
        if (!practice.isValidAt(context.date())) {
            return false;
        }
        if (!practice.getDataCategories().isEmpty() && !practice.getDataCategories().contains(context.category())) {
            return false;
        }
        boolean kind = path.stream().anyMatch(h -> h.provision().getRouteKind() == practice.getRouteKind());
        boolean instrument = practice.getInstrument() == null
                || path.stream().anyMatch(h -> h.provision().getInstrument() == practice.getInstrument());
        return kind && instrument;
    }

    private static int specificity(ProviderPractice practice) {
        return (practice.getInstrument() != null ? 2 : 0) + (practice.getDataCategories().isEmpty() ? 0 : 1);
    }

    private static int severity(PracticeOutcome outcome) {
        return switch (outcome) {
            case COMPLIES -> 0;
            case CASE_BY_CASE -> 1;
            case REFUSES -> 2;
            case NO_RESPONSE -> 3;
        };
    }
}
