/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;

import org.eclipse.emf.common.util.EList;

import org.lawfulaccess.model.value.TimeSpan;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Retention Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How long a category of data is kept: by a jurisdiction's law (for the provider kinds it binds) or by one provider's policy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.RetentionRule#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.lawfulaccess.model.RetentionRule#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.lawfulaccess.model.RetentionRule#getProviderKinds <em>Provider Kinds</em>}</li>
 *   <li>{@link org.lawfulaccess.model.RetentionRule#getDataCategories <em>Data Categories</em>}</li>
 *   <li>{@link org.lawfulaccess.model.RetentionRule#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.lawfulaccess.model.RetentionRule#getBound <em>Bound</em>}</li>
 *   <li>{@link org.lawfulaccess.model.RetentionRule#getLegalBasis <em>Legal Basis</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getRetentionRule()
 * @model
 * @generated
 */
public interface RetentionRule extends Fact {
	/**
	 * Returns the value of the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The jurisdiction whose law imposes it; unset for a provider policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jurisdiction</em>' reference.
	 * @see #setJurisdiction(Jurisdiction)
	 * @see org.lawfulaccess.model.LawfulPackage#getRetentionRule_Jurisdiction()
	 * @model
	 * @generated
	 */
	Jurisdiction getJurisdiction();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.RetentionRule#getJurisdiction <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jurisdiction</em>' reference.
	 * @see #getJurisdiction()
	 * @generated
	 */
	void setJurisdiction(Jurisdiction value);

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provider whose policy it is; unset for a law.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' reference.
	 * @see #setProvider(Provider)
	 * @see org.lawfulaccess.model.LawfulPackage#getRetentionRule_Provider()
	 * @model
	 * @generated
	 */
	Provider getProvider();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.RetentionRule#getProvider <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' reference.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(Provider value);

	/**
	 * Returns the value of the '<em><b>Provider Kinds</b></em>' attribute list.
	 * The list contents are of type {@link org.lawfulaccess.model.ProviderKind}.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.ProviderKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kinds of provider a law binds; empty means all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider Kinds</em>' attribute list.
	 * @see org.lawfulaccess.model.ProviderKind
	 * @see org.lawfulaccess.model.LawfulPackage#getRetentionRule_ProviderKinds()
	 * @model
	 * @generated
	 */
	EList<ProviderKind> getProviderKinds();

	/**
	 * Returns the value of the '<em><b>Data Categories</b></em>' attribute list.
	 * The list contents are of type {@link org.lawfulaccess.model.DataCategory}.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.DataCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data concerned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Categories</em>' attribute list.
	 * @see org.lawfulaccess.model.DataCategory
	 * @see org.lawfulaccess.model.LawfulPackage#getRetentionRule_DataCategories()
	 * @model
	 * @generated
	 */
	EList<DataCategory> getDataCategories();

	/**
	 * Returns the value of the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The retention period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration</em>' attribute.
	 * @see #setDuration(TimeSpan)
	 * @see org.lawfulaccess.model.LawfulPackage#getRetentionRule_Duration()
	 * @model dataType="org.lawfulaccess.model.TimeSpan"
	 * @generated
	 */
	TimeSpan getDuration();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.RetentionRule#getDuration <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration</em>' attribute.
	 * @see #getDuration()
	 * @generated
	 */
	void setDuration(TimeSpan value);

	/**
	 * Returns the value of the '<em><b>Bound</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.RetentionBound}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the duration is a maximum, minimum or fixed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bound</em>' attribute.
	 * @see org.lawfulaccess.model.RetentionBound
	 * @see #setBound(RetentionBound)
	 * @see org.lawfulaccess.model.LawfulPackage#getRetentionRule_Bound()
	 * @model
	 * @generated
	 */
	RetentionBound getBound();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.RetentionRule#getBound <em>Bound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bound</em>' attribute.
	 * @see org.lawfulaccess.model.RetentionBound
	 * @see #getBound()
	 * @generated
	 */
	void setBound(RetentionBound value);

	/**
	 * Returns the value of the '<em><b>Legal Basis</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The law or policy that imposes it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Legal Basis</em>' reference.
	 * @see #setLegalBasis(Instrument)
	 * @see org.lawfulaccess.model.LawfulPackage#getRetentionRule_LegalBasis()
	 * @model
	 * @generated
	 */
	Instrument getLegalBasis();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.RetentionRule#getLegalBasis <em>Legal Basis</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Basis</em>' reference.
	 * @see #getLegalBasis()
	 * @generated
	 */
	void setLegalBasis(Instrument value);

} // RetentionRule
