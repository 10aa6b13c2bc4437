/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.quickfix;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.validation.Finding;

/** What the built-in fixes share: reading a finding's elements and naming the one command they return. */
final class Fixes {

    private Fixes() {
    }

    /**
     * @param label the command's name in the Edit menu
     * @param commands the changes, in order
     * @return one command of them all; it cannot execute when there is nothing to do
     */
    static Command compound(String label, List<Command> commands) {
        CompoundCommand compound = new CompoundCommand(label);
        commands.forEach(compound::append);
        return compound;
    }

    /** @return the finding's element at the index, if it is of the type */
    static <T> Optional<T> element(Finding finding, int index, Class<T> type) {
        List<EObject> elements = finding.elements();
        return index < elements.size() && type.isInstance(elements.get(index)) ? Optional.of(type.cast(elements.get(index)))
                : Optional.empty();
    }

    /** @return whether the finding is the one its rule reports on these elements with this discriminator */
    static boolean is(Finding finding, String discriminator) {
        return finding.fingerprint().equals(Finding.fingerprint(finding.ruleId(), finding.elements(), discriminator));
    }
}
