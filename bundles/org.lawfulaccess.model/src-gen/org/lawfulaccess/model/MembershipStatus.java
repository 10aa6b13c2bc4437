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
 * A representation of the literals of the enumeration '<em><b>Membership Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a party relates to an instrument.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getMembershipStatus()
 * @model
 * @generated
 */
public enum MembershipStatus implements Enumerator {
	/**
	 * The '<em><b>SIGNATORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signed but not bound.
	 * <!-- end-model-doc -->
	 * @see #SIGNATORY_VALUE
	 * @generated
	 * @ordered
	 */
	SIGNATORY(0, "SIGNATORY", "SIGNATORY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PARTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bound by the instrument.
	 * <!-- end-model-doc -->
	 * @see #PARTY_VALUE
	 * @generated
	 * @ordered
	 */
	PARTY(1, "PARTY", "PARTY"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SIGNATORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signed but not bound.
	 * <!-- end-model-doc -->
	 * @see #SIGNATORY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SIGNATORY_VALUE = 0;

	/**
	 * The '<em><b>PARTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bound by the instrument.
	 * <!-- end-model-doc -->
	 * @see #PARTY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTY_VALUE = 1;

	/**
	 * An array of all the '<em><b>Membership Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MembershipStatus[] VALUES_ARRAY =
		new MembershipStatus[] {
			SIGNATORY,
			PARTY,
		};

	/**
	 * A public read-only list of all the '<em><b>Membership Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MembershipStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Membership Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MembershipStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MembershipStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Membership Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MembershipStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MembershipStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Membership Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MembershipStatus get(int value) {
		switch (value) {
			case SIGNATORY_VALUE: return SIGNATORY;
			case PARTY_VALUE: return PARTY;
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
	private MembershipStatus(int value, String name, String literal) {
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
	
} //MembershipStatus
