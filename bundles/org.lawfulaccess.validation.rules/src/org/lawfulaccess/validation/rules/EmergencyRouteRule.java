/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.core.routes.Route;
import org.lawfulaccess.core.routes.ScenarioRoutes;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.model.Urgency;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.FindingBuilder;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleContext;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.RuleScope;
import org.lawfulaccess.validation.Severity;

/**
 * LA-EMER-01 and LA-EMER-02, which read the same emergency routes of a scenario under imminent
 * threat: routes whose every step states an emergency latency and that the law leaves open. With
 * none, LA-EMER-01 reports that the urgent request has no emergency procedure; with only voluntary
 * ones, LA-EMER-02 reports that the provider alone decides whether it is an emergency.
 */
final class EmergencyRouteRule implements Rule {

    static final String MISSING = "LA-EMER-01"; //$NON-NLS-1$
    static final String DISCRETION = "LA-EMER-02"; //$NON-NLS-1$

    private final RuleDescriptor descriptor;
    private final boolean discretion;

    private EmergencyRouteRule(RuleDescriptor descriptor, boolean discretion) {
        this.descriptor = descriptor;
        this.discretion = discretion;
    }

    /** @return LA-EMER-01 */
    static EmergencyRouteRule missing() {
        return new EmergencyRouteRule(descriptor(MISSING, "emer01", Severity.ERROR), false); //$NON-NLS-1$
    }

    /** @return LA-EMER-02 */
    static EmergencyRouteRule discretion() {
        return new EmergencyRouteRule(descriptor(DISCRETION, "emer02", Severity.WARNING), true); //$NON-NLS-1$
    }

    private static RuleDescriptor descriptor(String id, String key, Severity severity) {
        return RuleDescriptor.builder(id, AccessMessages.format(key + ".title"), Category.COOPERATION) //$NON-NLS-1$
                .severity(severity)
                .targets(LawfulPackage.Literals.SCENARIO)
                .scope(RuleScope.MODEL)
                .reads(LawfulPackage.Literals.ECOSYSTEM) // the date; the scenario and its routes are declared as read
                .legalBasis(AccessMessages.format("basis.protocol.9"), AccessMessages.format("source.protocol")) //$NON-NLS-1$ //$NON-NLS-2$
                .legalBasis(AccessMessages.format("basis.eevidence.emergency"), AccessMessages.format("source.eevidence")) //$NON-NLS-1$ //$NON-NLS-2$
                .description(AccessMessages.format(key + ".description")) //$NON-NLS-1$
                .example(AccessMessages.format(key + ".example")) //$NON-NLS-1$
                .build();
    }

    @Override
    public RuleDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public void check(EObject target, RuleContext context) {
        Scenario scenario = (Scenario) target;
        context.reads(scenario);
        if (scenario.getUrgency() != Urgency.IMMINENT_THREAT || context.ecosystem() == null) {
            return;
        }
        ScenarioRoutes routes = Routes.of(scenario, context).orElse(null);
        if (routes == null) {
            return;
        }
        List<Route> emergency = routes.routes().stream().filter(r -> r.isEmergencyRoute() && r.isLegallyAvailable()).toList();
        if (!discretion && emergency.isEmpty()) {
            FindingBuilder finding = context.finding(scenario);
            // Emergency procedures the law closes at the date explain why none is open.
            List<Route> closed = routes.routes().stream().filter(Route::isEmergencyRoute).toList();
            PairRoutes.evidence(closed).forEach(finding::evidence);
            finding.message(AccessMessages.format(closed.isEmpty() ? "emer01.message" : "emer01.closed", //$NON-NLS-1$ //$NON-NLS-2$
                    context.label(scenario), closed.size())).report();
        } else if (discretion && !emergency.isEmpty() && emergency.stream().noneMatch(Route::isBinding)) {
            FindingBuilder finding = context.finding(scenario);
            PairRoutes.evidence(emergency).forEach(finding::evidence);
            String described = emergency.stream().map(r -> GapRule.describe(r, context)).distinct()
                    .reduce((a, b) -> a + AccessMessages.format("list.separator") + b).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
            finding.message(AccessMessages.format("emer02.message", context.label(scenario), described)).report(); //$NON-NLS-1$
        }
    }
}
