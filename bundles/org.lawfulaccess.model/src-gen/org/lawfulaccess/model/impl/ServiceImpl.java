/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.lawfulaccess.model.Accreditation;
import org.lawfulaccess.model.Citation;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.Sourced;
import org.lawfulaccess.model.Telemetry;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.impl.ServiceImpl#getCitations <em>Citations</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ServiceImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ServiceImpl#getEncryption <em>Encryption</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ServiceImpl#getTelemetry <em>Telemetry</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ServiceImpl#getAccreditations <em>Accreditations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceImpl extends NamedElementImpl implements Service {
	/**
	 * The cached value of the '{@link #getCitations() <em>Citations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCitations()
	 * @generated
	 * @ordered
	 */
	protected EList<Citation> citations;

	/**
	 * The cached value of the '{@link #getProvider() <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected Provider provider;

	/**
	 * The cached value of the '{@link #getEncryption() <em>Encryption</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncryption()
	 * @generated
	 * @ordered
	 */
	protected EList<EncryptionProfile> encryption;

	/**
	 * The cached value of the '{@link #getTelemetry() <em>Telemetry</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTelemetry()
	 * @generated
	 * @ordered
	 */
	protected EList<Telemetry> telemetry;

	/**
	 * The cached value of the '{@link #getAccreditations() <em>Accreditations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccreditations()
	 * @generated
	 * @ordered
	 */
	protected EList<Accreditation> accreditations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LawfulPackage.Literals.SERVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Citation> getCitations() {
		if (citations == null) {
			citations = new EObjectContainmentEList<Citation>(Citation.class, this, LawfulPackage.SERVICE__CITATIONS);
		}
		return citations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provider getProvider() {
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvider(Provider newProvider, NotificationChain msgs) {
		Provider oldProvider = provider;
		provider = newProvider;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LawfulPackage.SERVICE__PROVIDER, oldProvider, newProvider);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(Provider newProvider) {
		if (newProvider != provider) {
			NotificationChain msgs = null;
			if (provider != null)
				msgs = ((InternalEObject)provider).eInverseRemove(this, LawfulPackage.PROVIDER__SERVICES, Provider.class, msgs);
			if (newProvider != null)
				msgs = ((InternalEObject)newProvider).eInverseAdd(this, LawfulPackage.PROVIDER__SERVICES, Provider.class, msgs);
			msgs = basicSetProvider(newProvider, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.SERVICE__PROVIDER, newProvider, newProvider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EncryptionProfile> getEncryption() {
		if (encryption == null) {
			encryption = new EObjectContainmentEList<EncryptionProfile>(EncryptionProfile.class, this, LawfulPackage.SERVICE__ENCRYPTION);
		}
		return encryption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Telemetry> getTelemetry() {
		if (telemetry == null) {
			telemetry = new EObjectContainmentEList<Telemetry>(Telemetry.class, this, LawfulPackage.SERVICE__TELEMETRY);
		}
		return telemetry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Accreditation> getAccreditations() {
		if (accreditations == null) {
			accreditations = new EObjectContainmentEList<Accreditation>(Accreditation.class, this, LawfulPackage.SERVICE__ACCREDITATIONS);
		}
		return accreditations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LawfulPackage.SERVICE__PROVIDER:
				if (provider != null)
					msgs = ((InternalEObject)provider).eInverseRemove(this, LawfulPackage.PROVIDER__SERVICES, Provider.class, msgs);
				return basicSetProvider((Provider)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LawfulPackage.SERVICE__CITATIONS:
				return ((InternalEList<?>)getCitations()).basicRemove(otherEnd, msgs);
			case LawfulPackage.SERVICE__PROVIDER:
				return basicSetProvider(null, msgs);
			case LawfulPackage.SERVICE__ENCRYPTION:
				return ((InternalEList<?>)getEncryption()).basicRemove(otherEnd, msgs);
			case LawfulPackage.SERVICE__TELEMETRY:
				return ((InternalEList<?>)getTelemetry()).basicRemove(otherEnd, msgs);
			case LawfulPackage.SERVICE__ACCREDITATIONS:
				return ((InternalEList<?>)getAccreditations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LawfulPackage.SERVICE__CITATIONS:
				return getCitations();
			case LawfulPackage.SERVICE__PROVIDER:
				return getProvider();
			case LawfulPackage.SERVICE__ENCRYPTION:
				return getEncryption();
			case LawfulPackage.SERVICE__TELEMETRY:
				return getTelemetry();
			case LawfulPackage.SERVICE__ACCREDITATIONS:
				return getAccreditations();
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
			case LawfulPackage.SERVICE__CITATIONS:
				getCitations().clear();
				getCitations().addAll((Collection<? extends Citation>)newValue);
				return;
			case LawfulPackage.SERVICE__PROVIDER:
				setProvider((Provider)newValue);
				return;
			case LawfulPackage.SERVICE__ENCRYPTION:
				getEncryption().clear();
				getEncryption().addAll((Collection<? extends EncryptionProfile>)newValue);
				return;
			case LawfulPackage.SERVICE__TELEMETRY:
				getTelemetry().clear();
				getTelemetry().addAll((Collection<? extends Telemetry>)newValue);
				return;
			case LawfulPackage.SERVICE__ACCREDITATIONS:
				getAccreditations().clear();
				getAccreditations().addAll((Collection<? extends Accreditation>)newValue);
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
			case LawfulPackage.SERVICE__CITATIONS:
				getCitations().clear();
				return;
			case LawfulPackage.SERVICE__PROVIDER:
				setProvider((Provider)null);
				return;
			case LawfulPackage.SERVICE__ENCRYPTION:
				getEncryption().clear();
				return;
			case LawfulPackage.SERVICE__TELEMETRY:
				getTelemetry().clear();
				return;
			case LawfulPackage.SERVICE__ACCREDITATIONS:
				getAccreditations().clear();
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
			case LawfulPackage.SERVICE__CITATIONS:
				return citations != null && !citations.isEmpty();
			case LawfulPackage.SERVICE__PROVIDER:
				return provider != null;
			case LawfulPackage.SERVICE__ENCRYPTION:
				return encryption != null && !encryption.isEmpty();
			case LawfulPackage.SERVICE__TELEMETRY:
				return telemetry != null && !telemetry.isEmpty();
			case LawfulPackage.SERVICE__ACCREDITATIONS:
				return accreditations != null && !accreditations.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == Sourced.class) {
			switch (derivedFeatureID) {
				case LawfulPackage.SERVICE__CITATIONS: return LawfulPackage.SOURCED__CITATIONS;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == Sourced.class) {
			switch (baseFeatureID) {
				case LawfulPackage.SOURCED__CITATIONS: return LawfulPackage.SERVICE__CITATIONS;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
	}

} //ServiceImpl
