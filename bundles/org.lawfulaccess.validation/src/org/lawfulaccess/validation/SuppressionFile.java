/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.lawfulaccess.validation.internal.Messages;

/**
 * The side file beside a model ({@code model.lawful.suppressions}) that holds its waivers, in the
 * {@link ValidationConfig} format, as the command line reads it. Waiving and un-waiving rewrite only
 * the lines of that one finding, so comments and the other waivers stay as the team wrote them; the
 * file is replaced atomically.
 */
public final class SuppressionFile {

    private static final String PREFIX = "suppress."; //$NON-NLS-1$

    private SuppressionFile() {
    }

    /** @param model a model file @return its side file, which need not exist */
    public static Path of(Path model) {
        return model.resolveSibling(model.getFileName() + ValidationConfig.SUPPRESSIONS_SUFFIX);
    }

    /**
     * @param model a model file
     * @return the waivers of its side file; {@link ValidationConfig#DEFAULTS} when there is none
     * @throws ConfigException naming the side file and line of every problem
     */
    public static ValidationConfig read(Path model) throws ConfigException {
        Path file = of(model);
        return Files.isRegularFile(file) ? ValidationConfig.read(file) : ValidationConfig.DEFAULTS;
    }

    /**
     * Writes a waiver, replacing an earlier one of the same finding.
     *
     * @param model a model file
     * @param waiver the waiver; line breaks in its justification become spaces
     * @throws ConfigException if the side file cannot be read or written
     */
    public static void waive(Path model, Suppression waiver) throws ConfigException {
        List<String> lines = without(model, waiver.fingerprint());
        lines.add(lines(waiver).stripTrailing());
        write(model, lines);
    }

    /**
     * Removes the waiver of a finding, if there is one.
     *
     * @param model a model file
     * @param fingerprint the finding's fingerprint
     * @throws ConfigException if the side file cannot be read or written
     */
    public static void unwaive(Path model, String fingerprint) throws ConfigException {
        if (Files.isRegularFile(of(model))) {
            write(model, without(model, fingerprint));
        }
    }

    /** @return the three lines of a waiver, each ending with a line break */
    static String lines(Suppression waiver) {
        String key = PREFIX + waiver.fingerprint();
        return key + ".justification = " + waiver.justification().replaceAll("\\s*\\R\\s*", " ").strip() + '\n' //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + key + ".author = " + waiver.author().strip() + '\n' //$NON-NLS-1$
                + key + ".date = " + waiver.date() + '\n'; //$NON-NLS-1$
    }

    private static List<String> without(Path model, String fingerprint) throws ConfigException {
        Path file = of(model);
        List<String> kept = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return kept;
        }
        String key = PREFIX + fingerprint + '.';
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.strip().startsWith(key)) {
                    kept.add(line);
                }
            }
        } catch (IOException e) {
            throw new ConfigException(Messages.format("config.unreadable", file, String.valueOf(e.getMessage())), e); //$NON-NLS-1$
        }
        return kept;
    }

    private static void write(Path model, List<String> lines) throws ConfigException {
        Path file = of(model);
        try {
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp"); //$NON-NLS-1$
            try {
                Files.write(temporary, lines, StandardCharsets.UTF_8);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new ConfigException(Messages.format("config.unwritable", file, String.valueOf(e.getMessage())), e); //$NON-NLS-1$
        }
    }
}
