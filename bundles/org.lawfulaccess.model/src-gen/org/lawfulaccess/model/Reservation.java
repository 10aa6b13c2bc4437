/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reservation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reservation or declaration of a party on one provision, e.g. Japan on art. 7 of the Second Additional Protocol.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.Reservation#getProvision <em>Provision</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Reservation#getEffect <em>Effect</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Reservation#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getReservation()
 * @model
 * @generated
 */
public interface Reservation extends Fact {
	/**
	 * Returns the value of the '<em><b>Provision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provision concerned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provision</em>' reference.
	 * @see #setProvision(Provision)
	 * @see org.lawfulaccess.model.LawfulPackage#getReservation_Provision()
	 * @model required="true"
	 * @generated
	 */
	Provision getProvision();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Reservation#getProvision <em>Provision</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provision</em>' reference.
	 * @see #getProvision()
	 * @generated
	 */
	void setProvision(Provision value);

	/**
	 * Returns the value of the '<em><b>Effect</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.ReservationEffect}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the reservation does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effect</em>' attribute.
	 * @see org.lawfulaccess.model.ReservationEffect
	 * @see #setEffect(ReservationEffect)
	 * @see org.lawfulaccess.model.LawfulPackage#getReservation_Effect()
	 * @model
	 * @generated
	 */
	ReservationEffect getEffect();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Reservation#getEffect <em>Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effect</em>' attribute.
	 * @see org.lawfulaccess.model.ReservationEffect
	 * @see #getEffect()
	 * @generated
	 */
	void setEffect(ReservationEffect value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text of the reservation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.lawfulaccess.model.LawfulPackage#getReservation_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Reservation#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // Reservation
