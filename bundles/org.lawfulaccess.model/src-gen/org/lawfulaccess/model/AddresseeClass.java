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
 * A representation of the literals of the enumeration '<em><b>Addressee Class</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Whom a domestic obligation binds.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getAddresseeClass()
 * @model
 * @generated
 */
public enum AddresseeClass implements Enumerator {
	/**
	 * The '<em><b>ANY PERSON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anyone who holds the information or key.
	 * <!-- end-model-doc -->
	 * @see #ANY_PERSON_VALUE
	 * @generated
	 * @ordered
	 */
	ANY_PERSON(0, "ANY_PERSON", "ANY_PERSON"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ANY PROVIDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every provider, wherever established.
	 * <!-- end-model-doc -->
	 * @see #ANY_PROVIDER_VALUE
	 * @generated
	 * @ordered
	 */
	ANY_PROVIDER(1, "ANY_PROVIDER", "ANY_PROVIDER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ESTABLISHED PROVIDERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Providers with a subsidiary, legal representative or assets in the jurisdiction.
	 * <!-- end-model-doc -->
	 * @see #ESTABLISHED_PROVIDERS_VALUE
	 * @generated
	 * @ordered
	 */
	ESTABLISHED_PROVIDERS(2, "ESTABLISHED_PROVIDERS", "ESTABLISHED_PROVIDERS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DECLARED OPERATORS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only providers declared there as electronic-communications operators.
	 * <!-- end-model-doc -->
	 * @see #DECLARED_OPERATORS_VALUE
	 * @generated
	 * @ordered
	 */
	DECLARED_OPERATORS(3, "DECLARED_OPERATORS", "DECLARED_OPERATORS"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ANY PERSON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anyone who holds the information or key.
	 * <!-- end-model-doc -->
	 * @see #ANY_PERSON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANY_PERSON_VALUE = 0;

	/**
	 * The '<em><b>ANY PROVIDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every provider, wherever established.
	 * <!-- end-model-doc -->
	 * @see #ANY_PROVIDER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANY_PROVIDER_VALUE = 1;

	/**
	 * The '<em><b>ESTABLISHED PROVIDERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Providers with a subsidiary, legal representative or assets in the jurisdiction.
	 * <!-- end-model-doc -->
	 * @see #ESTABLISHED_PROVIDERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ESTABLISHED_PROVIDERS_VALUE = 2;

	/**
	 * The '<em><b>DECLARED OPERATORS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only providers declared there as electronic-communications operators.
	 * <!-- end-model-doc -->
	 * @see #DECLARED_OPERATORS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DECLARED_OPERATORS_VALUE = 3;

	/**
	 * An array of all the '<em><b>Addressee Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AddresseeClass[] VALUES_ARRAY =
		new AddresseeClass[] {
			ANY_PERSON,
			ANY_PROVIDER,
			ESTABLISHED_PROVIDERS,
			DECLARED_OPERATORS,
		};

	/**
	 * A public read-only list of all the '<em><b>Addressee Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AddresseeClass> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Addressee Class</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AddresseeClass get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AddresseeClass result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Addressee Class</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AddresseeClass getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AddresseeClass result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Addressee Class</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AddresseeClass get(int value) {
		switch (value) {
			case ANY_PERSON_VALUE: return ANY_PERSON;
			case ANY_PROVIDER_VALUE: return ANY_PROVIDER;
			case ESTABLISHED_PROVIDERS_VALUE: return ESTABLISHED_PROVIDERS;
			case DECLARED_OPERATORS_VALUE: return DECLARED_OPERATORS;
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
	private AddresseeClass(int value, String name, String literal) {
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
	
} //AddresseeClass
