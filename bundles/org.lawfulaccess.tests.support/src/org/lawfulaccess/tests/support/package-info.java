/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Fixtures shared by the test fragments: building small models in code, locating the repository's
 * examples, and starting child JVMs. Test code only; no product bundle depends on it.
 */
package org.lawfulaccess.tests.support;
