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
 * A representation of the literals of the enumeration '<em><b>Authority Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The function of a public authority; provisions name the kinds that may issue a request.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getAuthorityKind()
 * @model
 * @generated
 */
public enum AuthorityKind implements Enumerator {
	/**
	 * The '<em><b>POLICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Police and law-enforcement agencies.
	 * <!-- end-model-doc -->
	 * @see #POLICE_VALUE
	 * @generated
	 * @ordered
	 */
	POLICE(0, "POLICE", "POLICE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PROSECUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Public prosecution.
	 * <!-- end-model-doc -->
	 * @see #PROSECUTION_VALUE
	 * @generated
	 * @ordered
	 */
	PROSECUTION(1, "PROSECUTION", "PROSECUTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>JUDICIARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Courts and investigating judges.
	 * <!-- end-model-doc -->
	 * @see #JUDICIARY_VALUE
	 * @generated
	 * @ordered
	 */
	JUDICIARY(2, "JUDICIARY", "JUDICIARY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INTELLIGENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Intelligence and security services.
	 * <!-- end-model-doc -->
	 * @see #INTELLIGENCE_VALUE
	 * @generated
	 * @ordered
	 */
	INTELLIGENCE(3, "INTELLIGENCE", "INTELLIGENCE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MINISTRY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A government ministry.
	 * <!-- end-model-doc -->
	 * @see #MINISTRY_VALUE
	 * @generated
	 * @ordered
	 */
	MINISTRY(4, "MINISTRY", "MINISTRY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CENTRAL AUTHORITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The central authority for mutual legal assistance.
	 * <!-- end-model-doc -->
	 * @see #CENTRAL_AUTHORITY_VALUE
	 * @generated
	 * @ordered
	 */
	CENTRAL_AUTHORITY(5, "CENTRAL_AUTHORITY", "CENTRAL_AUTHORITY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DEFENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Armed forces and defence administration.
	 * <!-- end-model-doc -->
	 * @see #DEFENCE_VALUE
	 * @generated
	 * @ordered
	 */
	DEFENCE(6, "DEFENCE", "DEFENCE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REGULATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A regulator, e.g. for telecommunications or data protection.
	 * <!-- end-model-doc -->
	 * @see #REGULATOR_VALUE
	 * @generated
	 * @ordered
	 */
	REGULATOR(7, "REGULATOR", "REGULATOR"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other authority.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(8, "OTHER", "OTHER"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>POLICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Police and law-enforcement agencies.
	 * <!-- end-model-doc -->
	 * @see #POLICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLICE_VALUE = 0;

	/**
	 * The '<em><b>PROSECUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Public prosecution.
	 * <!-- end-model-doc -->
	 * @see #PROSECUTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROSECUTION_VALUE = 1;

	/**
	 * The '<em><b>JUDICIARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Courts and investigating judges.
	 * <!-- end-model-doc -->
	 * @see #JUDICIARY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JUDICIARY_VALUE = 2;

	/**
	 * The '<em><b>INTELLIGENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Intelligence and security services.
	 * <!-- end-model-doc -->
	 * @see #INTELLIGENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTELLIGENCE_VALUE = 3;

	/**
	 * The '<em><b>MINISTRY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A government ministry.
	 * <!-- end-model-doc -->
	 * @see #MINISTRY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MINISTRY_VALUE = 4;

	/**
	 * The '<em><b>CENTRAL AUTHORITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The central authority for mutual legal assistance.
	 * <!-- end-model-doc -->
	 * @see #CENTRAL_AUTHORITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CENTRAL_AUTHORITY_VALUE = 5;

	/**
	 * The '<em><b>DEFENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Armed forces and defence administration.
	 * <!-- end-model-doc -->
	 * @see #DEFENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEFENCE_VALUE = 6;

	/**
	 * The '<em><b>REGULATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A regulator, e.g. for telecommunications or data protection.
	 * <!-- end-model-doc -->
	 * @see #REGULATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGULATOR_VALUE = 7;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other authority.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 8;

	/**
	 * An array of all the '<em><b>Authority Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AuthorityKind[] VALUES_ARRAY =
		new AuthorityKind[] {
			POLICE,
			PROSECUTION,
			JUDICIARY,
			INTELLIGENCE,
			MINISTRY,
			CENTRAL_AUTHORITY,
			DEFENCE,
			REGULATOR,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Authority Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AuthorityKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Authority Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AuthorityKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AuthorityKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Authority Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AuthorityKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AuthorityKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Authority Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AuthorityKind get(int value) {
		switch (value) {
			case POLICE_VALUE: return POLICE;
			case PROSECUTION_VALUE: return PROSECUTION;
			case JUDICIARY_VALUE: return JUDICIARY;
			case INTELLIGENCE_VALUE: return INTELLIGENCE;
			case MINISTRY_VALUE: return MINISTRY;
			case CENTRAL_AUTHORITY_VALUE: return CENTRAL_AUTHORITY;
			case DEFENCE_VALUE: return DEFENCE;
			case REGULATOR_VALUE: return REGULATOR;
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
	private AuthorityKind(int value, String name, String literal) {
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
	
} //AuthorityKind
