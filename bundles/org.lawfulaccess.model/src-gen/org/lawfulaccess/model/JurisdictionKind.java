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
 * A representation of the literals of the enumeration '<em><b>Jurisdiction Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The level of a jurisdiction.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getJurisdictionKind()
 * @model
 * @generated
 */
public enum JurisdictionKind implements Enumerator {
	/**
	 * The '<em><b>STATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A sovereign state.
	 * <!-- end-model-doc -->
	 * @see #STATE_VALUE
	 * @generated
	 * @ordered
	 */
	STATE(0, "STATE", "STATE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SUPRANATIONAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A supranational legal order such as the European Union.
	 * <!-- end-model-doc -->
	 * @see #SUPRANATIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	SUPRANATIONAL(1, "SUPRANATIONAL", "SUPRANATIONAL"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SUBNATIONAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A region, state or province within a state.
	 * <!-- end-model-doc -->
	 * @see #SUBNATIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	SUBNATIONAL(2, "SUBNATIONAL", "SUBNATIONAL"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>STATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A sovereign state.
	 * <!-- end-model-doc -->
	 * @see #STATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STATE_VALUE = 0;

	/**
	 * The '<em><b>SUPRANATIONAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A supranational legal order such as the European Union.
	 * <!-- end-model-doc -->
	 * @see #SUPRANATIONAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPRANATIONAL_VALUE = 1;

	/**
	 * The '<em><b>SUBNATIONAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A region, state or province within a state.
	 * <!-- end-model-doc -->
	 * @see #SUBNATIONAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUBNATIONAL_VALUE = 2;

	/**
	 * An array of all the '<em><b>Jurisdiction Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final JurisdictionKind[] VALUES_ARRAY =
		new JurisdictionKind[] {
			STATE,
			SUPRANATIONAL,
			SUBNATIONAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Jurisdiction Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<JurisdictionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Jurisdiction Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JurisdictionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			JurisdictionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Jurisdiction Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JurisdictionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			JurisdictionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Jurisdiction Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JurisdictionKind get(int value) {
		switch (value) {
			case STATE_VALUE: return STATE;
			case SUPRANATIONAL_VALUE: return SUPRANATIONAL;
			case SUBNATIONAL_VALUE: return SUBNATIONAL;
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
	private JurisdictionKind(int value, String name, String literal) {
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
	
} //JurisdictionKind
