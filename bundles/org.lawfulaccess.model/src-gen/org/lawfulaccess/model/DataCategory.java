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
 * A representation of the literals of the enumeration '<em><b>Data Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Categories of data a request may seek.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getDataCategory()
 * @model
 * @generated
 */
public enum DataCategory implements Enumerator {
	/**
	 * The '<em><b>SUBSCRIBER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subscriber information: who holds an account or address.
	 * <!-- end-model-doc -->
	 * @see #SUBSCRIBER_VALUE
	 * @generated
	 * @ordered
	 */
	SUBSCRIBER(0, "SUBSCRIBER", "SUBSCRIBER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TRAFFIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Traffic and connection data, including IP addresses.
	 * <!-- end-model-doc -->
	 * @see #TRAFFIC_VALUE
	 * @generated
	 * @ordered
	 */
	TRAFFIC(1, "TRAFFIC", "TRAFFIC"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONTENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stored content.
	 * <!-- end-model-doc -->
	 * @see #CONTENT_VALUE
	 * @generated
	 * @ordered
	 */
	CONTENT(2, "CONTENT", "CONTENT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REAL TIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Real-time collection of traffic or content (interception).
	 * <!-- end-model-doc -->
	 * @see #REAL_TIME_VALUE
	 * @generated
	 * @ordered
	 */
	REAL_TIME(3, "REAL_TIME", "REAL_TIME"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DOMAIN REGISTRATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domain-name registration data.
	 * <!-- end-model-doc -->
	 * @see #DOMAIN_REGISTRATION_VALUE
	 * @generated
	 * @ordered
	 */
	DOMAIN_REGISTRATION(4, "DOMAIN_REGISTRATION", "DOMAIN_REGISTRATION"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SUBSCRIBER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subscriber information: who holds an account or address.
	 * <!-- end-model-doc -->
	 * @see #SUBSCRIBER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUBSCRIBER_VALUE = 0;

	/**
	 * The '<em><b>TRAFFIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Traffic and connection data, including IP addresses.
	 * <!-- end-model-doc -->
	 * @see #TRAFFIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRAFFIC_VALUE = 1;

	/**
	 * The '<em><b>CONTENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stored content.
	 * <!-- end-model-doc -->
	 * @see #CONTENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTENT_VALUE = 2;

	/**
	 * The '<em><b>REAL TIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Real-time collection of traffic or content (interception).
	 * <!-- end-model-doc -->
	 * @see #REAL_TIME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REAL_TIME_VALUE = 3;

	/**
	 * The '<em><b>DOMAIN REGISTRATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domain-name registration data.
	 * <!-- end-model-doc -->
	 * @see #DOMAIN_REGISTRATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DOMAIN_REGISTRATION_VALUE = 4;

	/**
	 * An array of all the '<em><b>Data Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DataCategory[] VALUES_ARRAY =
		new DataCategory[] {
			SUBSCRIBER,
			TRAFFIC,
			CONTENT,
			REAL_TIME,
			DOMAIN_REGISTRATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Data Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DataCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Data Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataCategory get(int value) {
		switch (value) {
			case SUBSCRIBER_VALUE: return SUBSCRIBER;
			case TRAFFIC_VALUE: return TRAFFIC;
			case CONTENT_VALUE: return CONTENT;
			case REAL_TIME_VALUE: return REAL_TIME;
			case DOMAIN_REGISTRATION_VALUE: return DOMAIN_REGISTRATION;
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
	private DataCategory(int value, String name, String literal) {
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
	
} //DataCategory
