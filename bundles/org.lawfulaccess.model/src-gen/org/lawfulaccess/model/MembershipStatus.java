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
	 * The '<em><b>UNSTATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not stated: the model does not say how the party stands; read as unknown, never as bound.
	 * <!-- end-model-doc -->
	 * @see #UNSTATED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSTATED(0, "UNSTATED", "UNSTATED"), //$NON-NLS-1$ //$NON-NLS-2$

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
	SIGNATORY(1, "SIGNATORY", "SIGNATORY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RATIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ratified, accepted or approved, but the instrument is not yet in force for the party (e.g. during the months before entry into force that a treaty sets after ratification); not bound yet.
	 * <!-- end-model-doc -->
	 * @see #RATIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	RATIFIED(2, "RATIFIED", "RATIFIED"), //$NON-NLS-1$ //$NON-NLS-2$

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
	PARTY(3, "PARTY", "PARTY"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UNSTATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not stated: the model does not say how the party stands; read as unknown, never as bound.
	 * <!-- end-model-doc -->
	 * @see #UNSTATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSTATED_VALUE = 0;

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
	public static final int SIGNATORY_VALUE = 1;

	/**
	 * The '<em><b>RATIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ratified, accepted or approved, but the instrument is not yet in force for the party (e.g. during the months before entry into force that a treaty sets after ratification); not bound yet.
	 * <!-- end-model-doc -->
	 * @see #RATIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RATIFIED_VALUE = 2;

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
	public static final int PARTY_VALUE = 3;

	/**
	 * An array of all the '<em><b>Membership Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MembershipStatus[] VALUES_ARRAY =
		new MembershipStatus[] {
			UNSTATED,
			SIGNATORY,
			RATIFIED,
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
			case UNSTATED_VALUE: return UNSTATED;
			case SIGNATORY_VALUE: return SIGNATORY;
			case RATIFIED_VALUE: return RATIFIED;
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
