/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.lawfulaccess.ui.QuickFix;
import org.lawfulaccess.validation.Finding;

/**
 * LA-INT-01: removes a reference to an element that is not in the model (an unresolved proxy, or an
 * element removed while still referred to). The rule reports each dangling value of a reference
 * separately; the fix finds the one its finding names by the finding's fingerprint.
 */
public final class DanglingReferenceFix implements QuickFix {

    /** A dangling value of a reference of an element. */
    record Dangling(EObject owner, EReference reference, EObject value) {
    }

    @Override
    public String label() {
        return QuickFixMessages.danglingLabel;
    }

    @Override
    public String description() {
        return QuickFixMessages.danglingDescription;
    }

    @Override
    public boolean canFix(Finding finding, Context context) {
        return dangling(finding).isPresent();
    }

    @Override
    public Command createCommand(List<Finding> findings, Context context) {
        List<Command> commands = new ArrayList<>();
        for (Finding finding : findings) {
            dangling(finding).ifPresent(d -> commands.add(d.reference().isMany()
                    ? RemoveCommand.create(context.domain(), d.owner(), d.reference(), d.value())
                    : SetCommand.create(context.domain(), d.owner(), d.reference(), null)));
        }
        return Fixes.compound(label(), commands);
    }

    /** Reads only the finding's element's own references: cheap on any model. */
    static Optional<Dangling> dangling(Finding finding) {
        EObject owner = Fixes.element(finding, 0, EObject.class).orElse(null);
        if (owner == null) {
            return Optional.empty();
        }
        for (EReference reference : owner.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()) {
                continue;
            }
            Object value = owner.eGet(reference, false);
            List<?> values = reference.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
            for (Object v : values) {
                if (v instanceof EObject referenced && isDangling(owner, referenced) && Fixes.is(finding,
                        "dangling/" + reference.getName() + '/' + Finding.elementId(referenced))) { //$NON-NLS-1$
                    return Optional.of(new Dangling(owner, reference, referenced));
                }
            }
        }
        return Optional.empty();
    }

    /** As the rule judges it: a proxy that does not resolve, or an element no longer in the model. */
    private static boolean isDangling(EObject owner, EObject referenced) {
        if (referenced.eIsProxy()) {
            return EcoreUtil.resolve(referenced, owner).eIsProxy();
        }
        return referenced.eResource() == null && EcoreUtil.getRootContainer(referenced) != EcoreUtil.getRootContainer(owner);
    }
}
