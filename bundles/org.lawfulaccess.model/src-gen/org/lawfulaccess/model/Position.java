/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Position</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A party's stated position on an instrument or policy, e.g. a signatory of a statement.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.Position#getHolder <em>Holder</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Position#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Position#getStance <em>Stance</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getPosition()
 * @model
 * @generated
 */
public interface Position extends Fact {
	/**
	 * Returns the value of the '<em><b>Holder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who holds the position.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Holder</em>' reference.
	 * @see #setHolder(Party)
	 * @see org.lawfulaccess.model.LawfulPackage#getPosition_Holder()
	 * @model required="true"
	 * @generated
	 */
	Party getHolder();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Position#getHolder <em>Holder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Holder</em>' reference.
	 * @see #getHolder()
	 * @generated
	 */
	void setHolder(Party value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The instrument or policy concerned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' reference.
	 * @see #setSubject(Instrument)
	 * @see org.lawfulaccess.model.LawfulPackage#getPosition_Subject()
	 * @model required="true"
	 * @generated
	 */
	Instrument getSubject();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Position#getSubject <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' reference.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(Instrument value);

	/**
	 * Returns the value of the '<em><b>Stance</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.Stance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The position taken.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stance</em>' attribute.
	 * @see org.lawfulaccess.model.Stance
	 * @see #setStance(Stance)
	 * @see org.lawfulaccess.model.LawfulPackage#getPosition_Stance()
	 * @model
	 * @generated
	 */
	Stance getStance();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Position#getStance <em>Stance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stance</em>' attribute.
	 * @see org.lawfulaccess.model.Stance
	 * @see #getStance()
	 * @generated
	 */
	void setStance(Stance value);

} // Position
