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
 * A representation of the literals of the enumeration '<em><b>Force Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Whether an adopted instrument or provision is in force, for when its date of entry into force is not known.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getForceStatus()
 * @model
 * @generated
 */
public enum ForceStatus implements Enumerator {
	/**
	 * The '<em><b>IN FORCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In force within its validity period (validFrom, validTo); an unset validFrom means in force since before anything the model cares about.
	 * <!-- end-model-doc -->
	 * @see #IN_FORCE_VALUE
	 * @generated
	 * @ordered
	 */
	IN_FORCE(0, "IN_FORCE", "IN_FORCE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NOT YET IN FORCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Adopted but not yet in force, with no known date of entry into force; no route uses it until the status changes. When the date is known, state validFrom instead.
	 * <!-- end-model-doc -->
	 * @see #NOT_YET_IN_FORCE_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_YET_IN_FORCE(1, "NOT_YET_IN_FORCE", "NOT_YET_IN_FORCE"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>IN FORCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In force within its validity period (validFrom, validTo); an unset validFrom means in force since before anything the model cares about.
	 * <!-- end-model-doc -->
	 * @see #IN_FORCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IN_FORCE_VALUE = 0;

	/**
	 * The '<em><b>NOT YET IN FORCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Adopted but not yet in force, with no known date of entry into force; no route uses it until the status changes. When the date is known, state validFrom instead.
	 * <!-- end-model-doc -->
	 * @see #NOT_YET_IN_FORCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_YET_IN_FORCE_VALUE = 1;

	/**
	 * An array of all the '<em><b>Force Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ForceStatus[] VALUES_ARRAY =
		new ForceStatus[] {
			IN_FORCE,
			NOT_YET_IN_FORCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Force Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ForceStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Force Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ForceStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ForceStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Force Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ForceStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ForceStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Force Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ForceStatus get(int value) {
		switch (value) {
			case IN_FORCE_VALUE: return IN_FORCE;
			case NOT_YET_IN_FORCE_VALUE: return NOT_YET_IN_FORCE;
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
	private ForceStatus(int value, String name, String literal) {
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
	
} //ForceStatus
