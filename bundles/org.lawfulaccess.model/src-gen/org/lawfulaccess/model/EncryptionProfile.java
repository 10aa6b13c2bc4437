/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Encryption Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How one data store of a service is encrypted and who holds the keys.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.EncryptionProfile#getDataStore <em>Data Store</em>}</li>
 *   <li>{@link org.lawfulaccess.model.EncryptionProfile#getModel <em>Model</em>}</li>
 *   <li>{@link org.lawfulaccess.model.EncryptionProfile#getKeyHolders <em>Key Holders</em>}</li>
 *   <li>{@link org.lawfulaccess.model.EncryptionProfile#getThirdPartyKeyHolders <em>Third Party Key Holders</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getEncryptionProfile()
 * @model
 * @generated
 */
public interface EncryptionProfile extends Fact {
	/**
	 * Returns the value of the '<em><b>Data Store</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.DataStore}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data store described.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Store</em>' attribute.
	 * @see org.lawfulaccess.model.DataStore
	 * @see #setDataStore(DataStore)
	 * @see org.lawfulaccess.model.LawfulPackage#getEncryptionProfile_DataStore()
	 * @model
	 * @generated
	 */
	DataStore getDataStore();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.EncryptionProfile#getDataStore <em>Data Store</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Store</em>' attribute.
	 * @see org.lawfulaccess.model.DataStore
	 * @see #getDataStore()
	 * @generated
	 */
	void setDataStore(DataStore value);

	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.EncryptionModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The encryption model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see org.lawfulaccess.model.EncryptionModel
	 * @see #setModel(EncryptionModel)
	 * @see org.lawfulaccess.model.LawfulPackage#getEncryptionProfile_Model()
	 * @model
	 * @generated
	 */
	EncryptionModel getModel();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.EncryptionProfile#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see org.lawfulaccess.model.EncryptionModel
	 * @see #getModel()
	 * @generated
	 */
	void setModel(EncryptionModel value);

	/**
	 * Returns the value of the '<em><b>Key Holders</b></em>' attribute list.
	 * The list contents are of type {@link org.lawfulaccess.model.KeyHolder}.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.KeyHolder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who can decrypt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Holders</em>' attribute list.
	 * @see org.lawfulaccess.model.KeyHolder
	 * @see org.lawfulaccess.model.LawfulPackage#getEncryptionProfile_KeyHolders()
	 * @model
	 * @generated
	 */
	EList<KeyHolder> getKeyHolders();

	/**
	 * Returns the value of the '<em><b>Third Party Key Holders</b></em>' reference list.
	 * The list contents are of type {@link org.lawfulaccess.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named third parties holding keys.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Third Party Key Holders</em>' reference list.
	 * @see org.lawfulaccess.model.LawfulPackage#getEncryptionProfile_ThirdPartyKeyHolders()
	 * @model
	 * @generated
	 */
	EList<Actor> getThirdPartyKeyHolders();

} // EncryptionProfile
