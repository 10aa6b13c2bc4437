/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.lawfulaccess.model.AddresseeClass;
import org.lawfulaccess.model.DomesticObligation;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.ObligationKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Domestic Obligation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.impl.DomesticObligationImpl#getObligationKind <em>Obligation Kind</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.DomesticObligationImpl#getAddresseeClass <em>Addressee Class</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DomesticObligationImpl extends InstrumentImpl implements DomesticObligation {
	/**
	 * The default value of the '{@link #getObligationKind() <em>Obligation Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObligationKind()
	 * @generated
	 * @ordered
	 */
	protected static final ObligationKind OBLIGATION_KIND_EDEFAULT = ObligationKind.RETENTION;

	/**
	 * The cached value of the '{@link #getObligationKind() <em>Obligation Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObligationKind()
	 * @generated
	 * @ordered
	 */
	protected ObligationKind obligationKind = OBLIGATION_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddresseeClass() <em>Addressee Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresseeClass()
	 * @generated
	 * @ordered
	 */
	protected static final AddresseeClass ADDRESSEE_CLASS_EDEFAULT = AddresseeClass.ANY_PERSON;

	/**
	 * The cached value of the '{@link #getAddresseeClass() <em>Addressee Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresseeClass()
	 * @generated
	 * @ordered
	 */
	protected AddresseeClass addresseeClass = ADDRESSEE_CLASS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DomesticObligationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LawfulPackage.Literals.DOMESTIC_OBLIGATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObligationKind getObligationKind() {
		return obligationKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObligationKind(ObligationKind newObligationKind) {
		ObligationKind oldObligationKind = obligationKind;
		obligationKind = newObligationKind == null ? OBLIGATION_KIND_EDEFAULT : newObligationKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.DOMESTIC_OBLIGATION__OBLIGATION_KIND, oldObligationKind, obligationKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AddresseeClass getAddresseeClass() {
		return addresseeClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddresseeClass(AddresseeClass newAddresseeClass) {
		AddresseeClass oldAddresseeClass = addresseeClass;
		addresseeClass = newAddresseeClass == null ? ADDRESSEE_CLASS_EDEFAULT : newAddresseeClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.DOMESTIC_OBLIGATION__ADDRESSEE_CLASS, oldAddresseeClass, addresseeClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LawfulPackage.DOMESTIC_OBLIGATION__OBLIGATION_KIND:
				return getObligationKind();
			case LawfulPackage.DOMESTIC_OBLIGATION__ADDRESSEE_CLASS:
				return getAddresseeClass();
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
			case LawfulPackage.DOMESTIC_OBLIGATION__OBLIGATION_KIND:
				setObligationKind((ObligationKind)newValue);
				return;
			case LawfulPackage.DOMESTIC_OBLIGATION__ADDRESSEE_CLASS:
				setAddresseeClass((AddresseeClass)newValue);
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
			case LawfulPackage.DOMESTIC_OBLIGATION__OBLIGATION_KIND:
				setObligationKind(OBLIGATION_KIND_EDEFAULT);
				return;
			case LawfulPackage.DOMESTIC_OBLIGATION__ADDRESSEE_CLASS:
				setAddresseeClass(ADDRESSEE_CLASS_EDEFAULT);
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
			case LawfulPackage.DOMESTIC_OBLIGATION__OBLIGATION_KIND:
				return obligationKind != OBLIGATION_KIND_EDEFAULT;
			case LawfulPackage.DOMESTIC_OBLIGATION__ADDRESSEE_CLASS:
				return addresseeClass != ADDRESSEE_CLASS_EDEFAULT;
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
		result.append(" (obligationKind: "); //$NON-NLS-1$
		result.append(obligationKind);
		result.append(", addresseeClass: "); //$NON-NLS-1$
		result.append(addresseeClass);
		result.append(')');
		return result.toString();
	}

} //DomesticObligationImpl
