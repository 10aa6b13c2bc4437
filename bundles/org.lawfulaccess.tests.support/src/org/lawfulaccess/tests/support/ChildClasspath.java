/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.tests.support;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Builds a plain class path for a child JVM from the locations classes were loaded from, as
 * {@code bin/lawful} builds one from the product's jars. Works on a plain class path and under OSGi.
 * A jar is used as it is. A bundle built in the workspace (Tycho's test runtime) reports its project
 * folder: its classes are under {@code target/classes}, while {@code META-INF/services} stays at the
 * project root, so both are added; without the root the child's {@link java.util.ServiceLoader}
 * would see no provider.
 */
public final class ChildClasspath {

    /** Where a project folder keeps its classes: as they are, Maven's output, the IDE's output, test output. */
    private static final String[] CLASS_FOLDERS = { "", "target/classes", "bin", "target/test-classes" };

    private ChildClasspath() {
    }

    /**
     * @param anchors one class from every bundle or jar the child needs
     * @return the class path string
     */
    public static String of(Class<?>... anchors) {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> anchor : anchors) {
            Path classes = locate(anchor);
            entries.add(classes.toString());
            Path project = projectOf(classes);
            if (project != null && Files.isDirectory(project.resolve("META-INF/services"))) {
                entries.add(project.toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** @return the jar or class folder that holds the anchor's class file */
    private static Path locate(Class<?> anchor) {
        String classFile = classFile(anchor);
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        Path base = source == null ? null : toPath(source.getLocation());
        if (base != null) {
            if (Files.isRegularFile(base)) {
                return base;
            }
            for (String folder : CLASS_FOLDERS) {
                if (Files.isRegularFile(base.resolve(folder).resolve(classFile))) {
                    return base.resolve(folder);
                }
            }
        }
        Path fromResource = fromClassFileUrl(anchor.getResource("/" + classFile), classFile);
        if (fromResource != null) {
            return fromResource;
        }
        throw new IllegalStateException("Cannot find the class path entry of " + anchor.getName() + " (" + source + ")");
    }

    /** Last resort when the code source says nothing usable: the class file's own URL (file: or jar:file:). */
    private static Path fromClassFileUrl(URL url, String classFile) {
        if (url == null) {
            return null;
        }
        String path = url.getPath();
        if ("file".equals(url.getProtocol())) {
            return Path.of(path.substring(0, path.length() - classFile.length()));
        }
        if ("jar".equals(url.getProtocol()) && path.contains("!/")) {
            return toPath(urlOf(path.substring(0, path.indexOf("!/"))));
        }
        return null;
    }

    /** @return the project folder whose build output the class folder is, or null for a jar or a plain folder */
    private static Path projectOf(Path classes) {
        if (Files.isRegularFile(classes)) {
            return null;
        }
        for (String folder : CLASS_FOLDERS) {
            if (!folder.isEmpty() && classes.endsWith(folder)) {
                Path project = classes;
                for (int i = 0; i < Path.of(folder).getNameCount(); i++) {
                    project = project.getParent();
                }
                return project;
            }
        }
        return null;
    }

    private static String classFile(Class<?> anchor) {
        return anchor.getName().replace('.', '/') + ".class";
    }

    private static URL urlOf(String text) {
        try {
            return new java.net.URI(text).toURL();
        } catch (Exception e) {
            return null;
        }
    }

    private static Path toPath(URL url) {
        if (url == null) {
            return null;
        }
        String text = url.toString();
        // Equinox reports "reference:file:..." for bundles installed by reference.
        if (text.startsWith("reference:")) {
            text = text.substring("reference:".length());
        }
        if (!text.startsWith("file:")) {
            return null;
        }
        try {
            return Path.of(new java.net.URI(text.replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
