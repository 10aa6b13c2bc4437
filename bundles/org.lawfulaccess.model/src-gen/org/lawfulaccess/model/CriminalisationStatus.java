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
 * A representation of the literals of the enumeration '<em><b>Criminalisation Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Whether the conduct is an offence in the jurisdiction.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getCriminalisationStatus()
 * @model
 * @generated
 */
public enum CriminalisationStatus implements Enumerator {
	/**
	 * The '<em><b>UNSTATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not stated: the conduct is recorded without saying whether it is an offence; dual criminality reads as unknown.
	 * <!-- end-model-doc -->
	 * @see #UNSTATED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSTATED(0, "UNSTATED", "UNSTATED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CRIMINAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The conduct is an offence.
	 * <!-- end-model-doc -->
	 * @see #CRIMINAL_VALUE
	 * @generated
	 * @ordered
	 */
	CRIMINAL(1, "CRIMINAL", "CRIMINAL"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NOT CRIMINAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The conduct is recorded as not punishable.
	 * <!-- end-model-doc -->
	 * @see #NOT_CRIMINAL_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_CRIMINAL(2, "NOT_CRIMINAL", "NOT_CRIMINAL"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UNSTATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not stated: the conduct is recorded without saying whether it is an offence; dual criminality reads as unknown.
	 * <!-- end-model-doc -->
	 * @see #UNSTATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSTATED_VALUE = 0;

	/**
	 * The '<em><b>CRIMINAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The conduct is an offence.
	 * <!-- end-model-doc -->
	 * @see #CRIMINAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CRIMINAL_VALUE = 1;

	/**
	 * The '<em><b>NOT CRIMINAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The conduct is recorded as not punishable.
	 * <!-- end-model-doc -->
	 * @see #NOT_CRIMINAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_CRIMINAL_VALUE = 2;

	/**
	 * An array of all the '<em><b>Criminalisation Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CriminalisationStatus[] VALUES_ARRAY =
		new CriminalisationStatus[] {
			UNSTATED,
			CRIMINAL,
			NOT_CRIMINAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Criminalisation Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CriminalisationStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Criminalisation Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CriminalisationStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CriminalisationStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Criminalisation Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CriminalisationStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CriminalisationStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Criminalisation Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CriminalisationStatus get(int value) {
		switch (value) {
			case UNSTATED_VALUE: return UNSTATED;
			case CRIMINAL_VALUE: return CRIMINAL;
			case NOT_CRIMINAL_VALUE: return NOT_CRIMINAL;
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
	private CriminalisationStatus(int value, String name, String literal) {
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
	
} //CriminalisationStatus
