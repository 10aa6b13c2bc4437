/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.Set;

import org.lawfulaccess.core.routes.Gap;
import org.lawfulaccess.core.routes.GapKind;
import org.lawfulaccess.core.routes.Route;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.FindingBuilder;
import org.lawfulaccess.validation.RuleContext;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.RuleScope;
import org.lawfulaccess.validation.Severity;

/**
 * LA-TIME-02: a route relies on a provision that is not in force, or in force but not yet
 * applicable, at the validation date. Every route counts, blocked or not: the finding is the reason
 * the route is not there (yet).
 */
final class ApplicabilityRule extends GapRule {

    static final String ID = "LA-TIME-02"; //$NON-NLS-1$

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor
            .builder(ID, AccessMessages.format("time02.title"), Category.TIME) //$NON-NLS-1$
            .severity(Severity.WARNING)
            .targets(LawfulPackage.Literals.SCENARIO)
            .scope(RuleScope.MODEL)
            .reads(LawfulPackage.Literals.ECOSYSTEM) // the date; the scenario and its routes are declared as read
            .legalBasis(AccessMessages.format("basis.vclt.24"), AccessMessages.format("source.vclt")) //$NON-NLS-1$ //$NON-NLS-2$
            .description(AccessMessages.format("time02.description")) //$NON-NLS-1$
            .example(AccessMessages.format("time02.example")) //$NON-NLS-1$
            .build();

    ApplicabilityRule() {
        super(Set.of(GapKind.NOT_IN_FORCE, GapKind.NOT_YET_APPLICABLE));
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    void report(FindingBuilder finding, Scenario scenario, Route route, Gap gap, RuleContext context) {
        finding.message(AccessMessages.format("time02.message", context.label(scenario), describe(route, context), //$NON-NLS-1$
                gap.message(context::label))).report();
    }
}
