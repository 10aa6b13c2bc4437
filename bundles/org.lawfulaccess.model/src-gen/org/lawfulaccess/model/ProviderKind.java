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
 * A representation of the literals of the enumeration '<em><b>Provider Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A line of business of a provider; retention rules and addressee classes refer to it.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getProviderKind()
 * @model
 * @generated
 */
public enum ProviderKind implements Enumerator {
	/**
	 * The '<em><b>TELECOM OPERATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Operator of a public electronic-communications network or access service. Every TelecomOperator has this kind.
	 * <!-- end-model-doc -->
	 * @see #TELECOM_OPERATOR_VALUE
	 * @generated
	 * @ordered
	 */
	TELECOM_OPERATOR(0, "TELECOM_OPERATOR", "TELECOM_OPERATOR"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MESSAGING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interpersonal messaging or calls over the internet.
	 * <!-- end-model-doc -->
	 * @see #MESSAGING_VALUE
	 * @generated
	 * @ordered
	 */
	MESSAGING(1, "MESSAGING", "MESSAGING"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SOCIAL NETWORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Social network or content sharing.
	 * <!-- end-model-doc -->
	 * @see #SOCIAL_NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_NETWORK(2, "SOCIAL_NETWORK", "SOCIAL_NETWORK"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EMAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Electronic mail.
	 * <!-- end-model-doc -->
	 * @see #EMAIL_VALUE
	 * @generated
	 * @ordered
	 */
	EMAIL(3, "EMAIL", "EMAIL"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CLOUD STORAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cloud storage and backup.
	 * <!-- end-model-doc -->
	 * @see #CLOUD_STORAGE_VALUE
	 * @generated
	 * @ordered
	 */
	CLOUD_STORAGE(4, "CLOUD_STORAGE", "CLOUD_STORAGE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>HOSTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hosting and infrastructure.
	 * <!-- end-model-doc -->
	 * @see #HOSTING_VALUE
	 * @generated
	 * @ordered
	 */
	HOSTING(5, "HOSTING", "HOSTING"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SEARCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Search engine.
	 * <!-- end-model-doc -->
	 * @see #SEARCH_VALUE
	 * @generated
	 * @ordered
	 */
	SEARCH(6, "SEARCH", "SEARCH"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SOFTWARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Software publisher.
	 * <!-- end-model-doc -->
	 * @see #SOFTWARE_VALUE
	 * @generated
	 * @ordered
	 */
	SOFTWARE(7, "SOFTWARE", "SOFTWARE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DEVICE MANUFACTURER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maker of devices and their operating system.
	 * <!-- end-model-doc -->
	 * @see #DEVICE_MANUFACTURER_VALUE
	 * @generated
	 * @ordered
	 */
	DEVICE_MANUFACTURER(8, "DEVICE_MANUFACTURER", "DEVICE_MANUFACTURER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other kind of provider.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(9, "OTHER", "OTHER"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TELECOM OPERATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Operator of a public electronic-communications network or access service. Every TelecomOperator has this kind.
	 * <!-- end-model-doc -->
	 * @see #TELECOM_OPERATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TELECOM_OPERATOR_VALUE = 0;

	/**
	 * The '<em><b>MESSAGING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interpersonal messaging or calls over the internet.
	 * <!-- end-model-doc -->
	 * @see #MESSAGING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MESSAGING_VALUE = 1;

	/**
	 * The '<em><b>SOCIAL NETWORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Social network or content sharing.
	 * <!-- end-model-doc -->
	 * @see #SOCIAL_NETWORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_NETWORK_VALUE = 2;

	/**
	 * The '<em><b>EMAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Electronic mail.
	 * <!-- end-model-doc -->
	 * @see #EMAIL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMAIL_VALUE = 3;

	/**
	 * The '<em><b>CLOUD STORAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cloud storage and backup.
	 * <!-- end-model-doc -->
	 * @see #CLOUD_STORAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLOUD_STORAGE_VALUE = 4;

	/**
	 * The '<em><b>HOSTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hosting and infrastructure.
	 * <!-- end-model-doc -->
	 * @see #HOSTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOSTING_VALUE = 5;

	/**
	 * The '<em><b>SEARCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Search engine.
	 * <!-- end-model-doc -->
	 * @see #SEARCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEARCH_VALUE = 6;

	/**
	 * The '<em><b>SOFTWARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Software publisher.
	 * <!-- end-model-doc -->
	 * @see #SOFTWARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOFTWARE_VALUE = 7;

	/**
	 * The '<em><b>DEVICE MANUFACTURER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maker of devices and their operating system.
	 * <!-- end-model-doc -->
	 * @see #DEVICE_MANUFACTURER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEVICE_MANUFACTURER_VALUE = 8;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other kind of provider.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 9;

	/**
	 * An array of all the '<em><b>Provider Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProviderKind[] VALUES_ARRAY =
		new ProviderKind[] {
			TELECOM_OPERATOR,
			MESSAGING,
			SOCIAL_NETWORK,
			EMAIL,
			CLOUD_STORAGE,
			HOSTING,
			SEARCH,
			SOFTWARE,
			DEVICE_MANUFACTURER,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Provider Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProviderKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Provider Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProviderKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProviderKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Provider Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProviderKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProviderKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Provider Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProviderKind get(int value) {
		switch (value) {
			case TELECOM_OPERATOR_VALUE: return TELECOM_OPERATOR;
			case MESSAGING_VALUE: return MESSAGING;
			case SOCIAL_NETWORK_VALUE: return SOCIAL_NETWORK;
			case EMAIL_VALUE: return EMAIL;
			case CLOUD_STORAGE_VALUE: return CLOUD_STORAGE;
			case HOSTING_VALUE: return HOSTING;
			case SEARCH_VALUE: return SEARCH;
			case SOFTWARE_VALUE: return SOFTWARE;
			case DEVICE_MANUFACTURER_VALUE: return DEVICE_MANUFACTURER;
			case OTHER_VALUE: return OTHER;
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
	private ProviderKind(int value, String name, String literal) {
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
	
} //ProviderKind
