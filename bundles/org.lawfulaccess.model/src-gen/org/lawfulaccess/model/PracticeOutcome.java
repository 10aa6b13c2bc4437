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
 * A representation of the literals of the enumeration '<em><b>Practice Outcome</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a provider has been observed to do with requests.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getPracticeOutcome()
 * @model
 * @generated
 */
public enum PracticeOutcome implements Enumerator {
	/**
	 * The '<em><b>UNSTATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not stated: the practice is recorded without its outcome; read as no observation.
	 * <!-- end-model-doc -->
	 * @see #UNSTATED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSTATED(0, "UNSTATED", "UNSTATED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COMPLIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Complies.
	 * <!-- end-model-doc -->
	 * @see #COMPLIES_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLIES(1, "COMPLIES", "COMPLIES"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REFUSES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Refuses.
	 * <!-- end-model-doc -->
	 * @see #REFUSES_VALUE
	 * @generated
	 * @ordered
	 */
	REFUSES(2, "REFUSES", "REFUSES"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CASE BY CASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decides case by case.
	 * <!-- end-model-doc -->
	 * @see #CASE_BY_CASE_VALUE
	 * @generated
	 * @ordered
	 */
	CASE_BY_CASE(3, "CASE_BY_CASE", "CASE_BY_CASE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NO RESPONSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Does not respond.
	 * <!-- end-model-doc -->
	 * @see #NO_RESPONSE_VALUE
	 * @generated
	 * @ordered
	 */
	NO_RESPONSE(4, "NO_RESPONSE", "NO_RESPONSE"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UNSTATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not stated: the practice is recorded without its outcome; read as no observation.
	 * <!-- end-model-doc -->
	 * @see #UNSTATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSTATED_VALUE = 0;

	/**
	 * The '<em><b>COMPLIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Complies.
	 * <!-- end-model-doc -->
	 * @see #COMPLIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPLIES_VALUE = 1;

	/**
	 * The '<em><b>REFUSES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Refuses.
	 * <!-- end-model-doc -->
	 * @see #REFUSES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFUSES_VALUE = 2;

	/**
	 * The '<em><b>CASE BY CASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decides case by case.
	 * <!-- end-model-doc -->
	 * @see #CASE_BY_CASE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CASE_BY_CASE_VALUE = 3;

	/**
	 * The '<em><b>NO RESPONSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Does not respond.
	 * <!-- end-model-doc -->
	 * @see #NO_RESPONSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NO_RESPONSE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Practice Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PracticeOutcome[] VALUES_ARRAY =
		new PracticeOutcome[] {
			UNSTATED,
			COMPLIES,
			REFUSES,
			CASE_BY_CASE,
			NO_RESPONSE,
		};

	/**
	 * A public read-only list of all the '<em><b>Practice Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PracticeOutcome> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Practice Outcome</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PracticeOutcome get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PracticeOutcome result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Practice Outcome</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PracticeOutcome getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PracticeOutcome result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Practice Outcome</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PracticeOutcome get(int value) {
		switch (value) {
			case UNSTATED_VALUE: return UNSTATED;
			case COMPLIES_VALUE: return COMPLIES;
			case REFUSES_VALUE: return REFUSES;
			case CASE_BY_CASE_VALUE: return CASE_BY_CASE;
			case NO_RESPONSE_VALUE: return NO_RESPONSE;
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
	private PracticeOutcome(int value, String name, String literal) {
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
	
} //PracticeOutcome
