/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Establishment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A provider's presence in a jurisdiction other than (or besides) its seat: subsidiary, legal representative, assets or operator declaration.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.Establishment#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Establishment#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Establishment#getKind <em>Kind</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Establishment#getEntity <em>Entity</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getEstablishment()
 * @model
 * @generated
 */
public interface Establishment extends Fact {
	/**
	 * Returns the value of the '<em><b>Provider</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.lawfulaccess.model.Provider#getEstablishments <em>Establishments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provider present.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' container reference.
	 * @see #setProvider(Provider)
	 * @see org.lawfulaccess.model.LawfulPackage#getEstablishment_Provider()
	 * @see org.lawfulaccess.model.Provider#getEstablishments
	 * @model opposite="establishments" required="true" transient="false"
	 * @generated
	 */
	Provider getProvider();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Establishment#getProvider <em>Provider</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' container reference.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(Provider value);

	/**
	 * Returns the value of the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where it is present.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jurisdiction</em>' reference.
	 * @see #setJurisdiction(Jurisdiction)
	 * @see org.lawfulaccess.model.LawfulPackage#getEstablishment_Jurisdiction()
	 * @model required="true"
	 * @generated
	 */
	Jurisdiction getJurisdiction();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Establishment#getJurisdiction <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jurisdiction</em>' reference.
	 * @see #getJurisdiction()
	 * @generated
	 */
	void setJurisdiction(Jurisdiction value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.EstablishmentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How it is present.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.lawfulaccess.model.EstablishmentKind
	 * @see #setKind(EstablishmentKind)
	 * @see org.lawfulaccess.model.LawfulPackage#getEstablishment_Kind()
	 * @model
	 * @generated
	 */
	EstablishmentKind getKind();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Establishment#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.lawfulaccess.model.EstablishmentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EstablishmentKind value);

	/**
	 * Returns the value of the '<em><b>Entity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The subsidiary or representative, when it is modelled as an actor of its own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entity</em>' reference.
	 * @see #setEntity(Actor)
	 * @see org.lawfulaccess.model.LawfulPackage#getEstablishment_Entity()
	 * @model
	 * @generated
	 */
	Actor getEntity();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Establishment#getEntity <em>Entity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entity</em>' reference.
	 * @see #getEntity()
	 * @generated
	 */
	void setEntity(Actor value);

} // Establishment
