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
 * A representation of the literals of the enumeration '<em><b>Telemetry Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Data a service sends about its own operation.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getTelemetryKind()
 * @model
 * @generated
 */
public enum TelemetryKind implements Enumerator {
	/**
	 * The '<em><b>DEBUG LOGS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Debug logs.
	 * <!-- end-model-doc -->
	 * @see #DEBUG_LOGS_VALUE
	 * @generated
	 * @ordered
	 */
	DEBUG_LOGS(0, "DEBUG_LOGS", "DEBUG_LOGS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CRASH REPORTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Crash reports.
	 * <!-- end-model-doc -->
	 * @see #CRASH_REPORTS_VALUE
	 * @generated
	 * @ordered
	 */
	CRASH_REPORTS(1, "CRASH_REPORTS", "CRASH_REPORTS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONNECTION QUALITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Connection-quality data.
	 * <!-- end-model-doc -->
	 * @see #CONNECTION_QUALITY_VALUE
	 * @generated
	 * @ordered
	 */
	CONNECTION_QUALITY(2, "CONNECTION_QUALITY", "CONNECTION_QUALITY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>USAGE ANALYTICS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Usage analytics.
	 * <!-- end-model-doc -->
	 * @see #USAGE_ANALYTICS_VALUE
	 * @generated
	 * @ordered
	 */
	USAGE_ANALYTICS(3, "USAGE_ANALYTICS", "USAGE_ANALYTICS"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DEBUG LOGS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Debug logs.
	 * <!-- end-model-doc -->
	 * @see #DEBUG_LOGS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEBUG_LOGS_VALUE = 0;

	/**
	 * The '<em><b>CRASH REPORTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Crash reports.
	 * <!-- end-model-doc -->
	 * @see #CRASH_REPORTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CRASH_REPORTS_VALUE = 1;

	/**
	 * The '<em><b>CONNECTION QUALITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Connection-quality data.
	 * <!-- end-model-doc -->
	 * @see #CONNECTION_QUALITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONNECTION_QUALITY_VALUE = 2;

	/**
	 * The '<em><b>USAGE ANALYTICS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Usage analytics.
	 * <!-- end-model-doc -->
	 * @see #USAGE_ANALYTICS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int USAGE_ANALYTICS_VALUE = 3;

	/**
	 * An array of all the '<em><b>Telemetry Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TelemetryKind[] VALUES_ARRAY =
		new TelemetryKind[] {
			DEBUG_LOGS,
			CRASH_REPORTS,
			CONNECTION_QUALITY,
			USAGE_ANALYTICS,
		};

	/**
	 * A public read-only list of all the '<em><b>Telemetry Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TelemetryKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Telemetry Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TelemetryKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TelemetryKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Telemetry Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TelemetryKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TelemetryKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Telemetry Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TelemetryKind get(int value) {
		switch (value) {
			case DEBUG_LOGS_VALUE: return DEBUG_LOGS;
			case CRASH_REPORTS_VALUE: return CRASH_REPORTS;
			case CONNECTION_QUALITY_VALUE: return CONNECTION_QUALITY;
			case USAGE_ANALYTICS_VALUE: return USAGE_ANALYTICS;
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
	private TelemetryKind(int value, String name, String literal) {
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
	
} //TelemetryKind
