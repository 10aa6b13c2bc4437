/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.quickfix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.lawfulaccess.model.Actor;
import org.lawfulaccess.model.Authority;
import org.lawfulaccess.model.AuthorityKind;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.PointOfContact;
import org.lawfulaccess.ui.QuickFix;
import org.lawfulaccess.validation.Finding;

/**
 * LA-SPOC-01: designates the point of contact a party lacks, in the network its instrument requires
 * (the finding's discriminator), with an authority of that jurisdiction as the designated actor
 * (its police first, as 24/7 contacts usually are), if the model has one.
 */
public final class ContactPointFix implements QuickFix {

    @Override
    public String label() {
        return QuickFixMessages.contactLabel;
    }

    @Override
    public String description() {
        return QuickFixMessages.contactDescription;
    }

    @Override
    public boolean canFix(Finding finding, Context context) {
        return network(finding).isPresent();
    }

    /** The network the finding is about: the rule reports one finding per (party, membership, network). */
    static Optional<ContactNetwork> network(Finding finding) {
        if (Fixes.element(finding, 0, Jurisdiction.class).isEmpty() || Fixes.element(finding, 1, Membership.class).isEmpty()) {
            return Optional.empty();
        }
        return ContactNetwork.VALUES.stream().filter(n -> Fixes.is(finding, n.getLiteral())).findFirst();
    }

    @Override
    public Command createCommand(List<Finding> findings, Context context) {
        List<Command> commands = new ArrayList<>();
        Set<List<Object>> done = new HashSet<>();
        for (Finding finding : findings) {
            Optional<ContactNetwork> network = network(finding);
            Jurisdiction party = Fixes.element(finding, 0, Jurisdiction.class).orElse(null);
            if (network.isEmpty() || !done.add(List.of(party, network.get()))) {
                continue; // two instruments may require the same contact: one designation serves both
            }
            PointOfContact contact = LawfulFactory.eINSTANCE.createPointOfContact();
            contact.setJurisdiction(party);
            contact.setNetwork(network.get());
            contact.setDesignatedActor(authorityOf(context.ecosystem(), party));
            commands.add(AddCommand.create(context.domain(), context.ecosystem(), LawfulPackage.Literals.ECOSYSTEM__FACTS, contact));
        }
        return Fixes.compound(label(), commands);
    }

    /** @return an authority of the jurisdiction, its police first; null if it has none */
    private static Actor authorityOf(Ecosystem ecosystem, Jurisdiction jurisdiction) {
        Authority found = null;
        for (Actor actor : ecosystem.getActors()) {
            if (actor instanceof Authority authority && authority.getJurisdiction() == jurisdiction) {
                if (authority.getKind() == AuthorityKind.POLICE) {
                    return authority;
                }
                found = found == null ? authority : found;
            }
        }
        return found;
    }
}
