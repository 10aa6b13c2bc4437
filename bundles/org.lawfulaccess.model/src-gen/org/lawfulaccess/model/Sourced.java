/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sourced</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anything whose statements rest on sources: it carries citations.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.Sourced#getCitations <em>Citations</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getSourced()
 * @model abstract="true"
 * @generated
 */
public interface Sourced extends EObject {
	/**
	 * Returns the value of the '<em><b>Citations</b></em>' containment reference list.
	 * The list contents are of type {@link org.lawfulaccess.model.Citation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The citations this element rests on: which source, which words, where.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Citations</em>' containment reference list.
	 * @see org.lawfulaccess.model.LawfulPackage#getSourced_Citations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Citation> getCitations();

} // Sourced
