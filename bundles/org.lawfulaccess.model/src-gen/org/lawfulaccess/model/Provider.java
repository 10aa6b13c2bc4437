/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Provider</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A provider as a legal entity, seated in its jurisdiction, possibly part of a corporate group; it offers services.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.Provider#getGroup <em>Group</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Provider#getKinds <em>Kinds</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Provider#getServices <em>Services</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Provider#getEstablishments <em>Establishments</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getProvider()
 * @model
 * @generated
 */
public interface Provider extends Actor {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The corporate group the entity belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group</em>' reference.
	 * @see #setGroup(CorporateGroup)
	 * @see org.lawfulaccess.model.LawfulPackage#getProvider_Group()
	 * @model
	 * @generated
	 */
	CorporateGroup getGroup();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Provider#getGroup <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' reference.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(CorporateGroup value);

	/**
	 * Returns the value of the '<em><b>Kinds</b></em>' attribute list.
	 * The list contents are of type {@link org.lawfulaccess.model.ProviderKind}.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.ProviderKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its lines of business.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kinds</em>' attribute list.
	 * @see org.lawfulaccess.model.ProviderKind
	 * @see org.lawfulaccess.model.LawfulPackage#getProvider_Kinds()
	 * @model
	 * @generated
	 */
	EList<ProviderKind> getKinds();

	/**
	 * Returns the value of the '<em><b>Services</b></em>' reference list.
	 * The list contents are of type {@link org.lawfulaccess.model.Service}.
	 * It is bidirectional and its opposite is '{@link org.lawfulaccess.model.Service#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The services it offers: the inverse of Service.provider, rebuilt on load rather than stored twice. Both ends live in one resource, so neither resolves proxies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Services</em>' reference list.
	 * @see org.lawfulaccess.model.LawfulPackage#getProvider_Services()
	 * @see org.lawfulaccess.model.Service#getProvider
	 * @model opposite="provider" resolveProxies="false" transient="true"
	 * @generated
	 */
	EList<Service> getServices();

	/**
	 * Returns the value of the '<em><b>Establishments</b></em>' containment reference list.
	 * The list contents are of type {@link org.lawfulaccess.model.Establishment}.
	 * It is bidirectional and its opposite is '{@link org.lawfulaccess.model.Establishment#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where else it is present.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Establishments</em>' containment reference list.
	 * @see org.lawfulaccess.model.LawfulPackage#getProvider_Establishments()
	 * @see org.lawfulaccess.model.Establishment#getProvider
	 * @model opposite="provider" containment="true"
	 * @generated
	 */
	EList<Establishment> getEstablishments();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the provider has the given line of business.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasKind(ProviderKind kind);

} // Provider
