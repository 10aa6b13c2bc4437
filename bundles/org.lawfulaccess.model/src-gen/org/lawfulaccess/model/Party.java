/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Party</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something an instrument can bind or that can hold a position: a jurisdiction or an actor.
 * <!-- end-model-doc -->
 *
 *
 * @see org.lawfulaccess.model.LawfulPackage#getParty()
 * @model abstract="true"
 * @generated
 */
public interface Party extends NamedElement {
} // Party
