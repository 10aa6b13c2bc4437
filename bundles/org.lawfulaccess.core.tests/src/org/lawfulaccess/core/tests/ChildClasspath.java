package org.lawfulaccess.core.tests;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Builds a plain class path for a child JVM from the locations classes were loaded from. Works on a
 * plain class path and under OSGi, where each bundle reports its jar or, for bundles built in the
 * workspace (Tycho's test runtime), its project folder with the classes under {@code target/classes}.
 */
final class ChildClasspath {

    private ChildClasspath() {
    }

    /**
     * @param anchors one class from every jar or folder the child needs
     * @return the class path string
     */
    static String of(Class<?>... anchors) {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> anchor : anchors) {
            entries.add(locate(anchor).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path locate(Class<?> anchor) {
        String classFile = anchor.getName().replace('.', '/') + ".class";
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            Path base = toPath(source.getLocation());
            if (base != null) {
                if (Files.isRegularFile(base)) {
                    return base;
                }
                for (String folder : new String[] { "", "target/classes", "bin", "target/test-classes" }) {
                    Path candidate = base.resolve(folder);
                    if (Files.isRegularFile(candidate.resolve(classFile))) {
                        return candidate;
                    }
                }
            }
        }
        // Last resort: the class file's own URL (file: or jar:file:).
        URL url = anchor.getResource("/" + classFile);
        if (url != null && "file".equals(url.getProtocol())) {
            String path = url.getPath();
            return Path.of(path.substring(0, path.length() - classFile.length()));
        }
        if (url != null && "jar".equals(url.getProtocol())) {
            String inner = url.getPath();
            Path jar = toPath(urlOf(inner.substring(0, inner.indexOf("!/"))));
            if (jar != null) {
                return jar;
            }
        }
        throw new IllegalStateException("Cannot find the class path entry of " + anchor.getName() + " (" + source + ", " + url + ")");
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
