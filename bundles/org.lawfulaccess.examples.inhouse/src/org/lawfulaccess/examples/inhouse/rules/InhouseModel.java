/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.examples.inhouse.rules;

import org.eclipse.emf.ecore.EPackage;
import org.lawfulaccess.core.ModelExtension;
import org.lawfulaccess.examples.inhouse.model.InhousePackage;

/**
 * Makes the in-house package known to the {@code lawful} command line, which runs without OSGi:
 * listed in {@code META-INF/services/org.lawfulaccess.core.ModelExtension}. Inside the workbench
 * {@code plugin.xml} registers the package instead.
 */
public final class InhouseModel implements ModelExtension {

    @Override
    public EPackage ePackage() {
        return InhousePackage.eINSTANCE;
    }
}
