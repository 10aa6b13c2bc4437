/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Telecom Operator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An operator of a public electronic-communications network or access service; it always counts as kind TELECOM_OPERATOR.
 * <!-- end-model-doc -->
 *
 *
 * @see org.lawfulaccess.model.LawfulPackage#getTelecomOperator()
 * @model
 * @generated
 */
public interface TelecomOperator extends Provider {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the operator has the given line of business; TELECOM_OPERATOR always holds.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasKind(ProviderKind kind);

} // TelecomOperator
