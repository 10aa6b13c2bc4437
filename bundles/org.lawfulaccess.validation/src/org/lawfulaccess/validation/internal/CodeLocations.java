/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Reads the OSGi manifest of the jar or folder a class was loaded from. On a plain class path a
 * class-path resource lookup of {@code META-INF/MANIFEST.MF} would return the first jar's, so the
 * class's own code source is opened instead.
 */
public final class CodeLocations {

    private CodeLocations() {
    }

    /**
     * @param type a class
     * @param attribute a main manifest attribute, e.g. {@code Bundle-SymbolicName}
     * @return its value without directives (the part before the first {@code ;}), if present
     */
    public static Optional<String> manifestAttribute(Class<?> type, String attribute) {
        return manifest(type).map(m -> m.getMainAttributes().getValue(attribute))
                .map(value -> value.split(";", 2)[0].trim()); //$NON-NLS-1$
    }

    private static Optional<Manifest> manifest(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        try {
            Path location = source == null || source.getLocation() == null ? null : Path.of(source.getLocation().toURI());
            if (location == null) {
                return Optional.empty();
            }
            if (Files.isRegularFile(location)) {
                try (JarFile jar = new JarFile(location.toFile())) {
                    return Optional.ofNullable(jar.getManifest());
                }
            }
            // A folder on the class path: a bundle's target/classes, with its manifest beside it.
            for (Path candidate : new Path[] { location.resolve("META-INF/MANIFEST.MF"), //$NON-NLS-1$
                    location.getParent().getParent().resolve("META-INF/MANIFEST.MF") }) { //$NON-NLS-1$
                if (Files.isRegularFile(candidate)) {
                    try (InputStream in = Files.newInputStream(candidate)) {
                        return Optional.of(new Manifest(in));
                    }
                }
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException | NullPointerException e) {
            // No manifest to be had: callers fall back to the class name.
        }
        return Optional.empty();
    }
}
