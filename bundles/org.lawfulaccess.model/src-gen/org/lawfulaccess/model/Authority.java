/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Authority</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A public authority that requests, receives or decides on requests.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.Authority#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getAuthority()
 * @model
 * @generated
 */
public interface Authority extends Actor {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.AuthorityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The function of the authority.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.lawfulaccess.model.AuthorityKind
	 * @see #setKind(AuthorityKind)
	 * @see org.lawfulaccess.model.LawfulPackage#getAuthority_Kind()
	 * @model
	 * @generated
	 */
	AuthorityKind getKind();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Authority#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.lawfulaccess.model.AuthorityKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AuthorityKind value);

} // Authority
