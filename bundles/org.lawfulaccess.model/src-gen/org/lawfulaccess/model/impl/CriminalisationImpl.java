/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.CriminalisationStatus;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Offence;

import org.lawfulaccess.model.value.TimeSpan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Criminalisation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.impl.CriminalisationImpl#getOffence <em>Offence</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.CriminalisationImpl#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.CriminalisationImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.CriminalisationImpl#getStatute <em>Statute</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.CriminalisationImpl#getMaxImprisonment <em>Max Imprisonment</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.CriminalisationImpl#getMaxFine <em>Max Fine</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CriminalisationImpl extends FactImpl implements Criminalisation {
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
	 * The cached value of the '{@link #getJurisdiction() <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJurisdiction()
	 * @generated
	 * @ordered
	 */
	protected Jurisdiction jurisdiction;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CriminalisationStatus STATUS_EDEFAULT = CriminalisationStatus.UNSTATED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CriminalisationStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatute() <em>Statute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatute()
	 * @generated
	 * @ordered
	 */
	protected static final String STATUTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatute() <em>Statute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatute()
	 * @generated
	 * @ordered
	 */
	protected String statute = STATUTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxImprisonment() <em>Max Imprisonment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxImprisonment()
	 * @generated
	 * @ordered
	 */
	protected static final TimeSpan MAX_IMPRISONMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxImprisonment() <em>Max Imprisonment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxImprisonment()
	 * @generated
	 * @ordered
	 */
	protected TimeSpan maxImprisonment = MAX_IMPRISONMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxFine() <em>Max Fine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxFine()
	 * @generated
	 * @ordered
	 */
	protected static final String MAX_FINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxFine() <em>Max Fine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxFine()
	 * @generated
	 * @ordered
	 */
	protected String maxFine = MAX_FINE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CriminalisationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LawfulPackage.Literals.CRIMINALISATION;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.CRIMINALISATION__OFFENCE, oldOffence, offence));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.CRIMINALISATION__OFFENCE, oldOffence, offence));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.CRIMINALISATION__JURISDICTION, oldJurisdiction, jurisdiction));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.CRIMINALISATION__JURISDICTION, oldJurisdiction, jurisdiction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CriminalisationStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CriminalisationStatus newStatus) {
		CriminalisationStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.CRIMINALISATION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatute() {
		return statute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatute(String newStatute) {
		String oldStatute = statute;
		statute = newStatute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.CRIMINALISATION__STATUTE, oldStatute, statute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeSpan getMaxImprisonment() {
		return maxImprisonment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxImprisonment(TimeSpan newMaxImprisonment) {
		TimeSpan oldMaxImprisonment = maxImprisonment;
		maxImprisonment = newMaxImprisonment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.CRIMINALISATION__MAX_IMPRISONMENT, oldMaxImprisonment, maxImprisonment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMaxFine() {
		return maxFine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxFine(String newMaxFine) {
		String oldMaxFine = maxFine;
		maxFine = newMaxFine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.CRIMINALISATION__MAX_FINE, oldMaxFine, maxFine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LawfulPackage.CRIMINALISATION__OFFENCE:
				if (resolve) return getOffence();
				return basicGetOffence();
			case LawfulPackage.CRIMINALISATION__JURISDICTION:
				if (resolve) return getJurisdiction();
				return basicGetJurisdiction();
			case LawfulPackage.CRIMINALISATION__STATUS:
				return getStatus();
			case LawfulPackage.CRIMINALISATION__STATUTE:
				return getStatute();
			case LawfulPackage.CRIMINALISATION__MAX_IMPRISONMENT:
				return getMaxImprisonment();
			case LawfulPackage.CRIMINALISATION__MAX_FINE:
				return getMaxFine();
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
			case LawfulPackage.CRIMINALISATION__OFFENCE:
				setOffence((Offence)newValue);
				return;
			case LawfulPackage.CRIMINALISATION__JURISDICTION:
				setJurisdiction((Jurisdiction)newValue);
				return;
			case LawfulPackage.CRIMINALISATION__STATUS:
				setStatus((CriminalisationStatus)newValue);
				return;
			case LawfulPackage.CRIMINALISATION__STATUTE:
				setStatute((String)newValue);
				return;
			case LawfulPackage.CRIMINALISATION__MAX_IMPRISONMENT:
				setMaxImprisonment((TimeSpan)newValue);
				return;
			case LawfulPackage.CRIMINALISATION__MAX_FINE:
				setMaxFine((String)newValue);
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
			case LawfulPackage.CRIMINALISATION__OFFENCE:
				setOffence((Offence)null);
				return;
			case LawfulPackage.CRIMINALISATION__JURISDICTION:
				setJurisdiction((Jurisdiction)null);
				return;
			case LawfulPackage.CRIMINALISATION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case LawfulPackage.CRIMINALISATION__STATUTE:
				setStatute(STATUTE_EDEFAULT);
				return;
			case LawfulPackage.CRIMINALISATION__MAX_IMPRISONMENT:
				setMaxImprisonment(MAX_IMPRISONMENT_EDEFAULT);
				return;
			case LawfulPackage.CRIMINALISATION__MAX_FINE:
				setMaxFine(MAX_FINE_EDEFAULT);
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
			case LawfulPackage.CRIMINALISATION__OFFENCE:
				return offence != null;
			case LawfulPackage.CRIMINALISATION__JURISDICTION:
				return jurisdiction != null;
			case LawfulPackage.CRIMINALISATION__STATUS:
				return status != STATUS_EDEFAULT;
			case LawfulPackage.CRIMINALISATION__STATUTE:
				return STATUTE_EDEFAULT == null ? statute != null : !STATUTE_EDEFAULT.equals(statute);
			case LawfulPackage.CRIMINALISATION__MAX_IMPRISONMENT:
				return MAX_IMPRISONMENT_EDEFAULT == null ? maxImprisonment != null : !MAX_IMPRISONMENT_EDEFAULT.equals(maxImprisonment);
			case LawfulPackage.CRIMINALISATION__MAX_FINE:
				return MAX_FINE_EDEFAULT == null ? maxFine != null : !MAX_FINE_EDEFAULT.equals(maxFine);
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
		result.append(" (status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", statute: "); //$NON-NLS-1$
		result.append(statute);
		result.append(", maxImprisonment: "); //$NON-NLS-1$
		result.append(maxImprisonment);
		result.append(", maxFine: "); //$NON-NLS-1$
		result.append(maxFine);
		result.append(')');
		return result.toString();
	}

} //CriminalisationImpl
