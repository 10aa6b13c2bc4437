/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Usage Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An organisation's decision to allow or forbid a service for a purpose, up to a classification level.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.UsagePolicy#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.lawfulaccess.model.UsagePolicy#getService <em>Service</em>}</li>
 *   <li>{@link org.lawfulaccess.model.UsagePolicy#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.lawfulaccess.model.UsagePolicy#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.lawfulaccess.model.UsagePolicy#getMaxLevel <em>Max Level</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getUsagePolicy()
 * @model
 * @generated
 */
public interface UsagePolicy extends Fact {
	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation deciding.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organisation</em>' reference.
	 * @see #setOrganisation(Actor)
	 * @see org.lawfulaccess.model.LawfulPackage#getUsagePolicy_Organisation()
	 * @model required="true"
	 * @generated
	 */
	Actor getOrganisation();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.UsagePolicy#getOrganisation <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' reference.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(Actor value);

	/**
	 * Returns the value of the '<em><b>Service</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The service concerned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service</em>' reference.
	 * @see #setService(Service)
	 * @see org.lawfulaccess.model.LawfulPackage#getUsagePolicy_Service()
	 * @model required="true"
	 * @generated
	 */
	Service getService();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.UsagePolicy#getService <em>Service</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service</em>' reference.
	 * @see #getService()
	 * @generated
	 */
	void setService(Service value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.UsagePurpose}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the service is used for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see org.lawfulaccess.model.UsagePurpose
	 * @see #setPurpose(UsagePurpose)
	 * @see org.lawfulaccess.model.LawfulPackage#getUsagePolicy_Purpose()
	 * @model
	 * @generated
	 */
	UsagePurpose getPurpose();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.UsagePolicy#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see org.lawfulaccess.model.UsagePurpose
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(UsagePurpose value);

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.UsageDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Allowed or forbidden.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see org.lawfulaccess.model.UsageDecision
	 * @see #setDecision(UsageDecision)
	 * @see org.lawfulaccess.model.LawfulPackage#getUsagePolicy_Decision()
	 * @model
	 * @generated
	 */
	UsageDecision getDecision();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.UsagePolicy#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see org.lawfulaccess.model.UsageDecision
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(UsageDecision value);

	/**
	 * Returns the value of the '<em><b>Max Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.ClassificationLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Highest classification level allowed over the service.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Level</em>' attribute.
	 * @see org.lawfulaccess.model.ClassificationLevel
	 * @see #setMaxLevel(ClassificationLevel)
	 * @see org.lawfulaccess.model.LawfulPackage#getUsagePolicy_MaxLevel()
	 * @model
	 * @generated
	 */
	ClassificationLevel getMaxLevel();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.UsagePolicy#getMaxLevel <em>Max Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Level</em>' attribute.
	 * @see org.lawfulaccess.model.ClassificationLevel
	 * @see #getMaxLevel()
	 * @generated
	 */
	void setMaxLevel(ClassificationLevel value);

} // UsagePolicy
