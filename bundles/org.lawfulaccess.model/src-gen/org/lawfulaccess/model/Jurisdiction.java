/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Jurisdiction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A legal order: a state, a supranational order such as the EU, or a sub-national unit.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.Jurisdiction#getCode <em>Code</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Jurisdiction#getKind <em>Kind</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Jurisdiction#getParent <em>Parent</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getJurisdiction()
 * @model
 * @generated
 */
public interface Jurisdiction extends Party {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO-style code, e.g. BE, US, EU.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.lawfulaccess.model.LawfulPackage#getJurisdiction_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Jurisdiction#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.JurisdictionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The level of the jurisdiction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.lawfulaccess.model.JurisdictionKind
	 * @see #setKind(JurisdictionKind)
	 * @see org.lawfulaccess.model.LawfulPackage#getJurisdiction_Kind()
	 * @model
	 * @generated
	 */
	JurisdictionKind getKind();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Jurisdiction#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.lawfulaccess.model.JurisdictionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(JurisdictionKind value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The state a sub-national jurisdiction belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Jurisdiction)
	 * @see org.lawfulaccess.model.LawfulPackage#getJurisdiction_Parent()
	 * @model
	 * @generated
	 */
	Jurisdiction getParent();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Jurisdiction#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Jurisdiction value);

} // Jurisdiction
