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
 * A representation of the literals of the enumeration '<em><b>Establishment Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a provider is present in a jurisdiction; the kinds that make it reachable by an order there.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getEstablishmentKind()
 * @model
 * @generated
 */
public enum EstablishmentKind implements Enumerator {
	/**
	 * The '<em><b>SUBSIDIARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A subsidiary or branch incorporated there.
	 * <!-- end-model-doc -->
	 * @see #SUBSIDIARY_VALUE
	 * @generated
	 * @ordered
	 */
	SUBSIDIARY(0, "SUBSIDIARY", "SUBSIDIARY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LEGAL REPRESENTATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A designated legal representative.
	 * <!-- end-model-doc -->
	 * @see #LEGAL_REPRESENTATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	LEGAL_REPRESENTATIVE(1, "LEGAL_REPRESENTATIVE", "LEGAL_REPRESENTATIVE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ASSETS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Assets or infrastructure there that an authority could act upon.
	 * <!-- end-model-doc -->
	 * @see #ASSETS_VALUE
	 * @generated
	 * @ordered
	 */
	ASSETS(2, "ASSETS", "ASSETS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OPERATOR DECLARATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Declared or registered there as an electronic-communications operator.
	 * <!-- end-model-doc -->
	 * @see #OPERATOR_DECLARATION_VALUE
	 * @generated
	 * @ordered
	 */
	OPERATOR_DECLARATION(3, "OPERATOR_DECLARATION", "OPERATOR_DECLARATION"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SUBSIDIARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A subsidiary or branch incorporated there.
	 * <!-- end-model-doc -->
	 * @see #SUBSIDIARY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUBSIDIARY_VALUE = 0;

	/**
	 * The '<em><b>LEGAL REPRESENTATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A designated legal representative.
	 * <!-- end-model-doc -->
	 * @see #LEGAL_REPRESENTATIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEGAL_REPRESENTATIVE_VALUE = 1;

	/**
	 * The '<em><b>ASSETS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Assets or infrastructure there that an authority could act upon.
	 * <!-- end-model-doc -->
	 * @see #ASSETS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ASSETS_VALUE = 2;

	/**
	 * The '<em><b>OPERATOR DECLARATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Declared or registered there as an electronic-communications operator.
	 * <!-- end-model-doc -->
	 * @see #OPERATOR_DECLARATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPERATOR_DECLARATION_VALUE = 3;

	/**
	 * An array of all the '<em><b>Establishment Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EstablishmentKind[] VALUES_ARRAY =
		new EstablishmentKind[] {
			SUBSIDIARY,
			LEGAL_REPRESENTATIVE,
			ASSETS,
			OPERATOR_DECLARATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Establishment Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EstablishmentKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Establishment Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EstablishmentKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EstablishmentKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Establishment Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EstablishmentKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EstablishmentKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Establishment Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EstablishmentKind get(int value) {
		switch (value) {
			case SUBSIDIARY_VALUE: return SUBSIDIARY;
			case LEGAL_REPRESENTATIVE_VALUE: return LEGAL_REPRESENTATIVE;
			case ASSETS_VALUE: return ASSETS;
			case OPERATOR_DECLARATION_VALUE: return OPERATOR_DECLARATION;
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
	private EstablishmentKind(int value, String name, String literal) {
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
	
} //EstablishmentKind
