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
 * A representation of the literals of the enumeration '<em><b>Criminality Venue</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where dual criminality is assessed for a provision.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getCriminalityVenue()
 * @model
 * @generated
 */
public enum CriminalityVenue implements Enumerator {
	/**
	 * The '<em><b>EXECUTING STATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the step is executed: the requested State under mutual assistance, the provider's seat for a request or order addressed to the provider.
	 * <!-- end-model-doc -->
	 * @see #EXECUTING_STATE_VALUE
	 * @generated
	 * @ordered
	 */
	EXECUTING_STATE(0, "EXECUTING_STATE", "EXECUTING_STATE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PROVIDER SEAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The State where the provider is seated as a legal entity, whoever executes the step.
	 * <!-- end-model-doc -->
	 * @see #PROVIDER_SEAT_VALUE
	 * @generated
	 * @ordered
	 */
	PROVIDER_SEAT(1, "PROVIDER_SEAT", "PROVIDER_SEAT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ENFORCING STATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The State where the addressee's designated establishment or legal representative is, which may refuse recognition or enforcement (Regulation (EU) 2023/1543, Art. 12).
	 * <!-- end-model-doc -->
	 * @see #ENFORCING_STATE_VALUE
	 * @generated
	 * @ordered
	 */
	ENFORCING_STATE(2, "ENFORCING_STATE", "ENFORCING_STATE"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EXECUTING STATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the step is executed: the requested State under mutual assistance, the provider's seat for a request or order addressed to the provider.
	 * <!-- end-model-doc -->
	 * @see #EXECUTING_STATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXECUTING_STATE_VALUE = 0;

	/**
	 * The '<em><b>PROVIDER SEAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The State where the provider is seated as a legal entity, whoever executes the step.
	 * <!-- end-model-doc -->
	 * @see #PROVIDER_SEAT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVIDER_SEAT_VALUE = 1;

	/**
	 * The '<em><b>ENFORCING STATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The State where the addressee's designated establishment or legal representative is, which may refuse recognition or enforcement (Regulation (EU) 2023/1543, Art. 12).
	 * <!-- end-model-doc -->
	 * @see #ENFORCING_STATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENFORCING_STATE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Criminality Venue</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CriminalityVenue[] VALUES_ARRAY =
		new CriminalityVenue[] {
			EXECUTING_STATE,
			PROVIDER_SEAT,
			ENFORCING_STATE,
		};

	/**
	 * A public read-only list of all the '<em><b>Criminality Venue</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CriminalityVenue> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Criminality Venue</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CriminalityVenue get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CriminalityVenue result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Criminality Venue</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CriminalityVenue getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CriminalityVenue result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Criminality Venue</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CriminalityVenue get(int value) {
		switch (value) {
			case EXECUTING_STATE_VALUE: return EXECUTING_STATE;
			case PROVIDER_SEAT_VALUE: return PROVIDER_SEAT;
			case ENFORCING_STATE_VALUE: return ENFORCING_STATE;
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
	private CriminalityVenue(int value, String name, String literal) {
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
	
} //CriminalityVenue
