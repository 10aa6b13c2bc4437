/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Domestic Obligation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A domestic law imposing an obligation (retention, interception capability, decryption-key disclosure, duty to cooperate) on a class of addressees.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.DomesticObligation#getObligationKind <em>Obligation Kind</em>}</li>
 *   <li>{@link org.lawfulaccess.model.DomesticObligation#getAddresseeClass <em>Addressee Class</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getDomesticObligation()
 * @model
 * @generated
 */
public interface DomesticObligation extends Instrument {
	/**
	 * Returns the value of the '<em><b>Obligation Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.ObligationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the law requires.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Obligation Kind</em>' attribute.
	 * @see org.lawfulaccess.model.ObligationKind
	 * @see #setObligationKind(ObligationKind)
	 * @see org.lawfulaccess.model.LawfulPackage#getDomesticObligation_ObligationKind()
	 * @model
	 * @generated
	 */
	ObligationKind getObligationKind();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.DomesticObligation#getObligationKind <em>Obligation Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Obligation Kind</em>' attribute.
	 * @see org.lawfulaccess.model.ObligationKind
	 * @see #getObligationKind()
	 * @generated
	 */
	void setObligationKind(ObligationKind value);

	/**
	 * Returns the value of the '<em><b>Addressee Class</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.AddresseeClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whom it binds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addressee Class</em>' attribute.
	 * @see org.lawfulaccess.model.AddresseeClass
	 * @see #setAddresseeClass(AddresseeClass)
	 * @see org.lawfulaccess.model.LawfulPackage#getDomesticObligation_AddresseeClass()
	 * @model
	 * @generated
	 */
	AddresseeClass getAddresseeClass();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.DomesticObligation#getAddresseeClass <em>Addressee Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addressee Class</em>' attribute.
	 * @see org.lawfulaccess.model.AddresseeClass
	 * @see #getAddresseeClass()
	 * @generated
	 */
	void setAddresseeClass(AddresseeClass value);

} // DomesticObligation
