/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal;

import org.lawfulaccess.validation.internal.CodeLocations;

import picocli.CommandLine.IVersionProvider;

/** The version from the bundle manifest, so that it cannot drift from the build. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = CodeLocations.manifestAttribute(VersionProvider.class, "Bundle-Version") //$NON-NLS-1$
                .orElse("(development build)"); //$NON-NLS-1$
        return new String[] { "Lawful Access Workbench " + version }; //$NON-NLS-1$
    }
}
