/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.lawfulaccess.validation.ConfigException;
import org.lawfulaccess.validation.ValidationConfig;
import org.osgi.framework.FrameworkUtil;

/**
 * The workbench's rule configuration: which rules run, their severities and parameters. It lives in
 * a file in the command line's configuration format, so a team can commit the file and pass it to
 * {@code lawful validate --config}; the preferences only remember which file (by default
 * {@code validation.properties} in the workbench's state folder).
 */
public final class ValidationSettings {

    private static final String NODE = "org.lawfulaccess.ui"; //$NON-NLS-1$
    private static final String FILE_KEY = "validation.configFile"; //$NON-NLS-1$
    private static final ListenerList<Runnable> LISTENERS = new ListenerList<>();

    private ValidationSettings() {
    }

    /** @return the configuration file in use; it need not exist (then every rule runs as it declares itself) */
    public static Path file() {
        String chosen = preferences().get(FILE_KEY, ""); //$NON-NLS-1$
        return chosen.isBlank() ? defaultFile() : Path.of(chosen);
    }

    /** @return the file used when none is chosen */
    public static Path defaultFile() {
        return Platform.getStateLocation(FrameworkUtil.getBundle(ValidationSettings.class)).toFile().toPath()
                .resolve("validation.properties"); //$NON-NLS-1$
    }

    /**
     * @return the configuration from {@link #file()}; the defaults when it does not exist, or when it
     *         does not read (the log and the preference page say why, with file and line)
     */
    public static ValidationConfig config() {
        try {
            return read(file());
        } catch (ConfigException e) {
            ILog.of(ValidationSettings.class).error(e.getMessage());
            return ValidationConfig.DEFAULTS;
        }
    }

    /**
     * @param file a configuration file
     * @return its configuration, the defaults if it does not exist
     * @throws ConfigException naming file and line of every problem
     */
    public static ValidationConfig read(Path file) throws ConfigException {
        return Files.isRegularFile(file) ? ValidationConfig.read(file) : ValidationConfig.DEFAULTS;
    }

    /**
     * Writes a configuration atomically, makes its file the one in use and validates open models again.
     *
     * @param file the file
     * @param config the configuration
     * @throws IOException if it cannot be written; the previous file is then intact
     */
    public static void save(Path file, ValidationConfig config) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp"); //$NON-NLS-1$
        try {
            Files.writeString(temporary, config.format(), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        preferences().put(FILE_KEY, file.equals(defaultFile()) ? "" : file.toString()); //$NON-NLS-1$
        for (Runnable listener : LISTENERS) {
            listener.run();
        }
    }

    static void addListener(Runnable listener) {
        LISTENERS.add(listener);
    }

    static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
