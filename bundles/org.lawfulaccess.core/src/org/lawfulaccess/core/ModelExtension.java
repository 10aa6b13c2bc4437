/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.core;

import org.eclipse.emf.ecore.EPackage;

/**
 * Contributes an extra metamodel (an in-house package whose classes extend ours) to the resource
 * sets of {@link LawfulResources}, so that its elements load with their types.
 * <p>
 * On a plain class path (the {@code lawful} command line) implementations are found with
 * {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/org.lawfulaccess.core.ModelExtension}. Inside OSGi, register the package
 * with EMF's {@code org.eclipse.emf.ecore.generated_package} extension instead; every resource set
 * consults EMF's global registry there, so the same package is never registered twice.
 */
public interface ModelExtension {

    /** @return the package to register under its namespace URI */
    EPackage ePackage();
}
