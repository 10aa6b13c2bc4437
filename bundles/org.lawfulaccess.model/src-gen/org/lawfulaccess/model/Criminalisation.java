/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;

import org.lawfulaccess.model.value.TimeSpan;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Criminalisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Whether an offence is punishable in a jurisdiction, under which statute and how severely.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.Criminalisation#getOffence <em>Offence</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Criminalisation#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Criminalisation#getStatus <em>Status</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Criminalisation#getStatute <em>Statute</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Criminalisation#getMaxImprisonment <em>Max Imprisonment</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Criminalisation#getMaxFine <em>Max Fine</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getCriminalisation()
 * @model
 * @generated
 */
public interface Criminalisation extends Fact {
	/**
	 * Returns the value of the '<em><b>Offence</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The offence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offence</em>' reference.
	 * @see #setOffence(Offence)
	 * @see org.lawfulaccess.model.LawfulPackage#getCriminalisation_Offence()
	 * @model required="true"
	 * @generated
	 */
	Offence getOffence();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Criminalisation#getOffence <em>Offence</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offence</em>' reference.
	 * @see #getOffence()
	 * @generated
	 */
	void setOffence(Offence value);

	/**
	 * Returns the value of the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The jurisdiction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jurisdiction</em>' reference.
	 * @see #setJurisdiction(Jurisdiction)
	 * @see org.lawfulaccess.model.LawfulPackage#getCriminalisation_Jurisdiction()
	 * @model required="true"
	 * @generated
	 */
	Jurisdiction getJurisdiction();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Criminalisation#getJurisdiction <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jurisdiction</em>' reference.
	 * @see #getJurisdiction()
	 * @generated
	 */
	void setJurisdiction(Jurisdiction value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.CriminalisationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Criminal or recorded as not punishable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.lawfulaccess.model.CriminalisationStatus
	 * @see #setStatus(CriminalisationStatus)
	 * @see org.lawfulaccess.model.LawfulPackage#getCriminalisation_Status()
	 * @model
	 * @generated
	 */
	CriminalisationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Criminalisation#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.lawfulaccess.model.CriminalisationStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CriminalisationStatus value);

	/**
	 * Returns the value of the '<em><b>Statute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The statute, e.g. 'Code pénal art. 434-15-2'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Statute</em>' attribute.
	 * @see #setStatute(String)
	 * @see org.lawfulaccess.model.LawfulPackage#getCriminalisation_Statute()
	 * @model
	 * @generated
	 */
	String getStatute();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Criminalisation#getStatute <em>Statute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statute</em>' attribute.
	 * @see #getStatute()
	 * @generated
	 */
	void setStatute(String value);

	/**
	 * Returns the value of the '<em><b>Max Imprisonment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum prison term.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Imprisonment</em>' attribute.
	 * @see #setMaxImprisonment(TimeSpan)
	 * @see org.lawfulaccess.model.LawfulPackage#getCriminalisation_MaxImprisonment()
	 * @model dataType="org.lawfulaccess.model.TimeSpan"
	 * @generated
	 */
	TimeSpan getMaxImprisonment();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Criminalisation#getMaxImprisonment <em>Max Imprisonment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Imprisonment</em>' attribute.
	 * @see #getMaxImprisonment()
	 * @generated
	 */
	void setMaxImprisonment(TimeSpan value);

	/**
	 * Returns the value of the '<em><b>Max Fine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum fine with currency, e.g. '45000 EUR'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Fine</em>' attribute.
	 * @see #setMaxFine(String)
	 * @see org.lawfulaccess.model.LawfulPackage#getCriminalisation_MaxFine()
	 * @model
	 * @generated
	 */
	String getMaxFine();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Criminalisation#getMaxFine <em>Max Fine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Fine</em>' attribute.
	 * @see #getMaxFine()
	 * @generated
	 */
	void setMaxFine(String value);

} // Criminalisation
