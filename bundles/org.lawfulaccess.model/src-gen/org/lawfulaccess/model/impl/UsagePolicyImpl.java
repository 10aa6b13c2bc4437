/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.lawfulaccess.model.Actor;
import org.lawfulaccess.model.ClassificationLevel;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.UsageDecision;
import org.lawfulaccess.model.UsagePolicy;
import org.lawfulaccess.model.UsagePurpose;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Usage Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.impl.UsagePolicyImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.UsagePolicyImpl#getService <em>Service</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.UsagePolicyImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.UsagePolicyImpl#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.UsagePolicyImpl#getMaxLevel <em>Max Level</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UsagePolicyImpl extends FactImpl implements UsagePolicy {
	/**
	 * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected Actor organisation;

	/**
	 * The cached value of the '{@link #getService() <em>Service</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getService()
	 * @generated
	 * @ordered
	 */
	protected Service service;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final UsagePurpose PURPOSE_EDEFAULT = UsagePurpose.PRIVATE;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected UsagePurpose purpose = PURPOSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected static final UsageDecision DECISION_EDEFAULT = UsageDecision.ALLOWED;

	/**
	 * The cached value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected UsageDecision decision = DECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxLevel() <em>Max Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxLevel()
	 * @generated
	 * @ordered
	 */
	protected static final ClassificationLevel MAX_LEVEL_EDEFAULT = ClassificationLevel.UNCLASSIFIED;

	/**
	 * The cached value of the '{@link #getMaxLevel() <em>Max Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxLevel()
	 * @generated
	 * @ordered
	 */
	protected ClassificationLevel maxLevel = MAX_LEVEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UsagePolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LawfulPackage.Literals.USAGE_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getOrganisation() {
		if (organisation != null && organisation.eIsProxy()) {
			InternalEObject oldOrganisation = (InternalEObject)organisation;
			organisation = (Actor)eResolveProxy(oldOrganisation);
			if (organisation != oldOrganisation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.USAGE_POLICY__ORGANISATION, oldOrganisation, organisation));
			}
		}
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetOrganisation() {
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisation(Actor newOrganisation) {
		Actor oldOrganisation = organisation;
		organisation = newOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.USAGE_POLICY__ORGANISATION, oldOrganisation, organisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Service getService() {
		if (service != null && service.eIsProxy()) {
			InternalEObject oldService = (InternalEObject)service;
			service = (Service)eResolveProxy(oldService);
			if (service != oldService) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.USAGE_POLICY__SERVICE, oldService, service));
			}
		}
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Service basicGetService() {
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setService(Service newService) {
		Service oldService = service;
		service = newService;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.USAGE_POLICY__SERVICE, oldService, service));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UsagePurpose getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(UsagePurpose newPurpose) {
		UsagePurpose oldPurpose = purpose;
		purpose = newPurpose == null ? PURPOSE_EDEFAULT : newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.USAGE_POLICY__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UsageDecision getDecision() {
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecision(UsageDecision newDecision) {
		UsageDecision oldDecision = decision;
		decision = newDecision == null ? DECISION_EDEFAULT : newDecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.USAGE_POLICY__DECISION, oldDecision, decision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClassificationLevel getMaxLevel() {
		return maxLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxLevel(ClassificationLevel newMaxLevel) {
		ClassificationLevel oldMaxLevel = maxLevel;
		maxLevel = newMaxLevel == null ? MAX_LEVEL_EDEFAULT : newMaxLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.USAGE_POLICY__MAX_LEVEL, oldMaxLevel, maxLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LawfulPackage.USAGE_POLICY__ORGANISATION:
				if (resolve) return getOrganisation();
				return basicGetOrganisation();
			case LawfulPackage.USAGE_POLICY__SERVICE:
				if (resolve) return getService();
				return basicGetService();
			case LawfulPackage.USAGE_POLICY__PURPOSE:
				return getPurpose();
			case LawfulPackage.USAGE_POLICY__DECISION:
				return getDecision();
			case LawfulPackage.USAGE_POLICY__MAX_LEVEL:
				return getMaxLevel();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LawfulPackage.USAGE_POLICY__ORGANISATION:
				setOrganisation((Actor)newValue);
				return;
			case LawfulPackage.USAGE_POLICY__SERVICE:
				setService((Service)newValue);
				return;
			case LawfulPackage.USAGE_POLICY__PURPOSE:
				setPurpose((UsagePurpose)newValue);
				return;
			case LawfulPackage.USAGE_POLICY__DECISION:
				setDecision((UsageDecision)newValue);
				return;
			case LawfulPackage.USAGE_POLICY__MAX_LEVEL:
				setMaxLevel((ClassificationLevel)newValue);
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
			case LawfulPackage.USAGE_POLICY__ORGANISATION:
				setOrganisation((Actor)null);
				return;
			case LawfulPackage.USAGE_POLICY__SERVICE:
				setService((Service)null);
				return;
			case LawfulPackage.USAGE_POLICY__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case LawfulPackage.USAGE_POLICY__DECISION:
				setDecision(DECISION_EDEFAULT);
				return;
			case LawfulPackage.USAGE_POLICY__MAX_LEVEL:
				setMaxLevel(MAX_LEVEL_EDEFAULT);
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
			case LawfulPackage.USAGE_POLICY__ORGANISATION:
				return organisation != null;
			case LawfulPackage.USAGE_POLICY__SERVICE:
				return service != null;
			case LawfulPackage.USAGE_POLICY__PURPOSE:
				return purpose != PURPOSE_EDEFAULT;
			case LawfulPackage.USAGE_POLICY__DECISION:
				return decision != DECISION_EDEFAULT;
			case LawfulPackage.USAGE_POLICY__MAX_LEVEL:
				return maxLevel != MAX_LEVEL_EDEFAULT;
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
		result.append(" (purpose: "); //$NON-NLS-1$
		result.append(purpose);
		result.append(", decision: "); //$NON-NLS-1$
		result.append(decision);
		result.append(", maxLevel: "); //$NON-NLS-1$
		result.append(maxLevel);
		result.append(')');
		return result.toString();
	}

} //UsagePolicyImpl
