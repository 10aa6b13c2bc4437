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
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.ProviderKind;
import org.lawfulaccess.model.RetentionBound;
import org.lawfulaccess.model.RetentionRule;

import org.lawfulaccess.model.value.TimeSpan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Retention Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.impl.RetentionRuleImpl#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.RetentionRuleImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.RetentionRuleImpl#getProviderKinds <em>Provider Kinds</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.RetentionRuleImpl#getDataCategories <em>Data Categories</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.RetentionRuleImpl#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.RetentionRuleImpl#getBound <em>Bound</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.RetentionRuleImpl#getLegalBasis <em>Legal Basis</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RetentionRuleImpl extends FactImpl implements RetentionRule {
	/**
	 * The cached value of the '{@link #getJurisdiction() <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJurisdiction()
	 * @generated
	 * @ordered
	 */
	protected Jurisdiction jurisdiction;

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
	 * The cached value of the '{@link #getProviderKinds() <em>Provider Kinds</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviderKinds()
	 * @generated
	 * @ordered
	 */
	protected EList<ProviderKind> providerKinds;

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
	 * The default value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected static final TimeSpan DURATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected TimeSpan duration = DURATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getBound() <em>Bound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBound()
	 * @generated
	 * @ordered
	 */
	protected static final RetentionBound BOUND_EDEFAULT = RetentionBound.MAXIMUM;

	/**
	 * The cached value of the '{@link #getBound() <em>Bound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBound()
	 * @generated
	 * @ordered
	 */
	protected RetentionBound bound = BOUND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLegalBasis() <em>Legal Basis</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBasis()
	 * @generated
	 * @ordered
	 */
	protected Instrument legalBasis;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RetentionRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LawfulPackage.Literals.RETENTION_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Jurisdiction getJurisdiction() {
		if (jurisdiction != null && jurisdiction.eIsProxy()) {
			InternalEObject oldJurisdiction = (InternalEObject)jurisdiction;
			jurisdiction = (Jurisdiction)eResolveProxy(oldJurisdiction);
			if (jurisdiction != oldJurisdiction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.RETENTION_RULE__JURISDICTION, oldJurisdiction, jurisdiction));
			}
		}
		return jurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Jurisdiction basicGetJurisdiction() {
		return jurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJurisdiction(Jurisdiction newJurisdiction) {
		Jurisdiction oldJurisdiction = jurisdiction;
		jurisdiction = newJurisdiction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.RETENTION_RULE__JURISDICTION, oldJurisdiction, jurisdiction));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.RETENTION_RULE__PROVIDER, oldProvider, provider));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.RETENTION_RULE__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProviderKind> getProviderKinds() {
		if (providerKinds == null) {
			providerKinds = new EDataTypeUniqueEList<ProviderKind>(ProviderKind.class, this, LawfulPackage.RETENTION_RULE__PROVIDER_KINDS);
		}
		return providerKinds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataCategory> getDataCategories() {
		if (dataCategories == null) {
			dataCategories = new EDataTypeUniqueEList<DataCategory>(DataCategory.class, this, LawfulPackage.RETENTION_RULE__DATA_CATEGORIES);
		}
		return dataCategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeSpan getDuration() {
		return duration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDuration(TimeSpan newDuration) {
		TimeSpan oldDuration = duration;
		duration = newDuration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.RETENTION_RULE__DURATION, oldDuration, duration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetentionBound getBound() {
		return bound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBound(RetentionBound newBound) {
		RetentionBound oldBound = bound;
		bound = newBound == null ? BOUND_EDEFAULT : newBound;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.RETENTION_RULE__BOUND, oldBound, bound));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instrument getLegalBasis() {
		if (legalBasis != null && legalBasis.eIsProxy()) {
			InternalEObject oldLegalBasis = (InternalEObject)legalBasis;
			legalBasis = (Instrument)eResolveProxy(oldLegalBasis);
			if (legalBasis != oldLegalBasis) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.RETENTION_RULE__LEGAL_BASIS, oldLegalBasis, legalBasis));
			}
		}
		return legalBasis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instrument basicGetLegalBasis() {
		return legalBasis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegalBasis(Instrument newLegalBasis) {
		Instrument oldLegalBasis = legalBasis;
		legalBasis = newLegalBasis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.RETENTION_RULE__LEGAL_BASIS, oldLegalBasis, legalBasis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LawfulPackage.RETENTION_RULE__JURISDICTION:
				if (resolve) return getJurisdiction();
				return basicGetJurisdiction();
			case LawfulPackage.RETENTION_RULE__PROVIDER:
				if (resolve) return getProvider();
				return basicGetProvider();
			case LawfulPackage.RETENTION_RULE__PROVIDER_KINDS:
				return getProviderKinds();
			case LawfulPackage.RETENTION_RULE__DATA_CATEGORIES:
				return getDataCategories();
			case LawfulPackage.RETENTION_RULE__DURATION:
				return getDuration();
			case LawfulPackage.RETENTION_RULE__BOUND:
				return getBound();
			case LawfulPackage.RETENTION_RULE__LEGAL_BASIS:
				if (resolve) return getLegalBasis();
				return basicGetLegalBasis();
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
			case LawfulPackage.RETENTION_RULE__JURISDICTION:
				setJurisdiction((Jurisdiction)newValue);
				return;
			case LawfulPackage.RETENTION_RULE__PROVIDER:
				setProvider((Provider)newValue);
				return;
			case LawfulPackage.RETENTION_RULE__PROVIDER_KINDS:
				getProviderKinds().clear();
				getProviderKinds().addAll((Collection<? extends ProviderKind>)newValue);
				return;
			case LawfulPackage.RETENTION_RULE__DATA_CATEGORIES:
				getDataCategories().clear();
				getDataCategories().addAll((Collection<? extends DataCategory>)newValue);
				return;
			case LawfulPackage.RETENTION_RULE__DURATION:
				setDuration((TimeSpan)newValue);
				return;
			case LawfulPackage.RETENTION_RULE__BOUND:
				setBound((RetentionBound)newValue);
				return;
			case LawfulPackage.RETENTION_RULE__LEGAL_BASIS:
				setLegalBasis((Instrument)newValue);
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
			case LawfulPackage.RETENTION_RULE__JURISDICTION:
				setJurisdiction((Jurisdiction)null);
				return;
			case LawfulPackage.RETENTION_RULE__PROVIDER:
				setProvider((Provider)null);
				return;
			case LawfulPackage.RETENTION_RULE__PROVIDER_KINDS:
				getProviderKinds().clear();
				return;
			case LawfulPackage.RETENTION_RULE__DATA_CATEGORIES:
				getDataCategories().clear();
				return;
			case LawfulPackage.RETENTION_RULE__DURATION:
				setDuration(DURATION_EDEFAULT);
				return;
			case LawfulPackage.RETENTION_RULE__BOUND:
				setBound(BOUND_EDEFAULT);
				return;
			case LawfulPackage.RETENTION_RULE__LEGAL_BASIS:
				setLegalBasis((Instrument)null);
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
			case LawfulPackage.RETENTION_RULE__JURISDICTION:
				return jurisdiction != null;
			case LawfulPackage.RETENTION_RULE__PROVIDER:
				return provider != null;
			case LawfulPackage.RETENTION_RULE__PROVIDER_KINDS:
				return providerKinds != null && !providerKinds.isEmpty();
			case LawfulPackage.RETENTION_RULE__DATA_CATEGORIES:
				return dataCategories != null && !dataCategories.isEmpty();
			case LawfulPackage.RETENTION_RULE__DURATION:
				return DURATION_EDEFAULT == null ? duration != null : !DURATION_EDEFAULT.equals(duration);
			case LawfulPackage.RETENTION_RULE__BOUND:
				return bound != BOUND_EDEFAULT;
			case LawfulPackage.RETENTION_RULE__LEGAL_BASIS:
				return legalBasis != null;
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
		result.append(" (providerKinds: "); //$NON-NLS-1$
		result.append(providerKinds);
		result.append(", dataCategories: "); //$NON-NLS-1$
		result.append(dataCategories);
		result.append(", duration: "); //$NON-NLS-1$
		result.append(duration);
		result.append(", bound: "); //$NON-NLS-1$
		result.append(bound);
		result.append(')');
		return result.toString();
	}

} //RetentionRuleImpl
