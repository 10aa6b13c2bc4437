/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.wizards;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.model.Ecosystem;
import org.osgi.framework.Bundle;

/**
 * The example models of the bundle {@value #BUNDLE} (its folder {@code models/}, the repository's
 * {@code examples/}), read once: their names and descriptions come from the models themselves.
 */
public final class Examples {

    /** The bundle that installs the example models. */
    public static final String BUNDLE = "org.lawfulaccess.examples"; //$NON-NLS-1$

    private static final String FOLDER = "models"; //$NON-NLS-1$

    private Examples() {
    }

    /** @return the installed examples, sorted by file name; empty if the bundle is not installed */
    public static List<Example> installed() {
        return Installed.EXAMPLES;
    }

    /**
     * @param fileName an example's file name
     * @return that example, if installed
     */
    public static Optional<Example> named(String fileName) {
        return installed().stream().filter(e -> e.fileName().equals(fileName)).findFirst();
    }

    private static List<Example> read() {
        Bundle bundle = Platform.getBundle(BUNDLE);
        Enumeration<URL> entries = bundle == null ? null : bundle.findEntries(FOLDER, "*." + LawfulResources.FILE_EXTENSION, false); //$NON-NLS-1$
        if (entries == null) {
            return List.of();
        }
        ModelStore store = LawfulResources.newModelStore();
        List<Example> examples = new ArrayList<>();
        for (URL entry : Collections.list(entries)) {
            try {
                Path file = new File(FileLocator.toFileURL(entry).getPath()).toPath();
                Resource resource = store.load(file);
                store.root(resource).map(Ecosystem.class::cast).ifPresent(ecosystem -> examples.add(new Example(
                        file.getFileName().toString(), ecosystem.getName(), Objects.requireNonNullElse(ecosystem.getDescription(), ""), //$NON-NLS-1$
                        ecosystem.getAsOf(), file)));
                resource.unload();
            } catch (IOException e) {
                ILog.of(Examples.class).error(e.getMessage(), e);
            }
        }
        examples.sort(Comparator.comparing(Example::fileName));
        return List.copyOf(examples);
    }

    /** Read on first use, so that neither start-up nor a menu pays for it more than once. */
    private static final class Installed {
        static final List<Example> EXAMPLES = read();
    }
}
