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
 * LA-SCOPE-01: a domestic obligation is used to reach a provider outside its class of addressees,
 * e.g. an interception duty binding declared operators only, aimed at a messaging provider with no
 * operator declaration in the issuing jurisdiction.
 */
final class AddresseeScopeRule extends GapRule {

    static final String ID = "LA-SCOPE-01"; //$NON-NLS-1$

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor
            .builder(ID, AccessMessages.format("scope01.title"), Category.JURISDICTION) //$NON-NLS-1$
            .severity(Severity.ERROR)
            .targets(LawfulPackage.Literals.SCENARIO)
            .scope(RuleScope.MODEL)
            .reads(LawfulPackage.Literals.ECOSYSTEM) // the date; the scenario and its routes are declared as read
            .legalBasis(AccessMessages.format("basis.cpce"), AccessMessages.format("source.cpce")) //$NON-NLS-1$ //$NON-NLS-2$
            .description(AccessMessages.format("scope01.description")) //$NON-NLS-1$
            .example(AccessMessages.format("scope01.example")) //$NON-NLS-1$
            .build();

    AddresseeScopeRule() {
        super(Set.of(GapKind.OUT_OF_SCOPE));
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    void report(FindingBuilder finding, Scenario scenario, Route route, Gap gap, RuleContext context) {
        finding.message(AccessMessages.format("scope01.message", context.label(scenario), gap.message(context::label))).report(); //$NON-NLS-1$
    }
}
