/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Accreditation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The classification level a service is accredited for.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.Accreditation#getLevel <em>Level</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Accreditation#getAccreditedBy <em>Accredited By</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getAccreditation()
 * @model
 * @generated
 */
public interface Accreditation extends Fact {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.ClassificationLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The highest level accredited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.lawfulaccess.model.ClassificationLevel
	 * @see #setLevel(ClassificationLevel)
	 * @see org.lawfulaccess.model.LawfulPackage#getAccreditation_Level()
	 * @model
	 * @generated
	 */
	ClassificationLevel getLevel();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Accreditation#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.lawfulaccess.model.ClassificationLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(ClassificationLevel value);

	/**
	 * Returns the value of the '<em><b>Accredited By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The accrediting authority.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accredited By</em>' reference.
	 * @see #setAccreditedBy(Actor)
	 * @see org.lawfulaccess.model.LawfulPackage#getAccreditation_AccreditedBy()
	 * @model
	 * @generated
	 */
	Actor getAccreditedBy();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Accreditation#getAccreditedBy <em>Accredited By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accredited By</em>' reference.
	 * @see #getAccreditedBy()
	 * @generated
	 */
	void setAccreditedBy(Actor value);

} // Accreditation
