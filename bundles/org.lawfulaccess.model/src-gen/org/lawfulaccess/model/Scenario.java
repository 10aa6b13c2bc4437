/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A case to analyse: an authority seeks a category of data about an offence from a service or provider. A scenario may depend on an earlier one, whose elapsed time carries over.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.Scenario#getRequestingAuthority <em>Requesting Authority</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Scenario#getTargetService <em>Target Service</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Scenario#getTargetProvider <em>Target Provider</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Scenario#getOffence <em>Offence</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Scenario#getDataCategory <em>Data Category</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Scenario#getUrgency <em>Urgency</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Scenario#getEventDate <em>Event Date</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Scenario#getRequestDate <em>Request Date</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Scenario#getDependsOn <em>Depends On</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends NamedElement, Sourced {
	/**
	 * Returns the value of the '<em><b>Requesting Authority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who asks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requesting Authority</em>' reference.
	 * @see #setRequestingAuthority(Authority)
	 * @see org.lawfulaccess.model.LawfulPackage#getScenario_RequestingAuthority()
	 * @model required="true"
	 * @generated
	 */
	Authority getRequestingAuthority();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Scenario#getRequestingAuthority <em>Requesting Authority</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requesting Authority</em>' reference.
	 * @see #getRequestingAuthority()
	 * @generated
	 */
	void setRequestingAuthority(Authority value);

	/**
	 * Returns the value of the '<em><b>Target Service</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The service holding the data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Service</em>' reference.
	 * @see #setTargetService(Service)
	 * @see org.lawfulaccess.model.LawfulPackage#getScenario_TargetService()
	 * @model
	 * @generated
	 */
	Service getTargetService();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Scenario#getTargetService <em>Target Service</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Service</em>' reference.
	 * @see #getTargetService()
	 * @generated
	 */
	void setTargetService(Service value);

	/**
	 * Returns the value of the '<em><b>Target Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provider holding the data, when no service is named (e.g. an access operator).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Provider</em>' reference.
	 * @see #setTargetProvider(Provider)
	 * @see org.lawfulaccess.model.LawfulPackage#getScenario_TargetProvider()
	 * @model
	 * @generated
	 */
	Provider getTargetProvider();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Scenario#getTargetProvider <em>Target Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Provider</em>' reference.
	 * @see #getTargetProvider()
	 * @generated
	 */
	void setTargetProvider(Provider value);

	/**
	 * Returns the value of the '<em><b>Offence</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The offence investigated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offence</em>' reference.
	 * @see #setOffence(Offence)
	 * @see org.lawfulaccess.model.LawfulPackage#getScenario_Offence()
	 * @model
	 * @generated
	 */
	Offence getOffence();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Scenario#getOffence <em>Offence</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offence</em>' reference.
	 * @see #getOffence()
	 * @generated
	 */
	void setOffence(Offence value);

	/**
	 * Returns the value of the '<em><b>Data Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.DataCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data sought.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Category</em>' attribute.
	 * @see org.lawfulaccess.model.DataCategory
	 * @see #setDataCategory(DataCategory)
	 * @see org.lawfulaccess.model.LawfulPackage#getScenario_DataCategory()
	 * @model
	 * @generated
	 */
	DataCategory getDataCategory();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Scenario#getDataCategory <em>Data Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Category</em>' attribute.
	 * @see org.lawfulaccess.model.DataCategory
	 * @see #getDataCategory()
	 * @generated
	 */
	void setDataCategory(DataCategory value);

	/**
	 * Returns the value of the '<em><b>Urgency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.Urgency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How urgent the case is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Urgency</em>' attribute.
	 * @see org.lawfulaccess.model.Urgency
	 * @see #setUrgency(Urgency)
	 * @see org.lawfulaccess.model.LawfulPackage#getScenario_Urgency()
	 * @model
	 * @generated
	 */
	Urgency getUrgency();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Scenario#getUrgency <em>Urgency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Urgency</em>' attribute.
	 * @see org.lawfulaccess.model.Urgency
	 * @see #getUrgency()
	 * @generated
	 */
	void setUrgency(Urgency value);

	/**
	 * Returns the value of the '<em><b>Event Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the data came into being (the event investigated).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Event Date</em>' attribute.
	 * @see #setEventDate(LocalDate)
	 * @see org.lawfulaccess.model.LawfulPackage#getScenario_EventDate()
	 * @model dataType="org.lawfulaccess.model.LocalDate"
	 * @generated
	 */
	LocalDate getEventDate();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Scenario#getEventDate <em>Event Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Date</em>' attribute.
	 * @see #getEventDate()
	 * @generated
	 */
	void setEventDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Request Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the request is made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Request Date</em>' attribute.
	 * @see #setRequestDate(LocalDate)
	 * @see org.lawfulaccess.model.LawfulPackage#getScenario_RequestDate()
	 * @model dataType="org.lawfulaccess.model.LocalDate"
	 * @generated
	 */
	LocalDate getRequestDate();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Scenario#getRequestDate <em>Request Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Request Date</em>' attribute.
	 * @see #getRequestDate()
	 * @generated
	 */
	void setRequestDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Depends On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scenario whose result this one needs first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Depends On</em>' reference.
	 * @see #setDependsOn(Scenario)
	 * @see org.lawfulaccess.model.LawfulPackage#getScenario_DependsOn()
	 * @model
	 * @generated
	 */
	Scenario getDependsOn();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Scenario#getDependsOn <em>Depends On</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Depends On</em>' reference.
	 * @see #getDependsOn()
	 * @generated
	 */
	void setDependsOn(Scenario value);

} // Scenario
