package org.lawfulaccess.examples.inhouse.tests;

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
 * {@code bin/lawful} builds one from the product's jars. A jar is used as it is. A bundle built in
 * the workspace (Tycho's test runtime) reports its project folder: its classes are under
 * {@code target/classes}, while {@code META-INF/services} stays at the project root, so both are
 * added; without the root the child's {@link java.util.ServiceLoader} would see no provider.
 */
final class ChildClasspath {

    private ChildClasspath() {
    }

    /**
     * @param anchors one class from every bundle or jar the child needs
     * @return the class path string
     */
    static String of(Class<?>... anchors) {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> anchor : anchors) {
            Path base = location(anchor);
            if (Files.isRegularFile(base)) {
                entries.add(base.toString());
                continue;
            }
            String classFile = anchor.getName().replace('.', '/') + ".class";
            Path classes = base;
            for (String folder : new String[] { "", "target/classes", "bin" }) {
                if (Files.isRegularFile(base.resolve(folder).resolve(classFile))) {
                    classes = base.resolve(folder);
                    break;
                }
            }
            entries.add(classes.toString());
            if (!classes.equals(base) && Files.isDirectory(base.resolve("META-INF/services"))) {
                entries.add(base.toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path location(Class<?> anchor) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        Path path = source == null ? null : toPath(source.getLocation());
        if (path == null) {
            throw new IllegalStateException("Cannot find the class path entry of " + anchor.getName() + " (" + source + ")");
        }
        return path;
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
