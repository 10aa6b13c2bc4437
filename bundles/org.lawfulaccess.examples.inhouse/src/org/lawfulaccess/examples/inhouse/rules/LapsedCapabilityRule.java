/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.examples.inhouse.rules;

import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.examples.inhouse.model.InhousePackage;
import org.lawfulaccess.examples.inhouse.model.ToolingCapability;
import org.lawfulaccess.model.EncryptionModel;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleContext;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.RuleScope;
import org.lawfulaccess.validation.Severity;

/**
 * {@value #ID}: a tooling capability that is not valid at the date while it covers a service that is
 * end-to-end encrypted by default. One finding per (capability, service); the evidence is the
 * capability and the encryption profile.
 */
public final class LapsedCapabilityRule implements Rule {

    /** The rule id. */
    public static final String ID = "INH-CAP-01"; //$NON-NLS-1$

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor
            .builder(ID, Messages.format(ID + ".title"), InhouseRules.FORENSICS) //$NON-NLS-1$
            .severity(Severity.WARNING)
            .targets(InhousePackage.Literals.TOOLING_CAPABILITY)
            // MODEL, not TARGET: the encryption profiles read are contained by the covered services,
            // so an edit to a profile must re-evaluate capabilities that do not reference it.
            .scope(RuleScope.MODEL)
            .legalBasis(Messages.format(ID + ".legalBasis"), Messages.format(ID + ".legalSource")) //$NON-NLS-1$ //$NON-NLS-2$
            .description(Messages.format(ID + ".description")) //$NON-NLS-1$
            .example(Messages.format(ID + ".example")) //$NON-NLS-1$
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(EObject target, RuleContext context) {
        ToolingCapability capability = (ToolingCapability) target;
        LocalDate date = context.date();
        if (capability.isValidAt(date)) {
            return;
        }
        for (Service service : capability.getServices()) {
            endToEndProfile(service, date).ifPresent(profile -> context.finding(capability, service)
                    .evidence(capability)
                    .evidence(profile)
                    .message(message(capability, service, context))
                    .report());
        }
    }

    /** The first profile valid at the date that encrypts the service end to end by default. */
    private static Optional<EncryptionProfile> endToEndProfile(Service service, LocalDate date) {
        return service.getEncryption().stream()
                .filter(p -> p.getModel() == EncryptionModel.E2E_DEFAULT && p.isValidAt(date))
                .findFirst();
    }

    private static String message(ToolingCapability capability, Service service, RuleContext context) {
        LocalDate date = context.date();
        // Not valid at the date means either ended on or before it, or starting after it.
        boolean lapsed = capability.getValidTo() != null && !capability.getValidTo().isAfter(date);
        String label = capability.getTool() == null ? context.label(capability)
                : context.label(capability) + " \"" + capability.getTool() + '"'; //$NON-NLS-1$
        return Messages.format(lapsed ? ID + ".lapsed" : ID + ".notYet", label, context.label(capability.getHolder()), //$NON-NLS-1$ //$NON-NLS-2$
                context.label(service), String.valueOf(lapsed ? capability.getValidTo() : capability.getValidFrom()), String.valueOf(date));
    }
}
