/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.bench;

/**
 * The figures of one size.
 *
 * @param generation what generating it showed
 * @param measurement what loading and saving it showed
 */
record SizeResult(PersistenceBench.Generation generation, Measurement measurement) {
}
