/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.PracticeOutcome;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.ProviderPractice;
import org.lawfulaccess.model.RouteKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Provider Practice</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.impl.ProviderPracticeImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProviderPracticeImpl#getRequestingJurisdiction <em>Requesting Jurisdiction</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProviderPracticeImpl#getRouteKinds <em>Route Kinds</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProviderPracticeImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProviderPracticeImpl#getDataCategories <em>Data Categories</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProviderPracticeImpl#getInstrument <em>Instrument</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProviderPracticeImpl extends FactImpl implements ProviderPractice {
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
	 * The cached value of the '{@link #getRequestingJurisdiction() <em>Requesting Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestingJurisdiction()
	 * @generated
	 * @ordered
	 */
	protected Jurisdiction requestingJurisdiction;

	/**
	 * The cached value of the '{@link #getRouteKinds() <em>Route Kinds</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouteKinds()
	 * @generated
	 * @ordered
	 */
	protected EList<RouteKind> routeKinds;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final PracticeOutcome OUTCOME_EDEFAULT = PracticeOutcome.UNSTATED;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected PracticeOutcome outcome = OUTCOME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDataCategories() <em>Data Categories</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<DataCategory> dataCategories;

	/**
	 * The cached value of the '{@link #getInstrument() <em>Instrument</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrument()
	 * @generated
	 * @ordered
	 */
	protected Instrument instrument;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProviderPracticeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LawfulPackage.Literals.PROVIDER_PRACTICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provider getProvider() {
		if (provider != null && provider.eIsProxy()) {
			InternalEObject oldProvider = (InternalEObject)provider;
			provider = (Provider)eResolveProxy(oldProvider);
			if (provider != oldProvider) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.PROVIDER_PRACTICE__PROVIDER, oldProvider, provider));
			}
		}
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Provider basicGetProvider() {
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(Provider newProvider) {
		Provider oldProvider = provider;
		provider = newProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVIDER_PRACTICE__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Jurisdiction getRequestingJurisdiction() {
		if (requestingJurisdiction != null && requestingJurisdiction.eIsProxy()) {
			InternalEObject oldRequestingJurisdiction = (InternalEObject)requestingJurisdiction;
			requestingJurisdiction = (Jurisdiction)eResolveProxy(oldRequestingJurisdiction);
			if (requestingJurisdiction != oldRequestingJurisdiction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.PROVIDER_PRACTICE__REQUESTING_JURISDICTION, oldRequestingJurisdiction, requestingJurisdiction));
			}
		}
		return requestingJurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Jurisdiction basicGetRequestingJurisdiction() {
		return requestingJurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestingJurisdiction(Jurisdiction newRequestingJurisdiction) {
		Jurisdiction oldRequestingJurisdiction = requestingJurisdiction;
		requestingJurisdiction = newRequestingJurisdiction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVIDER_PRACTICE__REQUESTING_JURISDICTION, oldRequestingJurisdiction, requestingJurisdiction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RouteKind> getRouteKinds() {
		if (routeKinds == null) {
			routeKinds = new EDataTypeUniqueEList<RouteKind>(RouteKind.class, this, LawfulPackage.PROVIDER_PRACTICE__ROUTE_KINDS);
		}
		return routeKinds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PracticeOutcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(PracticeOutcome newOutcome) {
		PracticeOutcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVIDER_PRACTICE__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataCategory> getDataCategories() {
		if (dataCategories == null) {
			dataCategories = new EDataTypeUniqueEList<DataCategory>(DataCategory.class, this, LawfulPackage.PROVIDER_PRACTICE__DATA_CATEGORIES);
		}
		return dataCategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instrument getInstrument() {
		if (instrument != null && instrument.eIsProxy()) {
			InternalEObject oldInstrument = (InternalEObject)instrument;
			instrument = (Instrument)eResolveProxy(oldInstrument);
			if (instrument != oldInstrument) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.PROVIDER_PRACTICE__INSTRUMENT, oldInstrument, instrument));
			}
		}
		return instrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instrument basicGetInstrument() {
		return instrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrument(Instrument newInstrument) {
		Instrument oldInstrument = instrument;
		instrument = newInstrument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVIDER_PRACTICE__INSTRUMENT, oldInstrument, instrument));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LawfulPackage.PROVIDER_PRACTICE__PROVIDER:
				if (resolve) return getProvider();
				return basicGetProvider();
			case LawfulPackage.PROVIDER_PRACTICE__REQUESTING_JURISDICTION:
				if (resolve) return getRequestingJurisdiction();
				return basicGetRequestingJurisdiction();
			case LawfulPackage.PROVIDER_PRACTICE__ROUTE_KINDS:
				return getRouteKinds();
			case LawfulPackage.PROVIDER_PRACTICE__OUTCOME:
				return getOutcome();
			case LawfulPackage.PROVIDER_PRACTICE__DATA_CATEGORIES:
				return getDataCategories();
			case LawfulPackage.PROVIDER_PRACTICE__INSTRUMENT:
				if (resolve) return getInstrument();
				return basicGetInstrument();
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
			case LawfulPackage.PROVIDER_PRACTICE__PROVIDER:
				setProvider((Provider)newValue);
				return;
			case LawfulPackage.PROVIDER_PRACTICE__REQUESTING_JURISDICTION:
				setRequestingJurisdiction((Jurisdiction)newValue);
				return;
			case LawfulPackage.PROVIDER_PRACTICE__ROUTE_KINDS:
				getRouteKinds().clear();
				getRouteKinds().addAll((Collection<? extends RouteKind>)newValue);
				return;
			case LawfulPackage.PROVIDER_PRACTICE__OUTCOME:
				setOutcome((PracticeOutcome)newValue);
				return;
			case LawfulPackage.PROVIDER_PRACTICE__DATA_CATEGORIES:
				getDataCategories().clear();
				getDataCategories().addAll((Collection<? extends DataCategory>)newValue);
				return;
			case LawfulPackage.PROVIDER_PRACTICE__INSTRUMENT:
				setInstrument((Instrument)newValue);
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
			case LawfulPackage.PROVIDER_PRACTICE__PROVIDER:
				setProvider((Provider)null);
				return;
			case LawfulPackage.PROVIDER_PRACTICE__REQUESTING_JURISDICTION:
				setRequestingJurisdiction((Jurisdiction)null);
				return;
			case LawfulPackage.PROVIDER_PRACTICE__ROUTE_KINDS:
				getRouteKinds().clear();
				return;
			case LawfulPackage.PROVIDER_PRACTICE__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case LawfulPackage.PROVIDER_PRACTICE__DATA_CATEGORIES:
				getDataCategories().clear();
				return;
			case LawfulPackage.PROVIDER_PRACTICE__INSTRUMENT:
				setInstrument((Instrument)null);
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
			case LawfulPackage.PROVIDER_PRACTICE__PROVIDER:
				return provider != null;
			case LawfulPackage.PROVIDER_PRACTICE__REQUESTING_JURISDICTION:
				return requestingJurisdiction != null;
			case LawfulPackage.PROVIDER_PRACTICE__ROUTE_KINDS:
				return routeKinds != null && !routeKinds.isEmpty();
			case LawfulPackage.PROVIDER_PRACTICE__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case LawfulPackage.PROVIDER_PRACTICE__DATA_CATEGORIES:
				return dataCategories != null && !dataCategories.isEmpty();
			case LawfulPackage.PROVIDER_PRACTICE__INSTRUMENT:
				return instrument != null;
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
		result.append(" (routeKinds: "); //$NON-NLS-1$
		result.append(routeKinds);
		result.append(", outcome: "); //$NON-NLS-1$
		result.append(outcome);
		result.append(", dataCategories: "); //$NON-NLS-1$
		result.append(dataCategories);
		result.append(')');
		return result.toString();
	}

} //ProviderPracticeImpl
