/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A service offered by a provider (e.g. WhatsApp offered by its provider entity). Encryption, telemetry and accreditation are stated here, once.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.Service#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Service#getEncryption <em>Encryption</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Service#getTelemetry <em>Telemetry</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Service#getAccreditations <em>Accreditations</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getService()
 * @model
 * @generated
 */
public interface Service extends NamedElement, Sourced {
	/**
	 * Returns the value of the '<em><b>Provider</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.lawfulaccess.model.Provider#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provider offering the service.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' reference.
	 * @see #setProvider(Provider)
	 * @see org.lawfulaccess.model.LawfulPackage#getService_Provider()
	 * @see org.lawfulaccess.model.Provider#getServices
	 * @model opposite="services" resolveProxies="false" required="true"
	 * @generated
	 */
	Provider getProvider();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Service#getProvider <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' reference.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(Provider value);

	/**
	 * Returns the value of the '<em><b>Encryption</b></em>' containment reference list.
	 * The list contents are of type {@link org.lawfulaccess.model.EncryptionProfile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Encryption per data store.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Encryption</em>' containment reference list.
	 * @see org.lawfulaccess.model.LawfulPackage#getService_Encryption()
	 * @model containment="true"
	 * @generated
	 */
	EList<EncryptionProfile> getEncryption();

	/**
	 * Returns the value of the '<em><b>Telemetry</b></em>' containment reference list.
	 * The list contents are of type {@link org.lawfulaccess.model.Telemetry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data the service sends about its operation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Telemetry</em>' containment reference list.
	 * @see org.lawfulaccess.model.LawfulPackage#getService_Telemetry()
	 * @model containment="true"
	 * @generated
	 */
	EList<Telemetry> getTelemetry();

	/**
	 * Returns the value of the '<em><b>Accreditations</b></em>' containment reference list.
	 * The list contents are of type {@link org.lawfulaccess.model.Accreditation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Accreditations for classified information.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accreditations</em>' containment reference list.
	 * @see org.lawfulaccess.model.LawfulPackage#getService_Accreditations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Accreditation> getAccreditations();

} // Service
