/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.lawfulaccess.model.CorporateGroup;
import org.lawfulaccess.model.Establishment;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.ProviderKind;
import org.lawfulaccess.model.Service;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Provider</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.impl.ProviderImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProviderImpl#getKinds <em>Kinds</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProviderImpl#getServices <em>Services</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProviderImpl#getEstablishments <em>Establishments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProviderImpl extends ActorImpl implements Provider {
	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected CorporateGroup group;

	/**
	 * The cached value of the '{@link #getKinds() <em>Kinds</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKinds()
	 * @generated
	 * @ordered
	 */
	protected EList<ProviderKind> kinds;

	/**
	 * The cached value of the '{@link #getServices() <em>Services</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServices()
	 * @generated
	 * @ordered
	 */
	protected EList<Service> services;

	/**
	 * The cached value of the '{@link #getEstablishments() <em>Establishments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstablishments()
	 * @generated
	 * @ordered
	 */
	protected EList<Establishment> establishments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProviderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LawfulPackage.Literals.PROVIDER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CorporateGroup getGroup() {
		if (group != null && group.eIsProxy()) {
			InternalEObject oldGroup = (InternalEObject)group;
			group = (CorporateGroup)eResolveProxy(oldGroup);
			if (group != oldGroup) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.PROVIDER__GROUP, oldGroup, group));
			}
		}
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CorporateGroup basicGetGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(CorporateGroup newGroup) {
		CorporateGroup oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVIDER__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProviderKind> getKinds() {
		if (kinds == null) {
			kinds = new EDataTypeUniqueEList<ProviderKind>(ProviderKind.class, this, LawfulPackage.PROVIDER__KINDS);
		}
		return kinds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Service> getServices() {
		if (services == null) {
			services = new EObjectWithInverseEList<Service>(Service.class, this, LawfulPackage.PROVIDER__SERVICES, LawfulPackage.SERVICE__PROVIDER);
		}
		return services;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Establishment> getEstablishments() {
		if (establishments == null) {
			establishments = new EObjectContainmentWithInverseEList<Establishment>(Establishment.class, this, LawfulPackage.PROVIDER__ESTABLISHMENTS, LawfulPackage.ESTABLISHMENT__PROVIDER);
		}
		return establishments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasKind(final ProviderKind kind) {
		return getKinds().contains(kind);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LawfulPackage.PROVIDER__SERVICES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getServices()).basicAdd(otherEnd, msgs);
			case LawfulPackage.PROVIDER__ESTABLISHMENTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getEstablishments()).basicAdd(otherEnd, msgs);
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
			case LawfulPackage.PROVIDER__SERVICES:
				return ((InternalEList<?>)getServices()).basicRemove(otherEnd, msgs);
			case LawfulPackage.PROVIDER__ESTABLISHMENTS:
				return ((InternalEList<?>)getEstablishments()).basicRemove(otherEnd, msgs);
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
			case LawfulPackage.PROVIDER__GROUP:
				if (resolve) return getGroup();
				return basicGetGroup();
			case LawfulPackage.PROVIDER__KINDS:
				return getKinds();
			case LawfulPackage.PROVIDER__SERVICES:
				return getServices();
			case LawfulPackage.PROVIDER__ESTABLISHMENTS:
				return getEstablishments();
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
			case LawfulPackage.PROVIDER__GROUP:
				setGroup((CorporateGroup)newValue);
				return;
			case LawfulPackage.PROVIDER__KINDS:
				getKinds().clear();
				getKinds().addAll((Collection<? extends ProviderKind>)newValue);
				return;
			case LawfulPackage.PROVIDER__SERVICES:
				getServices().clear();
				getServices().addAll((Collection<? extends Service>)newValue);
				return;
			case LawfulPackage.PROVIDER__ESTABLISHMENTS:
				getEstablishments().clear();
				getEstablishments().addAll((Collection<? extends Establishment>)newValue);
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
			case LawfulPackage.PROVIDER__GROUP:
				setGroup((CorporateGroup)null);
				return;
			case LawfulPackage.PROVIDER__KINDS:
				getKinds().clear();
				return;
			case LawfulPackage.PROVIDER__SERVICES:
				getServices().clear();
				return;
			case LawfulPackage.PROVIDER__ESTABLISHMENTS:
				getEstablishments().clear();
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
			case LawfulPackage.PROVIDER__GROUP:
				return group != null;
			case LawfulPackage.PROVIDER__KINDS:
				return kinds != null && !kinds.isEmpty();
			case LawfulPackage.PROVIDER__SERVICES:
				return services != null && !services.isEmpty();
			case LawfulPackage.PROVIDER__ESTABLISHMENTS:
				return establishments != null && !establishments.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case LawfulPackage.PROVIDER___HAS_KIND__PROVIDERKIND:
				return hasKind((ProviderKind)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (kinds: "); //$NON-NLS-1$
		result.append(kinds);
		result.append(')');
		return result.toString();
	}

} //ProviderImpl
