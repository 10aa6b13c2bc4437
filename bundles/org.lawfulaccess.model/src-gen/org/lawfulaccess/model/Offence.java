/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Offence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A kind of conduct, e.g. incitement to hatred. Whether and how seriously it is punished lives in criminalisations.
 * <!-- end-model-doc -->
 *
 *
 * @see org.lawfulaccess.model.LawfulPackage#getOffence()
 * @model
 * @generated
 */
public interface Offence extends NamedElement {
} // Offence
