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
 * A representation of the literals of the enumeration '<em><b>Data Store</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where a service keeps or moves user data.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getDataStore()
 * @model
 * @generated
 */
public enum DataStore implements Enumerator {
	/**
	 * The '<em><b>IN TRANSIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data on its way between users and servers.
	 * <!-- end-model-doc -->
	 * @see #IN_TRANSIT_VALUE
	 * @generated
	 * @ordered
	 */
	IN_TRANSIT(0, "IN_TRANSIT", "IN_TRANSIT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ON DEVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data stored on the user's device.
	 * <!-- end-model-doc -->
	 * @see #ON_DEVICE_VALUE
	 * @generated
	 * @ordered
	 */
	ON_DEVICE(1, "ON_DEVICE", "ON_DEVICE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CLOUD BACKUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Backups of device data in the cloud.
	 * <!-- end-model-doc -->
	 * @see #CLOUD_BACKUP_VALUE
	 * @generated
	 * @ordered
	 */
	CLOUD_BACKUP(2, "CLOUD_BACKUP", "CLOUD_BACKUP"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PROVIDER SERVERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data kept on the provider's servers for the service itself.
	 * <!-- end-model-doc -->
	 * @see #PROVIDER_SERVERS_VALUE
	 * @generated
	 * @ordered
	 */
	PROVIDER_SERVERS(3, "PROVIDER_SERVERS", "PROVIDER_SERVERS"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>IN TRANSIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data on its way between users and servers.
	 * <!-- end-model-doc -->
	 * @see #IN_TRANSIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IN_TRANSIT_VALUE = 0;

	/**
	 * The '<em><b>ON DEVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data stored on the user's device.
	 * <!-- end-model-doc -->
	 * @see #ON_DEVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ON_DEVICE_VALUE = 1;

	/**
	 * The '<em><b>CLOUD BACKUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Backups of device data in the cloud.
	 * <!-- end-model-doc -->
	 * @see #CLOUD_BACKUP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLOUD_BACKUP_VALUE = 2;

	/**
	 * The '<em><b>PROVIDER SERVERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data kept on the provider's servers for the service itself.
	 * <!-- end-model-doc -->
	 * @see #PROVIDER_SERVERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVIDER_SERVERS_VALUE = 3;

	/**
	 * An array of all the '<em><b>Data Store</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DataStore[] VALUES_ARRAY =
		new DataStore[] {
			IN_TRANSIT,
			ON_DEVICE,
			CLOUD_BACKUP,
			PROVIDER_SERVERS,
		};

	/**
	 * A public read-only list of all the '<em><b>Data Store</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DataStore> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Data Store</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataStore get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataStore result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Store</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataStore getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataStore result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Store</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataStore get(int value) {
		switch (value) {
			case IN_TRANSIT_VALUE: return IN_TRANSIT;
			case ON_DEVICE_VALUE: return ON_DEVICE;
			case CLOUD_BACKUP_VALUE: return CLOUD_BACKUP;
			case PROVIDER_SERVERS_VALUE: return PROVIDER_SERVERS;
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
	private DataStore(int value, String name, String literal) {
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
	
} //DataStore
