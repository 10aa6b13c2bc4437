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
 * A representation of the literals of the enumeration '<em><b>Contact Network</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A network of points of contact.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getContactNetwork()
 * @model
 * @generated
 */
public enum ContactNetwork implements Enumerator {
	/**
	 * The '<em><b>BUDAPEST 24 7</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The 24/7 network of Budapest Convention art. 35.
	 * <!-- end-model-doc -->
	 * @see #BUDAPEST_24_7_VALUE
	 * @generated
	 * @ordered
	 */
	BUDAPEST_24_7(0, "BUDAPEST_24_7", "BUDAPEST_24_7"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>G7</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The G7 24/7 high-tech crime network.
	 * <!-- end-model-doc -->
	 * @see #G7_VALUE
	 * @generated
	 * @ordered
	 */
	G7(1, "G7", "G7"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EU SPOC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An EU single point of contact.
	 * <!-- end-model-doc -->
	 * @see #EU_SPOC_VALUE
	 * @generated
	 * @ordered
	 */
	EU_SPOC(2, "EU_SPOC", "EU_SPOC"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PROVIDER SPECIFIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A contact designated for one provider.
	 * <!-- end-model-doc -->
	 * @see #PROVIDER_SPECIFIC_VALUE
	 * @generated
	 * @ordered
	 */
	PROVIDER_SPECIFIC(3, "PROVIDER_SPECIFIC", "PROVIDER_SPECIFIC"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BUDAPEST 24 7</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The 24/7 network of Budapest Convention art. 35.
	 * <!-- end-model-doc -->
	 * @see #BUDAPEST_24_7
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BUDAPEST_24_7_VALUE = 0;

	/**
	 * The '<em><b>G7</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The G7 24/7 high-tech crime network.
	 * <!-- end-model-doc -->
	 * @see #G7
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int G7_VALUE = 1;

	/**
	 * The '<em><b>EU SPOC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An EU single point of contact.
	 * <!-- end-model-doc -->
	 * @see #EU_SPOC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EU_SPOC_VALUE = 2;

	/**
	 * The '<em><b>PROVIDER SPECIFIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A contact designated for one provider.
	 * <!-- end-model-doc -->
	 * @see #PROVIDER_SPECIFIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVIDER_SPECIFIC_VALUE = 3;

	/**
	 * An array of all the '<em><b>Contact Network</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ContactNetwork[] VALUES_ARRAY =
		new ContactNetwork[] {
			BUDAPEST_24_7,
			G7,
			EU_SPOC,
			PROVIDER_SPECIFIC,
		};

	/**
	 * A public read-only list of all the '<em><b>Contact Network</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ContactNetwork> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Contact Network</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContactNetwork get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContactNetwork result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Contact Network</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContactNetwork getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContactNetwork result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Contact Network</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContactNetwork get(int value) {
		switch (value) {
			case BUDAPEST_24_7_VALUE: return BUDAPEST_24_7;
			case G7_VALUE: return G7;
			case EU_SPOC_VALUE: return EU_SPOC;
			case PROVIDER_SPECIFIC_VALUE: return PROVIDER_SPECIFIC;
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
	private ContactNetwork(int value, String name, String literal) {
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
	
} //ContactNetwork
