/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Provider Practice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a provider has been observed to do with requests from one jurisdiction, on some or all route kinds; kept apart from whether a route legally exists.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.ProviderPractice#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.lawfulaccess.model.ProviderPractice#getRequestingJurisdiction <em>Requesting Jurisdiction</em>}</li>
 *   <li>{@link org.lawfulaccess.model.ProviderPractice#getRouteKinds <em>Route Kinds</em>}</li>
 *   <li>{@link org.lawfulaccess.model.ProviderPractice#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.lawfulaccess.model.ProviderPractice#getDataCategories <em>Data Categories</em>}</li>
 *   <li>{@link org.lawfulaccess.model.ProviderPractice#getInstrument <em>Instrument</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getProviderPractice()
 * @model
 * @generated
 */
public interface ProviderPractice extends Fact {
	/**
	 * Returns the value of the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provider observed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' reference.
	 * @see #setProvider(Provider)
	 * @see org.lawfulaccess.model.LawfulPackage#getProviderPractice_Provider()
	 * @model required="true"
	 * @generated
	 */
	Provider getProvider();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.ProviderPractice#getProvider <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' reference.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(Provider value);

	/**
	 * Returns the value of the '<em><b>Requesting Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the requests came from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requesting Jurisdiction</em>' reference.
	 * @see #setRequestingJurisdiction(Jurisdiction)
	 * @see org.lawfulaccess.model.LawfulPackage#getProviderPractice_RequestingJurisdiction()
	 * @model required="true"
	 * @generated
	 */
	Jurisdiction getRequestingJurisdiction();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.ProviderPractice#getRequestingJurisdiction <em>Requesting Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requesting Jurisdiction</em>' reference.
	 * @see #getRequestingJurisdiction()
	 * @generated
	 */
	void setRequestingJurisdiction(Jurisdiction value);

	/**
	 * Returns the value of the '<em><b>Route Kinds</b></em>' attribute list.
	 * The list contents are of type {@link org.lawfulaccess.model.RouteKind}.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.RouteKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The route kinds the practice was observed on; empty means every kind (e.g. no response to any request).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Route Kinds</em>' attribute list.
	 * @see org.lawfulaccess.model.RouteKind
	 * @see org.lawfulaccess.model.LawfulPackage#getProviderPractice_RouteKinds()
	 * @model
	 * @generated
	 */
	EList<RouteKind> getRouteKinds();

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.PracticeOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the provider did.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.lawfulaccess.model.PracticeOutcome
	 * @see #setOutcome(PracticeOutcome)
	 * @see org.lawfulaccess.model.LawfulPackage#getProviderPractice_Outcome()
	 * @model
	 * @generated
	 */
	PracticeOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.ProviderPractice#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.lawfulaccess.model.PracticeOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(PracticeOutcome value);

	/**
	 * Returns the value of the '<em><b>Data Categories</b></em>' attribute list.
	 * The list contents are of type {@link org.lawfulaccess.model.DataCategory}.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.DataCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data requested; empty means all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Categories</em>' attribute list.
	 * @see org.lawfulaccess.model.DataCategory
	 * @see org.lawfulaccess.model.LawfulPackage#getProviderPractice_DataCategories()
	 * @model
	 * @generated
	 */
	EList<DataCategory> getDataCategories();

	/**
	 * Returns the value of the '<em><b>Instrument</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The instrument the requests relied on, when known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instrument</em>' reference.
	 * @see #setInstrument(Instrument)
	 * @see org.lawfulaccess.model.LawfulPackage#getProviderPractice_Instrument()
	 * @model
	 * @generated
	 */
	Instrument getInstrument();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.ProviderPractice#getInstrument <em>Instrument</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument</em>' reference.
	 * @see #getInstrument()
	 * @generated
	 */
	void setInstrument(Instrument value);

} // ProviderPractice
