package org.lawfulaccess.core.internal.routes;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.core.routes.Gap;
import org.lawfulaccess.core.routes.GapKind;
import org.lawfulaccess.core.routes.GapSeverity;
import org.lawfulaccess.core.routes.Latency;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.Establishment;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.RetentionBound;
import org.lawfulaccess.model.RetentionRule;
import org.lawfulaccess.model.RouteKind;
import org.lawfulaccess.model.value.TimeSpan;

/**
 * Whether the data still exists when a route reaches its holder. The holder's deletion point is the
 * shortest maximum or fixed retention that applies to it at the date: its own policy and the laws
 * of its seat and establishments, for its kinds and the scenario's data category. The clock runs
 * from the event; a preservation step stops it once executed.
 */
final class RetentionCheck {

    private final RouteIndex index;
    private final ScenarioContext context;
    private final long marginMinutes;
    private final Optional<RetentionRule> rule;

    RetentionCheck(RouteIndex index, ScenarioContext context, TimeSpan margin) {
        this.index = index;
        this.context = context;
        this.marginMinutes = Latency.duration(margin).toMinutes();
        this.rule = context.provider() == null ? Optional.empty() : deletingRule(context.provider());
    }

    private Optional<RetentionRule> deletingRule(Provider provider) {
        Set<RetentionRule> candidates = new LinkedHashSet<>(index.retentionOf(provider));
        places(index, provider, context.date()).forEach(j -> candidates.addAll(index.retentionIn(j)));
        return candidates.stream()
                .filter(r -> applies(r, provider, context.category(), context.date()))
                .min(Comparator.comparing(RetentionRule::getDuration));
    }

    /**
     * @return the places whose retention laws reach a provider at a date: its seat and its establishments
     *         valid then, with the jurisdictions they belong to
     */
    static Set<Jurisdiction> places(RouteIndex index, Provider provider, LocalDate date) {
        Set<Jurisdiction> places = new LinkedHashSet<>();
        if (provider.getJurisdiction() != null) {
            places.addAll(ScenarioContext.withParents(provider.getJurisdiction()));
        }
        for (Establishment e : index.establishmentsOf(provider)) {
            if (e.getJurisdiction() != null && e.isValidAt(date)) {
                places.addAll(ScenarioContext.withParents(e.getJurisdiction()));
            }
        }
        return places;
    }

    /** @return whether a rule that reaches the provider limits how long it keeps data of the category at the date */
    static boolean applies(RetentionRule rule, Provider provider, DataCategory category, LocalDate date) {
        return rule.isValidAt(date)
                && rule.getDuration() != null
                && (rule.getBound() == RetentionBound.MAXIMUM || rule.getBound() == RetentionBound.FIXED)
                && (rule.getProviderKinds().isEmpty() || rule.getProviderKinds().stream().anyMatch(provider::hasKind))
                && (rule.getDataCategories().isEmpty() || rule.getDataCategories().contains(category));
    }

    /**
     * @param path the route's hops
     * @param steps the latency of each hop
     * @param start the elapsed time before the first step
     * @return the gap, if the data is or may be gone on delivery
     */
    Optional<Gap> check(List<Hop> path, List<Latency> steps, Latency start) {
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        // Sums in minutes, as Latency does: this runs for every route, and most have no gap.
        long min = start.min().toMinutes();
        long max = start.max().toMinutes();
        int last = path.size() - 1;
        for (int i = 0; i <= last; i++) {
            min += steps.get(i).min().toMinutes();
            max += steps.get(i).max().toMinutes();
            if (path.get(i).provision().getRouteKind() == RouteKind.PRESERVATION && i < last) {
                last = i;
            }
        }
        RetentionRule found = rule.get();
        long deletion = found.getDuration().toApproximateMinutes();
        long latest = max + marginMinutes;
        if (min >= deletion) {
            return Optional.of(gap(GapSeverity.BLOCKING, "gap.retentionError", found, min, path, last)); //$NON-NLS-1$
        }
        if (latest >= deletion) {
            return Optional.of(gap(GapSeverity.WEAKENING, "gap.retentionWarning", found, latest, path, last)); //$NON-NLS-1$
        }
        return Optional.empty();
    }

    /** A gap at the last step counted, with the rule and the provisions up to it as evidence. */
    private static Gap gap(GapSeverity severity, String key, RetentionRule rule, long elapsedMinutes, List<Hop> path, int last) {
        List<EObject> evidence = new ArrayList<>(last + 2);
        evidence.add(rule);
        for (int i = 0; i <= last; i++) {
            evidence.add(path.get(i).provision());
        }
        EObject basis = rule.getLegalBasis() != null ? rule.getLegalBasis()
                : rule.getProvider() != null ? rule.getProvider() : rule.getJurisdiction();
        Duration elapsed = Duration.ofMinutes(elapsedMinutes);
        return new Gap(GapKind.RETENTION_EXPIRES, severity, last, evidence, key, rule.getDuration(), basis, Latency.days(elapsed));
    }
}
