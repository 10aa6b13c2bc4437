/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.lawfulaccess.model.Authority;
import org.lawfulaccess.model.Citation;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Offence;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.Sourced;
import org.lawfulaccess.model.Urgency;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.impl.ScenarioImpl#getCitations <em>Citations</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ScenarioImpl#getRequestingAuthority <em>Requesting Authority</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ScenarioImpl#getTargetService <em>Target Service</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ScenarioImpl#getTargetProvider <em>Target Provider</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ScenarioImpl#getOffence <em>Offence</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ScenarioImpl#getDataCategory <em>Data Category</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ScenarioImpl#getUrgency <em>Urgency</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ScenarioImpl#getEventDate <em>Event Date</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ScenarioImpl#getRequestDate <em>Request Date</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ScenarioImpl#getDependsOn <em>Depends On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioImpl extends NamedElementImpl implements Scenario {
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
	 * The cached value of the '{@link #getRequestingAuthority() <em>Requesting Authority</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestingAuthority()
	 * @generated
	 * @ordered
	 */
	protected Authority requestingAuthority;

	/**
	 * The cached value of the '{@link #getTargetService() <em>Target Service</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetService()
	 * @generated
	 * @ordered
	 */
	protected Service targetService;

	/**
	 * The cached value of the '{@link #getTargetProvider() <em>Target Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetProvider()
	 * @generated
	 * @ordered
	 */
	protected Provider targetProvider;

	/**
	 * The cached value of the '{@link #getOffence() <em>Offence</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffence()
	 * @generated
	 * @ordered
	 */
	protected Offence offence;

	/**
	 * The default value of the '{@link #getDataCategory() <em>Data Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataCategory()
	 * @generated
	 * @ordered
	 */
	protected static final DataCategory DATA_CATEGORY_EDEFAULT = DataCategory.SUBSCRIBER;

	/**
	 * The cached value of the '{@link #getDataCategory() <em>Data Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataCategory()
	 * @generated
	 * @ordered
	 */
	protected DataCategory dataCategory = DATA_CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrgency() <em>Urgency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrgency()
	 * @generated
	 * @ordered
	 */
	protected static final Urgency URGENCY_EDEFAULT = Urgency.ROUTINE;

	/**
	 * The cached value of the '{@link #getUrgency() <em>Urgency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrgency()
	 * @generated
	 * @ordered
	 */
	protected Urgency urgency = URGENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getEventDate() <em>Event Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EVENT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEventDate() <em>Event Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate eventDate = EVENT_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRequestDate() <em>Request Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REQUEST_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRequestDate() <em>Request Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate requestDate = REQUEST_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDependsOn() <em>Depends On</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependsOn()
	 * @generated
	 * @ordered
	 */
	protected Scenario dependsOn;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LawfulPackage.Literals.SCENARIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Citation> getCitations() {
		if (citations == null) {
			citations = new EObjectContainmentEList<Citation>(Citation.class, this, LawfulPackage.SCENARIO__CITATIONS);
		}
		return citations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Authority getRequestingAuthority() {
		if (requestingAuthority != null && requestingAuthority.eIsProxy()) {
			InternalEObject oldRequestingAuthority = (InternalEObject)requestingAuthority;
			requestingAuthority = (Authority)eResolveProxy(oldRequestingAuthority);
			if (requestingAuthority != oldRequestingAuthority) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.SCENARIO__REQUESTING_AUTHORITY, oldRequestingAuthority, requestingAuthority));
			}
		}
		return requestingAuthority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Authority basicGetRequestingAuthority() {
		return requestingAuthority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestingAuthority(Authority newRequestingAuthority) {
		Authority oldRequestingAuthority = requestingAuthority;
		requestingAuthority = newRequestingAuthority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.SCENARIO__REQUESTING_AUTHORITY, oldRequestingAuthority, requestingAuthority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Service getTargetService() {
		if (targetService != null && targetService.eIsProxy()) {
			InternalEObject oldTargetService = (InternalEObject)targetService;
			targetService = (Service)eResolveProxy(oldTargetService);
			if (targetService != oldTargetService) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.SCENARIO__TARGET_SERVICE, oldTargetService, targetService));
			}
		}
		return targetService;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Service basicGetTargetService() {
		return targetService;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetService(Service newTargetService) {
		Service oldTargetService = targetService;
		targetService = newTargetService;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.SCENARIO__TARGET_SERVICE, oldTargetService, targetService));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provider getTargetProvider() {
		if (targetProvider != null && targetProvider.eIsProxy()) {
			InternalEObject oldTargetProvider = (InternalEObject)targetProvider;
			targetProvider = (Provider)eResolveProxy(oldTargetProvider);
			if (targetProvider != oldTargetProvider) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.SCENARIO__TARGET_PROVIDER, oldTargetProvider, targetProvider));
			}
		}
		return targetProvider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Provider basicGetTargetProvider() {
		return targetProvider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetProvider(Provider newTargetProvider) {
		Provider oldTargetProvider = targetProvider;
		targetProvider = newTargetProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.SCENARIO__TARGET_PROVIDER, oldTargetProvider, targetProvider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Offence getOffence() {
		if (offence != null && offence.eIsProxy()) {
			InternalEObject oldOffence = (InternalEObject)offence;
			offence = (Offence)eResolveProxy(oldOffence);
			if (offence != oldOffence) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.SCENARIO__OFFENCE, oldOffence, offence));
			}
		}
		return offence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Offence basicGetOffence() {
		return offence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffence(Offence newOffence) {
		Offence oldOffence = offence;
		offence = newOffence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.SCENARIO__OFFENCE, oldOffence, offence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataCategory getDataCategory() {
		return dataCategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataCategory(DataCategory newDataCategory) {
		DataCategory oldDataCategory = dataCategory;
		dataCategory = newDataCategory == null ? DATA_CATEGORY_EDEFAULT : newDataCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.SCENARIO__DATA_CATEGORY, oldDataCategory, dataCategory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Urgency getUrgency() {
		return urgency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrgency(Urgency newUrgency) {
		Urgency oldUrgency = urgency;
		urgency = newUrgency == null ? URGENCY_EDEFAULT : newUrgency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.SCENARIO__URGENCY, oldUrgency, urgency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEventDate() {
		return eventDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventDate(LocalDate newEventDate) {
		LocalDate oldEventDate = eventDate;
		eventDate = newEventDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.SCENARIO__EVENT_DATE, oldEventDate, eventDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRequestDate() {
		return requestDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestDate(LocalDate newRequestDate) {
		LocalDate oldRequestDate = requestDate;
		requestDate = newRequestDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.SCENARIO__REQUEST_DATE, oldRequestDate, requestDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario getDependsOn() {
		if (dependsOn != null && dependsOn.eIsProxy()) {
			InternalEObject oldDependsOn = (InternalEObject)dependsOn;
			dependsOn = (Scenario)eResolveProxy(oldDependsOn);
			if (dependsOn != oldDependsOn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.SCENARIO__DEPENDS_ON, oldDependsOn, dependsOn));
			}
		}
		return dependsOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Scenario basicGetDependsOn() {
		return dependsOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDependsOn(Scenario newDependsOn) {
		Scenario oldDependsOn = dependsOn;
		dependsOn = newDependsOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.SCENARIO__DEPENDS_ON, oldDependsOn, dependsOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LawfulPackage.SCENARIO__CITATIONS:
				return ((InternalEList<?>)getCitations()).basicRemove(otherEnd, msgs);
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
			case LawfulPackage.SCENARIO__CITATIONS:
				return getCitations();
			case LawfulPackage.SCENARIO__REQUESTING_AUTHORITY:
				if (resolve) return getRequestingAuthority();
				return basicGetRequestingAuthority();
			case LawfulPackage.SCENARIO__TARGET_SERVICE:
				if (resolve) return getTargetService();
				return basicGetTargetService();
			case LawfulPackage.SCENARIO__TARGET_PROVIDER:
				if (resolve) return getTargetProvider();
				return basicGetTargetProvider();
			case LawfulPackage.SCENARIO__OFFENCE:
				if (resolve) return getOffence();
				return basicGetOffence();
			case LawfulPackage.SCENARIO__DATA_CATEGORY:
				return getDataCategory();
			case LawfulPackage.SCENARIO__URGENCY:
				return getUrgency();
			case LawfulPackage.SCENARIO__EVENT_DATE:
				return getEventDate();
			case LawfulPackage.SCENARIO__REQUEST_DATE:
				return getRequestDate();
			case LawfulPackage.SCENARIO__DEPENDS_ON:
				if (resolve) return getDependsOn();
				return basicGetDependsOn();
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
			case LawfulPackage.SCENARIO__CITATIONS:
				getCitations().clear();
				getCitations().addAll((Collection<? extends Citation>)newValue);
				return;
			case LawfulPackage.SCENARIO__REQUESTING_AUTHORITY:
				setRequestingAuthority((Authority)newValue);
				return;
			case LawfulPackage.SCENARIO__TARGET_SERVICE:
				setTargetService((Service)newValue);
				return;
			case LawfulPackage.SCENARIO__TARGET_PROVIDER:
				setTargetProvider((Provider)newValue);
				return;
			case LawfulPackage.SCENARIO__OFFENCE:
				setOffence((Offence)newValue);
				return;
			case LawfulPackage.SCENARIO__DATA_CATEGORY:
				setDataCategory((DataCategory)newValue);
				return;
			case LawfulPackage.SCENARIO__URGENCY:
				setUrgency((Urgency)newValue);
				return;
			case LawfulPackage.SCENARIO__EVENT_DATE:
				setEventDate((LocalDate)newValue);
				return;
			case LawfulPackage.SCENARIO__REQUEST_DATE:
				setRequestDate((LocalDate)newValue);
				return;
			case LawfulPackage.SCENARIO__DEPENDS_ON:
				setDependsOn((Scenario)newValue);
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
			case LawfulPackage.SCENARIO__CITATIONS:
				getCitations().clear();
				return;
			case LawfulPackage.SCENARIO__REQUESTING_AUTHORITY:
				setRequestingAuthority((Authority)null);
				return;
			case LawfulPackage.SCENARIO__TARGET_SERVICE:
				setTargetService((Service)null);
				return;
			case LawfulPackage.SCENARIO__TARGET_PROVIDER:
				setTargetProvider((Provider)null);
				return;
			case LawfulPackage.SCENARIO__OFFENCE:
				setOffence((Offence)null);
				return;
			case LawfulPackage.SCENARIO__DATA_CATEGORY:
				setDataCategory(DATA_CATEGORY_EDEFAULT);
				return;
			case LawfulPackage.SCENARIO__URGENCY:
				setUrgency(URGENCY_EDEFAULT);
				return;
			case LawfulPackage.SCENARIO__EVENT_DATE:
				setEventDate(EVENT_DATE_EDEFAULT);
				return;
			case LawfulPackage.SCENARIO__REQUEST_DATE:
				setRequestDate(REQUEST_DATE_EDEFAULT);
				return;
			case LawfulPackage.SCENARIO__DEPENDS_ON:
				setDependsOn((Scenario)null);
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
			case LawfulPackage.SCENARIO__CITATIONS:
				return citations != null && !citations.isEmpty();
			case LawfulPackage.SCENARIO__REQUESTING_AUTHORITY:
				return requestingAuthority != null;
			case LawfulPackage.SCENARIO__TARGET_SERVICE:
				return targetService != null;
			case LawfulPackage.SCENARIO__TARGET_PROVIDER:
				return targetProvider != null;
			case LawfulPackage.SCENARIO__OFFENCE:
				return offence != null;
			case LawfulPackage.SCENARIO__DATA_CATEGORY:
				return dataCategory != DATA_CATEGORY_EDEFAULT;
			case LawfulPackage.SCENARIO__URGENCY:
				return urgency != URGENCY_EDEFAULT;
			case LawfulPackage.SCENARIO__EVENT_DATE:
				return EVENT_DATE_EDEFAULT == null ? eventDate != null : !EVENT_DATE_EDEFAULT.equals(eventDate);
			case LawfulPackage.SCENARIO__REQUEST_DATE:
				return REQUEST_DATE_EDEFAULT == null ? requestDate != null : !REQUEST_DATE_EDEFAULT.equals(requestDate);
			case LawfulPackage.SCENARIO__DEPENDS_ON:
				return dependsOn != null;
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
				case LawfulPackage.SCENARIO__CITATIONS: return LawfulPackage.SOURCED__CITATIONS;
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
				case LawfulPackage.SOURCED__CITATIONS: return LawfulPackage.SCENARIO__CITATIONS;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
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
		result.append(" (dataCategory: "); //$NON-NLS-1$
		result.append(dataCategory);
		result.append(", urgency: "); //$NON-NLS-1$
		result.append(urgency);
		result.append(", eventDate: "); //$NON-NLS-1$
		result.append(eventDate);
		result.append(", requestDate: "); //$NON-NLS-1$
		result.append(requestDate);
		result.append(')');
		return result.toString();
	}

} //ScenarioImpl
