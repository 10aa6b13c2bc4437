/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something true for a period that rests on sources. The period is [validFrom, validTo): validTo is exclusive; an unset bound is open.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.Fact#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Fact#getValidTo <em>Valid To</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getFact()
 * @model abstract="true"
 * @generated
 */
public interface Fact extends Sourced {
	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day the fact holds; unset means since before anything the model cares about.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(LocalDate)
	 * @see org.lawfulaccess.model.LawfulPackage#getFact_ValidFrom()
	 * @model dataType="org.lawfulaccess.model.LocalDate"
	 * @generated
	 */
	LocalDate getValidFrom();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Fact#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day the fact no longer holds (exclusive); unset means still holds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Valid To</em>' attribute.
	 * @see #setValidTo(LocalDate)
	 * @see org.lawfulaccess.model.LawfulPackage#getFact_ValidTo()
	 * @model dataType="org.lawfulaccess.model.LocalDate"
	 * @generated
	 */
	LocalDate getValidTo();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Fact#getValidTo <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid To</em>' attribute.
	 * @see #getValidTo()
	 * @generated
	 */
	void setValidTo(LocalDate value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the fact holds on the given day.
	 * <!-- end-model-doc -->
	 * @model dateDataType="org.lawfulaccess.model.LocalDate"
	 * @generated
	 */
	boolean isValidAt(LocalDate date);

} // Fact
