/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.core.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lawfulaccess.tests.support.Examples;

/**
 * Organisations build their bundles against ours, so every manifest under {@code bundles/} states
 * what it offers and what it accepts: each exported package has the version of its bundle, each
 * required bundle, fragment host and imported package a version range, and each {@code internal}
 * package is exported as {@code x-internal} or to named friends only.
 */
class ManifestVersionsTest {

    /** A range with both bounds, e.g. {@code [0.1.0,1.0.0)}. */
    private static final Pattern RANGE = Pattern.compile("\"[\\[(][0-9][0-9.]*,[0-9][0-9.]*[\\])]\""); //$NON-NLS-1$

    @Test
    void exportsCarryTheBundleVersionAndDependenciesCarryRanges() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> manifests;
        try (Stream<Path> bundles = Files.list(Examples.repositoryFile("bundles"))) { //$NON-NLS-1$
            manifests = bundles.map(b -> b.resolve("META-INF/MANIFEST.MF")).filter(Files::isRegularFile).sorted().toList(); //$NON-NLS-1$
        }
        assertTrue(manifests.size() >= 10, "too few manifests found: " + manifests); //$NON-NLS-1$
        for (Path path : manifests) {
            check(path, problems);
        }
        assertTrue(problems.isEmpty(), "Manifests that organisations cannot build against safely:\n  " //$NON-NLS-1$
                + String.join("\n  ", problems)); //$NON-NLS-1$
    }

    private static void check(Path path, List<String> problems) throws IOException {
        Attributes main;
        try (InputStream in = Files.newInputStream(path)) {
            main = new Manifest(in).getMainAttributes();
        }
        String bundle = path.getParent().getParent().getFileName().toString();
        String version = main.getValue("Bundle-Version").replaceFirst("\\.qualifier$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (String clause : clauses(main.getValue("Export-Package"))) { //$NON-NLS-1$
            String name = name(clause);
            if (!clause.contains(";version=\"" + version + "\"")) { //$NON-NLS-1$ //$NON-NLS-2$
                problems.add(bundle + ": export " + name + " lacks ;version=\"" + version + "\" (the bundle's version)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            if (name.matches(".*\\.internal(\\..*)?") && !clause.contains("x-internal:=true") && !clause.contains("x-friends:=")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                problems.add(bundle + ": internal package " + name + " is exported without x-internal:=true or x-friends"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        requireRange(bundle, "Require-Bundle", "bundle-version", main, problems); //$NON-NLS-1$ //$NON-NLS-2$
        requireRange(bundle, "Fragment-Host", "bundle-version", main, problems); //$NON-NLS-1$ //$NON-NLS-2$
        requireRange(bundle, "Import-Package", "version", main, problems); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void requireRange(String bundle, String header, String attribute, Attributes main, List<String> problems) {
        for (String clause : clauses(main.getValue(header))) {
            Matcher matcher = Pattern.compile(";" + attribute + "=(\"[^\"]*\")").matcher(clause); //$NON-NLS-1$ //$NON-NLS-2$
            if (!matcher.find() || !RANGE.matcher(matcher.group(1)).matches()) {
                problems.add(bundle + ": " + header + " " + name(clause) + " lacks a range such as ;" + attribute //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + "=\"[1.0.0,2.0.0)\""); //$NON-NLS-1$
            }
        }
    }

    private static String name(String clause) {
        int semicolon = clause.indexOf(';');
        return semicolon < 0 ? clause : clause.substring(0, semicolon);
    }

    /** Splits a header at the commas that are not inside quotes. */
    private static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        if (header == null) {
            return clauses;
        }
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString().strip());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        if (!clause.isEmpty()) {
            clauses.add(clause.toString().strip());
        }
        return clauses;
    }
}
