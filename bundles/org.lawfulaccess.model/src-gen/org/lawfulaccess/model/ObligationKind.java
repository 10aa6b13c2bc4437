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
 * A representation of the literals of the enumeration '<em><b>Obligation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a domestic obligation requires of its addressees.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getObligationKind()
 * @model
 * @generated
 */
public enum ObligationKind implements Enumerator {
	/**
	 * The '<em><b>RETENTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Retain data for a period.
	 * <!-- end-model-doc -->
	 * @see #RETENTION_VALUE
	 * @generated
	 * @ordered
	 */
	RETENTION(0, "RETENTION", "RETENTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INTERCEPTION CAPABILITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Be able to intercept and deliver communications.
	 * <!-- end-model-doc -->
	 * @see #INTERCEPTION_CAPABILITY_VALUE
	 * @generated
	 * @ordered
	 */
	INTERCEPTION_CAPABILITY(1, "INTERCEPTION_CAPABILITY", "INTERCEPTION_CAPABILITY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DECRYPTION KEY DISCLOSURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hand over or apply decryption keys.
	 * <!-- end-model-doc -->
	 * @see #DECRYPTION_KEY_DISCLOSURE_VALUE
	 * @generated
	 * @ordered
	 */
	DECRYPTION_KEY_DISCLOSURE(2, "DECRYPTION_KEY_DISCLOSURE", "DECRYPTION_KEY_DISCLOSURE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DUTY TO COOPERATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cooperate with requests in general.
	 * <!-- end-model-doc -->
	 * @see #DUTY_TO_COOPERATE_VALUE
	 * @generated
	 * @ordered
	 */
	DUTY_TO_COOPERATE(3, "DUTY_TO_COOPERATE", "DUTY_TO_COOPERATE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PRODUCTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Produce stored data on order.
	 * <!-- end-model-doc -->
	 * @see #PRODUCTION_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCTION(4, "PRODUCTION", "PRODUCTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PRESERVATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Preserve data on order.
	 * <!-- end-model-doc -->
	 * @see #PRESERVATION_VALUE
	 * @generated
	 * @ordered
	 */
	PRESERVATION(5, "PRESERVATION", "PRESERVATION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DESIGNATE REPRESENTATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Designate an establishment or legal representative.
	 * <!-- end-model-doc -->
	 * @see #DESIGNATE_REPRESENTATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	DESIGNATE_REPRESENTATIVE(6, "DESIGNATE_REPRESENTATIVE", "DESIGNATE_REPRESENTATIVE"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RETENTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Retain data for a period.
	 * <!-- end-model-doc -->
	 * @see #RETENTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RETENTION_VALUE = 0;

	/**
	 * The '<em><b>INTERCEPTION CAPABILITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Be able to intercept and deliver communications.
	 * <!-- end-model-doc -->
	 * @see #INTERCEPTION_CAPABILITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERCEPTION_CAPABILITY_VALUE = 1;

	/**
	 * The '<em><b>DECRYPTION KEY DISCLOSURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hand over or apply decryption keys.
	 * <!-- end-model-doc -->
	 * @see #DECRYPTION_KEY_DISCLOSURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DECRYPTION_KEY_DISCLOSURE_VALUE = 2;

	/**
	 * The '<em><b>DUTY TO COOPERATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cooperate with requests in general.
	 * <!-- end-model-doc -->
	 * @see #DUTY_TO_COOPERATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DUTY_TO_COOPERATE_VALUE = 3;

	/**
	 * The '<em><b>PRODUCTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Produce stored data on order.
	 * <!-- end-model-doc -->
	 * @see #PRODUCTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCTION_VALUE = 4;

	/**
	 * The '<em><b>PRESERVATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Preserve data on order.
	 * <!-- end-model-doc -->
	 * @see #PRESERVATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRESERVATION_VALUE = 5;

	/**
	 * The '<em><b>DESIGNATE REPRESENTATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Designate an establishment or legal representative.
	 * <!-- end-model-doc -->
	 * @see #DESIGNATE_REPRESENTATIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DESIGNATE_REPRESENTATIVE_VALUE = 6;

	/**
	 * An array of all the '<em><b>Obligation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ObligationKind[] VALUES_ARRAY =
		new ObligationKind[] {
			RETENTION,
			INTERCEPTION_CAPABILITY,
			DECRYPTION_KEY_DISCLOSURE,
			DUTY_TO_COOPERATE,
			PRODUCTION,
			PRESERVATION,
			DESIGNATE_REPRESENTATIVE,
		};

	/**
	 * A public read-only list of all the '<em><b>Obligation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ObligationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Obligation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ObligationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ObligationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Obligation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ObligationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ObligationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Obligation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ObligationKind get(int value) {
		switch (value) {
			case RETENTION_VALUE: return RETENTION;
			case INTERCEPTION_CAPABILITY_VALUE: return INTERCEPTION_CAPABILITY;
			case DECRYPTION_KEY_DISCLOSURE_VALUE: return DECRYPTION_KEY_DISCLOSURE;
			case DUTY_TO_COOPERATE_VALUE: return DUTY_TO_COOPERATE;
			case PRODUCTION_VALUE: return PRODUCTION;
			case PRESERVATION_VALUE: return PRESERVATION;
			case DESIGNATE_REPRESENTATIVE_VALUE: return DESIGNATE_REPRESENTATIVE;
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
	private ObligationKind(int value, String name, String literal) {
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
	
} //ObligationKind
