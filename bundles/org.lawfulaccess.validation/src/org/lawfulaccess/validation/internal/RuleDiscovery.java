/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.lawfulaccess.validation.RuleCatalogue.Contribution;
import org.lawfulaccess.validation.RuleDiscoveryException;
import org.lawfulaccess.validation.RuleProvider;

/**
 * Chooses one discovery mechanism per runtime, so that a provider declared both in
 * {@code plugin.xml} and in {@code META-INF/services} is never registered twice.
 */
public final class RuleDiscovery {

    private RuleDiscovery() {
    }

    /** @return the contributions of this runtime */
    public static List<Contribution> contributions() {
        Optional<List<Contribution>> osgi = fromExtensionRegistry();
        return osgi.isPresent() ? osgi.get() : fromServiceLoader(RuleDiscovery.class.getClassLoader());
    }

    /**
     * The OSGi path. The class that touches the registry is loaded only here, so that a plain
     * class path without {@code org.eclipse.core.runtime} never needs it.
     */
    private static Optional<List<Contribution>> fromExtensionRegistry() {
        try {
            return ExtensionRegistryDiscovery.contributions();
        } catch (LinkageError e) {
            // No extension registry on this class path: not OSGi.
            return Optional.empty();
        }
    }

    /**
     * @param loader the class loader whose {@code META-INF/services} entries count
     * @return the providers declared there
     */
    public static List<Contribution> fromServiceLoader(ClassLoader loader) {
        List<Contribution> result = new ArrayList<>();
        try {
            for (ServiceLoader.Provider<RuleProvider> provider : ServiceLoader.load(RuleProvider.class, loader).stream().toList()) {
                result.add(new Contribution(contributor(provider.type()), provider.get()));
            }
        } catch (ServiceConfigurationError e) {
            throw new RuleDiscoveryException(Messages.format("discovery.failed", "?", "META-INF/services", e.getMessage()), e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return result;
    }

    /** The bundle's symbolic name, as inside OSGi, so that both runtimes name contributors alike. */
    private static String contributor(Class<?> type) {
        return CodeLocations.manifestAttribute(type, "Bundle-SymbolicName").orElse(type.getName()); //$NON-NLS-1$
    }
}
