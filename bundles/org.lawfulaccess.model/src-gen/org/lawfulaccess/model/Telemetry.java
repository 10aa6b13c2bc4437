/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Telemetry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A flow of operational data (logs, crash reports, connection quality) from a service to a recipient.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.Telemetry#getKind <em>Kind</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Telemetry#getRecipient <em>Recipient</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getTelemetry()
 * @model
 * @generated
 */
public interface Telemetry extends Fact {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.TelemetryKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is sent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.lawfulaccess.model.TelemetryKind
	 * @see #setKind(TelemetryKind)
	 * @see org.lawfulaccess.model.LawfulPackage#getTelemetry_Kind()
	 * @model
	 * @generated
	 */
	TelemetryKind getKind();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Telemetry#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.lawfulaccess.model.TelemetryKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TelemetryKind value);

	/**
	 * Returns the value of the '<em><b>Recipient</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who receives it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recipient</em>' reference.
	 * @see #setRecipient(Actor)
	 * @see org.lawfulaccess.model.LawfulPackage#getTelemetry_Recipient()
	 * @model required="true"
	 * @generated
	 */
	Actor getRecipient();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Telemetry#getRecipient <em>Recipient</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recipient</em>' reference.
	 * @see #getRecipient()
	 * @generated
	 */
	void setRecipient(Actor value);

} // Telemetry
