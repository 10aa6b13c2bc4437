/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.impl;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.ProviderKind;
import org.lawfulaccess.model.TelecomOperator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Telecom Operator</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class TelecomOperatorImpl extends ProviderImpl implements TelecomOperator {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TelecomOperatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LawfulPackage.Literals.TELECOM_OPERATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasKind(final ProviderKind kind) {
		return kind == ProviderKind.TELECOM_OPERATOR || getKinds().contains(kind);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedOperationID(int baseOperationID, Class<?> baseClass) {
		if (baseClass == Provider.class) {
			switch (baseOperationID) {
				case LawfulPackage.PROVIDER___HAS_KIND__PROVIDERKIND: return LawfulPackage.TELECOM_OPERATOR___HAS_KIND__PROVIDERKIND;
				default: return super.eDerivedOperationID(baseOperationID, baseClass);
			}
		}
		return super.eDerivedOperationID(baseOperationID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case LawfulPackage.TELECOM_OPERATOR___HAS_KIND__PROVIDERKIND:
				return hasKind((ProviderKind)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
	}

} //TelecomOperatorImpl
