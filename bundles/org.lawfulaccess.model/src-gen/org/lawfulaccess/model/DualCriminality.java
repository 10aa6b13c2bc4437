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
 * A representation of the literals of the enumeration '<em><b>Dual Criminality</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Whether the conduct must be an offence where the request is executed.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getDualCriminality()
 * @model
 * @generated
 */
public enum DualCriminality implements Enumerator {
	/**
	 * The '<em><b>NOT REQUIRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not required.
	 * <!-- end-model-doc -->
	 * @see #NOT_REQUIRED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_REQUIRED(0, "NOT_REQUIRED", "NOT_REQUIRED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REQUIRED BY LAW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Required by the instrument or the law of the addressee.
	 * <!-- end-model-doc -->
	 * @see #REQUIRED_BY_LAW_VALUE
	 * @generated
	 * @ordered
	 */
	REQUIRED_BY_LAW(1, "REQUIRED_BY_LAW", "REQUIRED_BY_LAW"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REQUIRED BY ADDRESSEE POLICY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not required by law, but the addressee's policy refuses otherwise.
	 * <!-- end-model-doc -->
	 * @see #REQUIRED_BY_ADDRESSEE_POLICY_VALUE
	 * @generated
	 * @ordered
	 */
	REQUIRED_BY_ADDRESSEE_POLICY(2, "REQUIRED_BY_ADDRESSEE_POLICY", "REQUIRED_BY_ADDRESSEE_POLICY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>GROUND FOR REFUSAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The addressee may refuse on this ground.
	 * <!-- end-model-doc -->
	 * @see #GROUND_FOR_REFUSAL_VALUE
	 * @generated
	 * @ordered
	 */
	GROUND_FOR_REFUSAL(3, "GROUND_FOR_REFUSAL", "GROUND_FOR_REFUSAL"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NOT REQUIRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not required.
	 * <!-- end-model-doc -->
	 * @see #NOT_REQUIRED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_REQUIRED_VALUE = 0;

	/**
	 * The '<em><b>REQUIRED BY LAW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Required by the instrument or the law of the addressee.
	 * <!-- end-model-doc -->
	 * @see #REQUIRED_BY_LAW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REQUIRED_BY_LAW_VALUE = 1;

	/**
	 * The '<em><b>REQUIRED BY ADDRESSEE POLICY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not required by law, but the addressee's policy refuses otherwise.
	 * <!-- end-model-doc -->
	 * @see #REQUIRED_BY_ADDRESSEE_POLICY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REQUIRED_BY_ADDRESSEE_POLICY_VALUE = 2;

	/**
	 * The '<em><b>GROUND FOR REFUSAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The addressee may refuse on this ground.
	 * <!-- end-model-doc -->
	 * @see #GROUND_FOR_REFUSAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GROUND_FOR_REFUSAL_VALUE = 3;

	/**
	 * An array of all the '<em><b>Dual Criminality</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DualCriminality[] VALUES_ARRAY =
		new DualCriminality[] {
			NOT_REQUIRED,
			REQUIRED_BY_LAW,
			REQUIRED_BY_ADDRESSEE_POLICY,
			GROUND_FOR_REFUSAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Dual Criminality</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DualCriminality> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Dual Criminality</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DualCriminality get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DualCriminality result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dual Criminality</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DualCriminality getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DualCriminality result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dual Criminality</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DualCriminality get(int value) {
		switch (value) {
			case NOT_REQUIRED_VALUE: return NOT_REQUIRED;
			case REQUIRED_BY_LAW_VALUE: return REQUIRED_BY_LAW;
			case REQUIRED_BY_ADDRESSEE_POLICY_VALUE: return REQUIRED_BY_ADDRESSEE_POLICY;
			case GROUND_FOR_REFUSAL_VALUE: return GROUND_FOR_REFUSAL;
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
	private DualCriminality(int value, String name, String literal) {
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
	
} //DualCriminality
