/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Instrument Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The legal nature of an instrument.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getInstrumentKind()
 * @model
 * @generated
 */
public enum InstrumentKind implements Enumerator {
	/**
	 * The '<em><b>MULTILATERAL TREATY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A multilateral treaty or protocol.
	 * <!-- end-model-doc -->
	 * @see #MULTILATERAL_TREATY_VALUE
	 * @generated
	 * @ordered
	 */
	MULTILATERAL_TREATY(0, "MULTILATERAL_TREATY", "MULTILATERAL_TREATY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BILATERAL TREATY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A bilateral treaty, e.g. an MLAT.
	 * <!-- end-model-doc -->
	 * @see #BILATERAL_TREATY_VALUE
	 * @generated
	 * @ordered
	 */
	BILATERAL_TREATY(1, "BILATERAL_TREATY", "BILATERAL_TREATY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EXECUTIVE AGREEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An executive agreement, e.g. under the US CLOUD Act.
	 * <!-- end-model-doc -->
	 * @see #EXECUTIVE_AGREEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	EXECUTIVE_AGREEMENT(2, "EXECUTIVE_AGREEMENT", "EXECUTIVE_AGREEMENT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SUPRANATIONAL LAW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A regulation or directive of a supranational order.
	 * <!-- end-model-doc -->
	 * @see #SUPRANATIONAL_LAW_VALUE
	 * @generated
	 * @ordered
	 */
	SUPRANATIONAL_LAW(3, "SUPRANATIONAL_LAW", "SUPRANATIONAL_LAW"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DOMESTIC LAW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A statute or decree of one jurisdiction.
	 * <!-- end-model-doc -->
	 * @see #DOMESTIC_LAW_VALUE
	 * @generated
	 * @ordered
	 */
	DOMESTIC_LAW(4, "DOMESTIC_LAW", "DOMESTIC_LAW"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>VOLUNTARY ARRANGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A non-binding arrangement, e.g. a 'gentleman agreement' with a provider.
	 * <!-- end-model-doc -->
	 * @see #VOLUNTARY_ARRANGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	VOLUNTARY_ARRANGEMENT(5, "VOLUNTARY_ARRANGEMENT", "VOLUNTARY_ARRANGEMENT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PROVIDER POLICY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A provider's own policy on requests, e.g. its emergency-disclosure policy.
	 * <!-- end-model-doc -->
	 * @see #PROVIDER_POLICY_VALUE
	 * @generated
	 * @ordered
	 */
	PROVIDER_POLICY(6, "PROVIDER_POLICY", "PROVIDER_POLICY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>POLICY STATEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A political statement or declaration.
	 * <!-- end-model-doc -->
	 * @see #POLICY_STATEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	POLICY_STATEMENT(7, "POLICY_STATEMENT", "POLICY_STATEMENT"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MULTILATERAL TREATY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A multilateral treaty or protocol.
	 * <!-- end-model-doc -->
	 * @see #MULTILATERAL_TREATY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MULTILATERAL_TREATY_VALUE = 0;

	/**
	 * The '<em><b>BILATERAL TREATY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A bilateral treaty, e.g. an MLAT.
	 * <!-- end-model-doc -->
	 * @see #BILATERAL_TREATY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BILATERAL_TREATY_VALUE = 1;

	/**
	 * The '<em><b>EXECUTIVE AGREEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An executive agreement, e.g. under the US CLOUD Act.
	 * <!-- end-model-doc -->
	 * @see #EXECUTIVE_AGREEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXECUTIVE_AGREEMENT_VALUE = 2;

	/**
	 * The '<em><b>SUPRANATIONAL LAW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A regulation or directive of a supranational order.
	 * <!-- end-model-doc -->
	 * @see #SUPRANATIONAL_LAW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPRANATIONAL_LAW_VALUE = 3;

	/**
	 * The '<em><b>DOMESTIC LAW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A statute or decree of one jurisdiction.
	 * <!-- end-model-doc -->
	 * @see #DOMESTIC_LAW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DOMESTIC_LAW_VALUE = 4;

	/**
	 * The '<em><b>VOLUNTARY ARRANGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A non-binding arrangement, e.g. a 'gentleman agreement' with a provider.
	 * <!-- end-model-doc -->
	 * @see #VOLUNTARY_ARRANGEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VOLUNTARY_ARRANGEMENT_VALUE = 5;

	/**
	 * The '<em><b>PROVIDER POLICY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A provider's own policy on requests, e.g. its emergency-disclosure policy.
	 * <!-- end-model-doc -->
	 * @see #PROVIDER_POLICY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVIDER_POLICY_VALUE = 6;

	/**
	 * The '<em><b>POLICY STATEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A political statement or declaration.
	 * <!-- end-model-doc -->
	 * @see #POLICY_STATEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLICY_STATEMENT_VALUE = 7;

	/**
	 * An array of all the '<em><b>Instrument Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InstrumentKind[] VALUES_ARRAY =
		new InstrumentKind[] {
			MULTILATERAL_TREATY,
			BILATERAL_TREATY,
			EXECUTIVE_AGREEMENT,
			SUPRANATIONAL_LAW,
			DOMESTIC_LAW,
			VOLUNTARY_ARRANGEMENT,
			PROVIDER_POLICY,
			POLICY_STATEMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Instrument Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InstrumentKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Instrument Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InstrumentKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Instrument Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InstrumentKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Instrument Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentKind get(int value) {
		switch (value) {
			case MULTILATERAL_TREATY_VALUE: return MULTILATERAL_TREATY;
			case BILATERAL_TREATY_VALUE: return BILATERAL_TREATY;
			case EXECUTIVE_AGREEMENT_VALUE: return EXECUTIVE_AGREEMENT;
			case SUPRANATIONAL_LAW_VALUE: return SUPRANATIONAL_LAW;
			case DOMESTIC_LAW_VALUE: return DOMESTIC_LAW;
			case VOLUNTARY_ARRANGEMENT_VALUE: return VOLUNTARY_ARRANGEMENT;
			case PROVIDER_POLICY_VALUE: return PROVIDER_POLICY;
			case POLICY_STATEMENT_VALUE: return POLICY_STATEMENT;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private InstrumentKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //InstrumentKind
