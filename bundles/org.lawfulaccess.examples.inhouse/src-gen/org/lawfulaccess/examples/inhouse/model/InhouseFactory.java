/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.examples.inhouse.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.lawfulaccess.examples.inhouse.model.InhousePackage
 * @generated
 */
public interface InhouseFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	InhouseFactory eINSTANCE = org.lawfulaccess.examples.inhouse.model.impl.InhouseFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Tooling Capability</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Tooling Capability</em>'.
	 * @generated
	 */
	ToolingCapability createToolingCapability();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	InhousePackage getInhousePackage();

} //InhouseFactory
