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
 * A representation of the literals of the enumeration '<em><b>Addressee Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Who receives a request under a provision.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getAddresseeRole()
 * @model
 * @generated
 */
public enum AddresseeRole implements Enumerator {
	/**
	 * The '<em><b>PROVIDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A provider.
	 * <!-- end-model-doc -->
	 * @see #PROVIDER_VALUE
	 * @generated
	 * @ordered
	 */
	PROVIDER(0, "PROVIDER", "PROVIDER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CENTRAL AUTHORITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The central authority of another jurisdiction.
	 * <!-- end-model-doc -->
	 * @see #CENTRAL_AUTHORITY_VALUE
	 * @generated
	 * @ordered
	 */
	CENTRAL_AUTHORITY(1, "CENTRAL_AUTHORITY", "CENTRAL_AUTHORITY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>POINT OF CONTACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A point of contact, e.g. the 24/7 network.
	 * <!-- end-model-doc -->
	 * @see #POINT_OF_CONTACT_VALUE
	 * @generated
	 * @ordered
	 */
	POINT_OF_CONTACT(2, "POINT_OF_CONTACT", "POINT_OF_CONTACT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COMPETENT AUTHORITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Another competent authority, e.g. the enforcing authority.
	 * <!-- end-model-doc -->
	 * @see #COMPETENT_AUTHORITY_VALUE
	 * @generated
	 * @ordered
	 */
	COMPETENT_AUTHORITY(3, "COMPETENT_AUTHORITY", "COMPETENT_AUTHORITY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ANY PERSON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anyone who holds the data or key.
	 * <!-- end-model-doc -->
	 * @see #ANY_PERSON_VALUE
	 * @generated
	 * @ordered
	 */
	ANY_PERSON(4, "ANY_PERSON", "ANY_PERSON"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PROVIDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A provider.
	 * <!-- end-model-doc -->
	 * @see #PROVIDER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVIDER_VALUE = 0;

	/**
	 * The '<em><b>CENTRAL AUTHORITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The central authority of another jurisdiction.
	 * <!-- end-model-doc -->
	 * @see #CENTRAL_AUTHORITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CENTRAL_AUTHORITY_VALUE = 1;

	/**
	 * The '<em><b>POINT OF CONTACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A point of contact, e.g. the 24/7 network.
	 * <!-- end-model-doc -->
	 * @see #POINT_OF_CONTACT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POINT_OF_CONTACT_VALUE = 2;

	/**
	 * The '<em><b>COMPETENT AUTHORITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Another competent authority, e.g. the enforcing authority.
	 * <!-- end-model-doc -->
	 * @see #COMPETENT_AUTHORITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPETENT_AUTHORITY_VALUE = 3;

	/**
	 * The '<em><b>ANY PERSON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anyone who holds the data or key.
	 * <!-- end-model-doc -->
	 * @see #ANY_PERSON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANY_PERSON_VALUE = 4;

	/**
	 * An array of all the '<em><b>Addressee Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AddresseeRole[] VALUES_ARRAY =
		new AddresseeRole[] {
			PROVIDER,
			CENTRAL_AUTHORITY,
			POINT_OF_CONTACT,
			COMPETENT_AUTHORITY,
			ANY_PERSON,
		};

	/**
	 * A public read-only list of all the '<em><b>Addressee Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AddresseeRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Addressee Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AddresseeRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AddresseeRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Addressee Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AddresseeRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AddresseeRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Addressee Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AddresseeRole get(int value) {
		switch (value) {
			case PROVIDER_VALUE: return PROVIDER;
			case CENTRAL_AUTHORITY_VALUE: return CENTRAL_AUTHORITY;
			case POINT_OF_CONTACT_VALUE: return POINT_OF_CONTACT;
			case COMPETENT_AUTHORITY_VALUE: return COMPETENT_AUTHORITY;
			case ANY_PERSON_VALUE: return ANY_PERSON;
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
	private AddresseeRole(int value, String name, String literal) {
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
	
} //AddresseeRole
