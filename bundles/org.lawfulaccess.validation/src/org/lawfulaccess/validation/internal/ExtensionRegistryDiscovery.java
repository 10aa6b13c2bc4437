/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.lawfulaccess.validation.RuleCatalogue.Contribution;
import org.lawfulaccess.validation.RuleDiscoveryException;
import org.lawfulaccess.validation.RuleProvider;

/** Reads the extension point {@code org.lawfulaccess.validation.rules}; used only inside OSGi. */
final class ExtensionRegistryDiscovery {

    static final String POINT = "org.lawfulaccess.validation.rules"; //$NON-NLS-1$

    private ExtensionRegistryDiscovery() {
    }

    /** @return the contributions, or empty if there is no running extension registry */
    static Optional<List<Contribution>> contributions() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return Optional.empty();
        }
        List<Contribution> result = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(POINT)) {
            String contributor = element.getContributor().getName();
            try {
                Object provider = element.createExecutableExtension("class"); //$NON-NLS-1$
                if (!(provider instanceof RuleProvider ruleProvider)) {
                    throw new RuleDiscoveryException(Messages.format("discovery.failed", element.getAttribute("class"), //$NON-NLS-1$ //$NON-NLS-2$
                            contributor, RuleProvider.class.getName()));
                }
                result.add(new Contribution(contributor, ruleProvider));
            } catch (CoreException e) {
                throw new RuleDiscoveryException(Messages.format("discovery.failed", element.getAttribute("class"), //$NON-NLS-1$ //$NON-NLS-2$
                        contributor, e.getMessage()), e);
            }
        }
        return Optional.of(result);
    }
}
