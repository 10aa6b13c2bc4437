/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import picocli.CommandLine.IVersionProvider;

/** The version from the bundle manifest, so that it cannot drift from the build. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] { "Lawful Access Workbench " + bundleVersion() }; //$NON-NLS-1$
    }

    /** Reads this bundle's own manifest: a class-path resource lookup could return another jar's. */
    private static String bundleVersion() {
        CodeSource source = VersionProvider.class.getProtectionDomain().getCodeSource();
        try {
            File location = source == null ? null : new File(source.getLocation().toURI());
            if (location != null && location.isFile()) {
                try (JarFile jar = new JarFile(location)) {
                    Manifest manifest = jar.getManifest();
                    String version = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version"); //$NON-NLS-1$
                    if (version != null) {
                        return version;
                    }
                }
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            // Fall through: a version is a courtesy, never a reason to fail.
        }
        return "(development build)"; //$NON-NLS-1$
    }
}
