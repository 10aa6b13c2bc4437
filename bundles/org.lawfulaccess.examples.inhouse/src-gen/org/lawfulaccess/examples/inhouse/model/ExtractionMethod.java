/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.examples.inhouse.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Extraction Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a forensic tool reaches data.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.examples.inhouse.model.InhousePackage#getExtractionMethod()
 * @model
 * @generated
 */
public enum ExtractionMethod implements Enumerator {
	/**
	 * The '<em><b>DEVICE EXTRACTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * From a seized device, where end-to-end encrypted content is readable once unlocked.
	 * <!-- end-model-doc -->
	 * @see #DEVICE_EXTRACTION_VALUE
	 * @generated
	 * @ordered
	 */
	DEVICE_EXTRACTION(0, "DEVICE_EXTRACTION", "DEVICE_EXTRACTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CLOUD EXTRACTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * From the user's account at the provider, with credentials or tokens found on a device.
	 * <!-- end-model-doc -->
	 * @see #CLOUD_EXTRACTION_VALUE
	 * @generated
	 * @ordered
	 */
	CLOUD_EXTRACTION(1, "CLOUD_EXTRACTION", "CLOUD_EXTRACTION"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DEVICE EXTRACTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * From a seized device, where end-to-end encrypted content is readable once unlocked.
	 * <!-- end-model-doc -->
	 * @see #DEVICE_EXTRACTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEVICE_EXTRACTION_VALUE = 0;

	/**
	 * The '<em><b>CLOUD EXTRACTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * From the user's account at the provider, with credentials or tokens found on a device.
	 * <!-- end-model-doc -->
	 * @see #CLOUD_EXTRACTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLOUD_EXTRACTION_VALUE = 1;

	/**
	 * An array of all the '<em><b>Extraction Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ExtractionMethod[] VALUES_ARRAY =
		new ExtractionMethod[] {
			DEVICE_EXTRACTION,
			CLOUD_EXTRACTION,
		};

	/**
	 * A public read-only list of all the '<em><b>Extraction Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ExtractionMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Extraction Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExtractionMethod get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ExtractionMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Extraction Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExtractionMethod getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ExtractionMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Extraction Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExtractionMethod get(int value) {
		switch (value) {
			case DEVICE_EXTRACTION_VALUE: return DEVICE_EXTRACTION;
			case CLOUD_EXTRACTION_VALUE: return CLOUD_EXTRACTION;
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
	private ExtractionMethod(int value, String name, String literal) {
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
	
} //ExtractionMethod
