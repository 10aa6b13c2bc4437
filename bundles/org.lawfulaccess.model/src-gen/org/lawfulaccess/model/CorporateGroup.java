/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Corporate Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of legal entities under common control, e.g. the group whose entities offer Facebook, Instagram and WhatsApp.
 * <!-- end-model-doc -->
 *
 *
 * @see org.lawfulaccess.model.LawfulPackage#getCorporateGroup()
 * @model
 * @generated
 */
public interface CorporateGroup extends NamedElement, Sourced {
} // CorporateGroup
