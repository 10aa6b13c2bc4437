/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.properties;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.IFilter;

/** The property tabs apply to model elements (unwrapped from item-provider wrappers), not to folders. */
public final class ElementFilter implements IFilter {

    @Override
    public boolean select(Object object) {
        return AdapterFactoryEditingDomain.unwrap(object) instanceof EObject;
    }
}
