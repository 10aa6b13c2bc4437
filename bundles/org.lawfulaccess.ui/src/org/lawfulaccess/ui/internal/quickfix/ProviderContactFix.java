/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.quickfix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.PointOfContact;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.ui.QuickFix;
import org.lawfulaccess.validation.Finding;

/** LA-SPOC-02: designates a provider-specific point of contact between the requesting jurisdiction and the provider. */
public final class ProviderContactFix implements QuickFix {

    @Override
    public String label() {
        return QuickFixMessages.providerContactLabel;
    }

    @Override
    public String description() {
        return QuickFixMessages.providerContactDescription;
    }

    @Override
    public boolean canFix(Finding finding, Context context) {
        return Fixes.element(finding, 0, Provider.class).isPresent() && Fixes.element(finding, 1, Jurisdiction.class).isPresent();
    }

    @Override
    public Command createCommand(List<Finding> findings, Context context) {
        List<Command> commands = new ArrayList<>();
        Set<List<Object>> done = new HashSet<>();
        for (Finding finding : findings) {
            Provider provider = Fixes.element(finding, 0, Provider.class).orElse(null);
            Jurisdiction requesting = Fixes.element(finding, 1, Jurisdiction.class).orElse(null);
            if (provider == null || requesting == null || !done.add(List.of(provider, requesting))) {
                continue;
            }
            PointOfContact contact = LawfulFactory.eINSTANCE.createPointOfContact();
            contact.setJurisdiction(requesting);
            contact.setCounterpart(provider);
            contact.setNetwork(ContactNetwork.PROVIDER_SPECIFIC);
            commands.add(AddCommand.create(context.domain(), context.ecosystem(), LawfulPackage.Literals.ECOSYSTEM__FACTS, contact));
        }
        return Fixes.compound(label(), commands);
    }
}
