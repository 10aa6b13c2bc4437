/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Point Of Contact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A contact designated by a jurisdiction in a network, optionally for one provider.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.PointOfContact#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.lawfulaccess.model.PointOfContact#getDesignatedActor <em>Designated Actor</em>}</li>
 *   <li>{@link org.lawfulaccess.model.PointOfContact#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.lawfulaccess.model.PointOfContact#getCounterpart <em>Counterpart</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getPointOfContact()
 * @model
 * @generated
 */
public interface PointOfContact extends Fact {
	/**
	 * Returns the value of the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The designating jurisdiction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jurisdiction</em>' reference.
	 * @see #setJurisdiction(Jurisdiction)
	 * @see org.lawfulaccess.model.LawfulPackage#getPointOfContact_Jurisdiction()
	 * @model required="true"
	 * @generated
	 */
	Jurisdiction getJurisdiction();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.PointOfContact#getJurisdiction <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jurisdiction</em>' reference.
	 * @see #getJurisdiction()
	 * @generated
	 */
	void setJurisdiction(Jurisdiction value);

	/**
	 * Returns the value of the '<em><b>Designated Actor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The authority that serves as contact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Designated Actor</em>' reference.
	 * @see #setDesignatedActor(Actor)
	 * @see org.lawfulaccess.model.LawfulPackage#getPointOfContact_DesignatedActor()
	 * @model
	 * @generated
	 */
	Actor getDesignatedActor();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.PointOfContact#getDesignatedActor <em>Designated Actor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Designated Actor</em>' reference.
	 * @see #getDesignatedActor()
	 * @generated
	 */
	void setDesignatedActor(Actor value);

	/**
	 * Returns the value of the '<em><b>Network</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.ContactNetwork}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The network.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Network</em>' attribute.
	 * @see org.lawfulaccess.model.ContactNetwork
	 * @see #setNetwork(ContactNetwork)
	 * @see org.lawfulaccess.model.LawfulPackage#getPointOfContact_Network()
	 * @model
	 * @generated
	 */
	ContactNetwork getNetwork();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.PointOfContact#getNetwork <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network</em>' attribute.
	 * @see org.lawfulaccess.model.ContactNetwork
	 * @see #getNetwork()
	 * @generated
	 */
	void setNetwork(ContactNetwork value);

	/**
	 * Returns the value of the '<em><b>Counterpart</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provider it is designated for, in a provider-specific network.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Counterpart</em>' reference.
	 * @see #setCounterpart(Provider)
	 * @see org.lawfulaccess.model.LawfulPackage#getPointOfContact_Counterpart()
	 * @model
	 * @generated
	 */
	Provider getCounterpart();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.PointOfContact#getCounterpart <em>Counterpart</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counterpart</em>' reference.
	 * @see #getCounterpart()
	 * @generated
	 */
	void setCounterpart(Provider value);

} // PointOfContact
