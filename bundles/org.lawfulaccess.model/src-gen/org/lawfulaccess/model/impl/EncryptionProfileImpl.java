/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.lawfulaccess.model.Actor;
import org.lawfulaccess.model.DataStore;
import org.lawfulaccess.model.EncryptionModel;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.KeyHolder;
import org.lawfulaccess.model.LawfulPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Encryption Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.impl.EncryptionProfileImpl#getDataStore <em>Data Store</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.EncryptionProfileImpl#getModel <em>Model</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.EncryptionProfileImpl#getKeyHolders <em>Key Holders</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.EncryptionProfileImpl#getThirdPartyKeyHolders <em>Third Party Key Holders</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EncryptionProfileImpl extends FactImpl implements EncryptionProfile {
	/**
	 * The default value of the '{@link #getDataStore() <em>Data Store</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataStore()
	 * @generated
	 * @ordered
	 */
	protected static final DataStore DATA_STORE_EDEFAULT = DataStore.IN_TRANSIT;

	/**
	 * The cached value of the '{@link #getDataStore() <em>Data Store</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataStore()
	 * @generated
	 * @ordered
	 */
	protected DataStore dataStore = DATA_STORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected static final EncryptionModel MODEL_EDEFAULT = EncryptionModel.NONE;

	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected EncryptionModel model = MODEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKeyHolders() <em>Key Holders</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyHolders()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyHolder> keyHolders;

	/**
	 * The cached value of the '{@link #getThirdPartyKeyHolders() <em>Third Party Key Holders</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThirdPartyKeyHolders()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> thirdPartyKeyHolders;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EncryptionProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LawfulPackage.Literals.ENCRYPTION_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataStore getDataStore() {
		return dataStore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataStore(DataStore newDataStore) {
		DataStore oldDataStore = dataStore;
		dataStore = newDataStore == null ? DATA_STORE_EDEFAULT : newDataStore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.ENCRYPTION_PROFILE__DATA_STORE, oldDataStore, dataStore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EncryptionModel getModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(EncryptionModel newModel) {
		EncryptionModel oldModel = model;
		model = newModel == null ? MODEL_EDEFAULT : newModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.ENCRYPTION_PROFILE__MODEL, oldModel, model));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyHolder> getKeyHolders() {
		if (keyHolders == null) {
			keyHolders = new EDataTypeUniqueEList<KeyHolder>(KeyHolder.class, this, LawfulPackage.ENCRYPTION_PROFILE__KEY_HOLDERS);
		}
		return keyHolders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getThirdPartyKeyHolders() {
		if (thirdPartyKeyHolders == null) {
			thirdPartyKeyHolders = new EObjectResolvingEList<Actor>(Actor.class, this, LawfulPackage.ENCRYPTION_PROFILE__THIRD_PARTY_KEY_HOLDERS);
		}
		return thirdPartyKeyHolders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LawfulPackage.ENCRYPTION_PROFILE__DATA_STORE:
				return getDataStore();
			case LawfulPackage.ENCRYPTION_PROFILE__MODEL:
				return getModel();
			case LawfulPackage.ENCRYPTION_PROFILE__KEY_HOLDERS:
				return getKeyHolders();
			case LawfulPackage.ENCRYPTION_PROFILE__THIRD_PARTY_KEY_HOLDERS:
				return getThirdPartyKeyHolders();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LawfulPackage.ENCRYPTION_PROFILE__DATA_STORE:
				setDataStore((DataStore)newValue);
				return;
			case LawfulPackage.ENCRYPTION_PROFILE__MODEL:
				setModel((EncryptionModel)newValue);
				return;
			case LawfulPackage.ENCRYPTION_PROFILE__KEY_HOLDERS:
				getKeyHolders().clear();
				getKeyHolders().addAll((Collection<? extends KeyHolder>)newValue);
				return;
			case LawfulPackage.ENCRYPTION_PROFILE__THIRD_PARTY_KEY_HOLDERS:
				getThirdPartyKeyHolders().clear();
				getThirdPartyKeyHolders().addAll((Collection<? extends Actor>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LawfulPackage.ENCRYPTION_PROFILE__DATA_STORE:
				setDataStore(DATA_STORE_EDEFAULT);
				return;
			case LawfulPackage.ENCRYPTION_PROFILE__MODEL:
				setModel(MODEL_EDEFAULT);
				return;
			case LawfulPackage.ENCRYPTION_PROFILE__KEY_HOLDERS:
				getKeyHolders().clear();
				return;
			case LawfulPackage.ENCRYPTION_PROFILE__THIRD_PARTY_KEY_HOLDERS:
				getThirdPartyKeyHolders().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LawfulPackage.ENCRYPTION_PROFILE__DATA_STORE:
				return dataStore != DATA_STORE_EDEFAULT;
			case LawfulPackage.ENCRYPTION_PROFILE__MODEL:
				return model != MODEL_EDEFAULT;
			case LawfulPackage.ENCRYPTION_PROFILE__KEY_HOLDERS:
				return keyHolders != null && !keyHolders.isEmpty();
			case LawfulPackage.ENCRYPTION_PROFILE__THIRD_PARTY_KEY_HOLDERS:
				return thirdPartyKeyHolders != null && !thirdPartyKeyHolders.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (dataStore: "); //$NON-NLS-1$
		result.append(dataStore);
		result.append(", model: "); //$NON-NLS-1$
		result.append(model);
		result.append(", keyHolders: "); //$NON-NLS-1$
		result.append(keyHolders);
		result.append(')');
		return result.toString();
	}

} //EncryptionProfileImpl
