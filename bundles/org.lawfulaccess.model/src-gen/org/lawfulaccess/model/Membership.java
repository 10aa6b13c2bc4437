/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Membership</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A party's status (signatory or party) in an instrument for a period; a signature followed by ratification is two memberships.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.Membership#getInstrument <em>Instrument</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Membership#getParty <em>Party</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Membership#getStatus <em>Status</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Membership#getReservations <em>Reservations</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getMembership()
 * @model
 * @generated
 */
public interface Membership extends Fact {
	/**
	 * Returns the value of the '<em><b>Instrument</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.lawfulaccess.model.Instrument#getMemberships <em>Memberships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The instrument.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instrument</em>' container reference.
	 * @see #setInstrument(Instrument)
	 * @see org.lawfulaccess.model.LawfulPackage#getMembership_Instrument()
	 * @see org.lawfulaccess.model.Instrument#getMemberships
	 * @model opposite="memberships" required="true" transient="false"
	 * @generated
	 */
	Instrument getInstrument();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Membership#getInstrument <em>Instrument</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument</em>' container reference.
	 * @see #getInstrument()
	 * @generated
	 */
	void setInstrument(Instrument value);

	/**
	 * Returns the value of the '<em><b>Party</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The jurisdiction or actor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Party</em>' reference.
	 * @see #setParty(Party)
	 * @see org.lawfulaccess.model.LawfulPackage#getMembership_Party()
	 * @model required="true"
	 * @generated
	 */
	Party getParty();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Membership#getParty <em>Party</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Party</em>' reference.
	 * @see #getParty()
	 * @generated
	 */
	void setParty(Party value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.MembershipStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signatory or party.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.lawfulaccess.model.MembershipStatus
	 * @see #setStatus(MembershipStatus)
	 * @see org.lawfulaccess.model.LawfulPackage#getMembership_Status()
	 * @model
	 * @generated
	 */
	MembershipStatus getStatus();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Membership#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.lawfulaccess.model.MembershipStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(MembershipStatus value);

	/**
	 * Returns the value of the '<em><b>Reservations</b></em>' containment reference list.
	 * The list contents are of type {@link org.lawfulaccess.model.Reservation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reservations and declarations on provisions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reservations</em>' containment reference list.
	 * @see org.lawfulaccess.model.LawfulPackage#getMembership_Reservations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Reservation> getReservations();

} // Membership
