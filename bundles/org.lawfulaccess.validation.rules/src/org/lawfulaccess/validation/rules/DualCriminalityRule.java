/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.Set;

import org.lawfulaccess.core.routes.Gap;
import org.lawfulaccess.core.routes.GapKind;
import org.lawfulaccess.core.routes.GapSeverity;
import org.lawfulaccess.core.routes.Route;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.FindingBuilder;
import org.lawfulaccess.validation.RuleContext;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.RuleScope;
import org.lawfulaccess.validation.Severity;

/**
 * LA-DUAL-01: a route step that requires dual criminality, by law or by the addressee's policy,
 * for conduct recorded as not criminal where the step is executed. Only routes that are otherwise
 * legally available count: on a route the law already closes, dual criminality changes nothing.
 */
final class DualCriminalityRule extends GapRule {

    static final String ID = "LA-DUAL-01"; //$NON-NLS-1$

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor
            .builder(ID, AccessMessages.format("dual01.title"), Category.JURISDICTION) //$NON-NLS-1$
            .severity(Severity.ERROR)
            .targets(LawfulPackage.Literals.SCENARIO)
            .scope(RuleScope.MODEL)
            .reads(LawfulPackage.Literals.ECOSYSTEM) // the date; the scenario and its routes are declared as read
            .legalBasis(AccessMessages.format("basis.budapest.29"), AccessMessages.format("source.budapest")) //$NON-NLS-1$ //$NON-NLS-2$
            .legalBasis(AccessMessages.format("basis.eevidence.grounds"), AccessMessages.format("source.eevidence")) //$NON-NLS-1$ //$NON-NLS-2$
            .description(AccessMessages.format("dual01.description")) //$NON-NLS-1$
            .example(AccessMessages.format("dual01.example")) //$NON-NLS-1$
            .build();

    DualCriminalityRule() {
        super(Set.of(GapKind.DUAL_CRIMINALITY_FAILS));
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    boolean considers(Route route) {
        return route.isLegallyAvailable();
    }

    @Override
    void report(FindingBuilder finding, Scenario scenario, Route route, Gap gap, RuleContext context) {
        Provision provision = route.steps().get(gap.stepIndex()).provision();
        // A ground for refusal lets the addressee execute anyway: a warning; a requirement blocks: an error.
        boolean blocks = gap.severity() == GapSeverity.BLOCKING;
        finding.severity(blocks ? Severity.ERROR : Severity.WARNING)
                .message(AccessMessages.format(blocks ? "dual01.message" : "dual01.refusal", //$NON-NLS-1$ //$NON-NLS-2$
                        context.label(scenario), context.label(provision), gap.message(context::label)))
                .report();
    }
}
