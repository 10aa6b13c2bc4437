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
 * A representation of the literals of the enumeration '<em><b>Route Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of step a provision allows; observed provider practice is recorded per kind.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getRouteKind()
 * @model
 * @generated
 */
public enum RouteKind implements Enumerator {
	/**
	 * The '<em><b>DIRECT REQUEST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A request sent directly to a provider abroad.
	 * <!-- end-model-doc -->
	 * @see #DIRECT_REQUEST_VALUE
	 * @generated
	 * @ordered
	 */
	DIRECT_REQUEST(0, "DIRECT_REQUEST", "DIRECT_REQUEST"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PRODUCTION ORDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A binding order to produce data.
	 * <!-- end-model-doc -->
	 * @see #PRODUCTION_ORDER_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCTION_ORDER(1, "PRODUCTION_ORDER", "PRODUCTION_ORDER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EMERGENCY REQUEST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An emergency disclosure request.
	 * <!-- end-model-doc -->
	 * @see #EMERGENCY_REQUEST_VALUE
	 * @generated
	 * @ordered
	 */
	EMERGENCY_REQUEST(2, "EMERGENCY_REQUEST", "EMERGENCY_REQUEST"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MUTUAL LEGAL ASSISTANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mutual legal assistance between authorities.
	 * <!-- end-model-doc -->
	 * @see #MUTUAL_LEGAL_ASSISTANCE_VALUE
	 * @generated
	 * @ordered
	 */
	MUTUAL_LEGAL_ASSISTANCE(3, "MUTUAL_LEGAL_ASSISTANCE", "MUTUAL_LEGAL_ASSISTANCE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PRESERVATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expedited preservation of data.
	 * <!-- end-model-doc -->
	 * @see #PRESERVATION_VALUE
	 * @generated
	 * @ordered
	 */
	PRESERVATION(4, "PRESERVATION", "PRESERVATION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INTERCEPTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interception of communications.
	 * <!-- end-model-doc -->
	 * @see #INTERCEPTION_VALUE
	 * @generated
	 * @ordered
	 */
	INTERCEPTION(5, "INTERCEPTION", "INTERCEPTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KEY DISCLOSURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Disclosure of decryption keys.
	 * <!-- end-model-doc -->
	 * @see #KEY_DISCLOSURE_VALUE
	 * @generated
	 * @ordered
	 */
	KEY_DISCLOSURE(6, "KEY_DISCLOSURE", "KEY_DISCLOSURE"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DIRECT REQUEST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A request sent directly to a provider abroad.
	 * <!-- end-model-doc -->
	 * @see #DIRECT_REQUEST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIRECT_REQUEST_VALUE = 0;

	/**
	 * The '<em><b>PRODUCTION ORDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A binding order to produce data.
	 * <!-- end-model-doc -->
	 * @see #PRODUCTION_ORDER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCTION_ORDER_VALUE = 1;

	/**
	 * The '<em><b>EMERGENCY REQUEST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An emergency disclosure request.
	 * <!-- end-model-doc -->
	 * @see #EMERGENCY_REQUEST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMERGENCY_REQUEST_VALUE = 2;

	/**
	 * The '<em><b>MUTUAL LEGAL ASSISTANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mutual legal assistance between authorities.
	 * <!-- end-model-doc -->
	 * @see #MUTUAL_LEGAL_ASSISTANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MUTUAL_LEGAL_ASSISTANCE_VALUE = 3;

	/**
	 * The '<em><b>PRESERVATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expedited preservation of data.
	 * <!-- end-model-doc -->
	 * @see #PRESERVATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRESERVATION_VALUE = 4;

	/**
	 * The '<em><b>INTERCEPTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interception of communications.
	 * <!-- end-model-doc -->
	 * @see #INTERCEPTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERCEPTION_VALUE = 5;

	/**
	 * The '<em><b>KEY DISCLOSURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Disclosure of decryption keys.
	 * <!-- end-model-doc -->
	 * @see #KEY_DISCLOSURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KEY_DISCLOSURE_VALUE = 6;

	/**
	 * An array of all the '<em><b>Route Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RouteKind[] VALUES_ARRAY =
		new RouteKind[] {
			DIRECT_REQUEST,
			PRODUCTION_ORDER,
			EMERGENCY_REQUEST,
			MUTUAL_LEGAL_ASSISTANCE,
			PRESERVATION,
			INTERCEPTION,
			KEY_DISCLOSURE,
		};

	/**
	 * A public read-only list of all the '<em><b>Route Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RouteKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Route Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RouteKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RouteKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Route Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RouteKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RouteKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Route Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RouteKind get(int value) {
		switch (value) {
			case DIRECT_REQUEST_VALUE: return DIRECT_REQUEST;
			case PRODUCTION_ORDER_VALUE: return PRODUCTION_ORDER;
			case EMERGENCY_REQUEST_VALUE: return EMERGENCY_REQUEST;
			case MUTUAL_LEGAL_ASSISTANCE_VALUE: return MUTUAL_LEGAL_ASSISTANCE;
			case PRESERVATION_VALUE: return PRESERVATION;
			case INTERCEPTION_VALUE: return INTERCEPTION;
			case KEY_DISCLOSURE_VALUE: return KEY_DISCLOSURE;
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
	private RouteKind(int value, String name, String literal) {
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
	
} //RouteKind
