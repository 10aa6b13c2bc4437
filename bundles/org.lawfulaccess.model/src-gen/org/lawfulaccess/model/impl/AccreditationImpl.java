/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.lawfulaccess.model.Accreditation;
import org.lawfulaccess.model.Actor;
import org.lawfulaccess.model.ClassificationLevel;
import org.lawfulaccess.model.LawfulPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Accreditation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.impl.AccreditationImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.AccreditationImpl#getAccreditedBy <em>Accredited By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccreditationImpl extends FactImpl implements Accreditation {
	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final ClassificationLevel LEVEL_EDEFAULT = ClassificationLevel.UNCLASSIFIED;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected ClassificationLevel level = LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAccreditedBy() <em>Accredited By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccreditedBy()
	 * @generated
	 * @ordered
	 */
	protected Actor accreditedBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccreditationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LawfulPackage.Literals.ACCREDITATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClassificationLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(ClassificationLevel newLevel) {
		ClassificationLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.ACCREDITATION__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getAccreditedBy() {
		if (accreditedBy != null && accreditedBy.eIsProxy()) {
			InternalEObject oldAccreditedBy = (InternalEObject)accreditedBy;
			accreditedBy = (Actor)eResolveProxy(oldAccreditedBy);
			if (accreditedBy != oldAccreditedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.ACCREDITATION__ACCREDITED_BY, oldAccreditedBy, accreditedBy));
			}
		}
		return accreditedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetAccreditedBy() {
		return accreditedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccreditedBy(Actor newAccreditedBy) {
		Actor oldAccreditedBy = accreditedBy;
		accreditedBy = newAccreditedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.ACCREDITATION__ACCREDITED_BY, oldAccreditedBy, accreditedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LawfulPackage.ACCREDITATION__LEVEL:
				return getLevel();
			case LawfulPackage.ACCREDITATION__ACCREDITED_BY:
				if (resolve) return getAccreditedBy();
				return basicGetAccreditedBy();
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
			case LawfulPackage.ACCREDITATION__LEVEL:
				setLevel((ClassificationLevel)newValue);
				return;
			case LawfulPackage.ACCREDITATION__ACCREDITED_BY:
				setAccreditedBy((Actor)newValue);
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
			case LawfulPackage.ACCREDITATION__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case LawfulPackage.ACCREDITATION__ACCREDITED_BY:
				setAccreditedBy((Actor)null);
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
			case LawfulPackage.ACCREDITATION__LEVEL:
				return level != LEVEL_EDEFAULT;
			case LawfulPackage.ACCREDITATION__ACCREDITED_BY:
				return accreditedBy != null;
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
		result.append(" (level: "); //$NON-NLS-1$
		result.append(level);
		result.append(')');
		return result.toString();
	}

} //AccreditationImpl
