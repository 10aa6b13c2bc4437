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
 * A representation of the literals of the enumeration '<em><b>Reservation Effect</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a reservation does to a provision.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getReservationEffect()
 * @model
 * @generated
 */
public enum ReservationEffect implements Enumerator {
	/**
	 * The '<em><b>EXCLUDES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provision does not apply to the party.
	 * <!-- end-model-doc -->
	 * @see #EXCLUDES_VALUE
	 * @generated
	 * @ordered
	 */
	EXCLUDES(0, "EXCLUDES", "EXCLUDES"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RESTRICTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provision applies with restrictions.
	 * <!-- end-model-doc -->
	 * @see #RESTRICTS_VALUE
	 * @generated
	 * @ordered
	 */
	RESTRICTS(1, "RESTRICTS", "RESTRICTS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DECLARATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An interpretative declaration only.
	 * <!-- end-model-doc -->
	 * @see #DECLARATION_VALUE
	 * @generated
	 * @ordered
	 */
	DECLARATION(2, "DECLARATION", "DECLARATION"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EXCLUDES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provision does not apply to the party.
	 * <!-- end-model-doc -->
	 * @see #EXCLUDES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXCLUDES_VALUE = 0;

	/**
	 * The '<em><b>RESTRICTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provision applies with restrictions.
	 * <!-- end-model-doc -->
	 * @see #RESTRICTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESTRICTS_VALUE = 1;

	/**
	 * The '<em><b>DECLARATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An interpretative declaration only.
	 * <!-- end-model-doc -->
	 * @see #DECLARATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DECLARATION_VALUE = 2;

	/**
	 * An array of all the '<em><b>Reservation Effect</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ReservationEffect[] VALUES_ARRAY =
		new ReservationEffect[] {
			EXCLUDES,
			RESTRICTS,
			DECLARATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Reservation Effect</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ReservationEffect> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Reservation Effect</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReservationEffect get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReservationEffect result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Reservation Effect</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReservationEffect getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReservationEffect result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Reservation Effect</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReservationEffect get(int value) {
		switch (value) {
			case EXCLUDES_VALUE: return EXCLUDES;
			case RESTRICTS_VALUE: return RESTRICTS;
			case DECLARATION_VALUE: return DECLARATION;
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
	private ReservationEffect(int value, String name, String literal) {
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
	
} //ReservationEffect
