/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.model.Accreditation;
import org.lawfulaccess.model.ClassificationLevel;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.UsageDecision;
import org.lawfulaccess.model.UsagePolicy;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.FindingBuilder;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleContext;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.RuleScope;
import org.lawfulaccess.validation.Severity;

/**
 * LA-SEC-01: a usage policy that allows information over a service at a classification level above
 * the highest level the service is accredited for. Reads the policy, its service and the
 * accreditations the service contains, so it is re-evaluated per policy after an edit.
 */
final class ClassifiedUseRule implements Rule {

    static final String ID = "LA-SEC-01"; //$NON-NLS-1$

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID, ProtectionMessages.format(ID + ".title"), Category.SECURITY) //$NON-NLS-1$
            .severity(Severity.ERROR)
            .targets(LawfulPackage.Literals.USAGE_POLICY)
            .scope(RuleScope.TARGET)
            .description(ProtectionMessages.format(ID + ".description")) //$NON-NLS-1$
            .example(ProtectionMessages.format(ID + ".example")) //$NON-NLS-1$
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(EObject target, RuleContext context) {
        LocalDate date = context.date();
        if (!(target instanceof UsagePolicy policy) || policy.getDecision() != UsageDecision.ALLOWED || !policy.isValidAt(date)
                || policy.getService() == null || policy.getMaxLevel() == null) {
            return;
        }
        Service service = policy.getService();
        List<Accreditation> valid = new ArrayList<>();
        // Without an accreditation a service is fit for unclassified information only.
        ClassificationLevel accredited = ClassificationLevel.UNCLASSIFIED;
        for (Accreditation accreditation : service.getAccreditations()) {
            if (accreditation.isValidAt(date) && accreditation.getLevel() != null) {
                valid.add(accreditation);
                if (accreditation.getLevel().getValue() > accredited.getValue()) {
                    accredited = accreditation.getLevel();
                }
            }
        }
        if (policy.getMaxLevel().getValue() <= accredited.getValue()) {
            return;
        }
        String organisation = policy.getOrganisation() == null ? ProtectionMessages.format(ID + ".anyone") //$NON-NLS-1$
                : context.label(policy.getOrganisation());
        FindingBuilder finding = context.finding(policy, service)
                .message(ProtectionMessages.format(ID + ".message", organisation, context.label(service), //$NON-NLS-1$
                        ProtectionMessages.literal(policy.getMaxLevel()), ProtectionMessages.literal(accredited), date.toString()))
                .evidence(policy);
        valid.forEach(finding::evidence);
        if (valid.isEmpty()) {
            finding.evidence(ProtectionMessages.format(ID + ".noAccreditation", context.label(service), date.toString())); //$NON-NLS-1$
        }
        finding.report();
    }
}
