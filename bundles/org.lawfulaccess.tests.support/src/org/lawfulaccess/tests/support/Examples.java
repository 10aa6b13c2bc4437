/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.lawfulaccess.core.LawfulResources;

/**
 * Finds the repository's {@code examples} folder and the files beside it. The build runs each test
 * fragment in its own project folder, and an IDE may run it elsewhere in the checkout, so the
 * repository is found by walking up from the working directory to the first folder that holds both
 * {@code examples/} and {@code bundles/}. A missing folder or file fails the test with an
 * {@link AssertionError} saying what was looked for, rather than letting it pass on nothing.
 */
public final class Examples {

    private Examples() {
    }

    /** @return the repository's root folder, the one holding {@code examples/} and {@code bundles/} */
    public static Path repository() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path at = start; at != null; at = at.getParent()) {
            if (Files.isDirectory(at.resolve("examples")) && Files.isDirectory(at.resolve("bundles"))) {
                return at;
            }
        }
        throw new AssertionError("no repository (a folder with examples/ and bundles/) above " + start);
    }

    /**
     * @param relative a path relative to the repository's root, e.g. {@code docs/rules.md}; it need not exist
     * @return the path in the repository
     */
    public static Path repositoryFile(String relative) {
        return repository().resolve(relative);
    }

    /** @return the examples folder */
    public static Path folder() {
        return repository().resolve("examples");
    }

    /**
     * @param name a file name in the examples folder
     * @return the example file, which exists
     */
    public static Path file(String name) {
        Path file = folder().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("no example " + name + " in " + file.getParent());
        }
        return file;
    }

    /** @return the example models (files with the model's extension), sorted by name; possibly none */
    public static List<Path> models() {
        Path folder = folder();
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.getFileName().toString().endsWith("." + LawfulResources.FILE_EXTENSION)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
