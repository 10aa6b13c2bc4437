/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.quickfix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.ui.PlatformUI;
import org.lawfulaccess.ui.QuickFix;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.RuleDiscoveryException;

/**
 * The quick fixes contributed to {@code org.lawfulaccess.ui.quickFixes}, by rule id, read once (a
 * workbench service, created on first use). Each contribution's rule id is checked against the
 * rule catalogue: a fix for a rule that does not exist is skipped with one log line naming the
 * contributing bundle, the class and the id, so a renamed rule cannot leave dead fixes behind.
 */
public final class QuickFixes {

    /** The extension point's id. */
    public static final String POINT = "org.lawfulaccess.ui.quickFixes"; //$NON-NLS-1$

    private static final String BUNDLE = "org.lawfulaccess.ui"; //$NON-NLS-1$

    /**
     * A fix with its rule and who contributed it.
     *
     * @param rule the rule id
     * @param fix the fix
     * @param contributor the contributing bundle
     */
    public record Entry(String rule, QuickFix fix, String contributor) {
    }

    private final Map<String, List<Entry>> byRule = new LinkedHashMap<>();

    /**
     * Reads the contributions.
     *
     * @param registry the extension registry
     * @param rules the ids of the rule catalogue
     * @param log where skipped contributions are reported
     */
    public QuickFixes(IExtensionRegistry registry, Set<String> rules, ILog log) {
        for (IConfigurationElement element : registry.getConfigurationElementsFor(POINT)) {
            String rule = element.getAttribute("rule"); //$NON-NLS-1$
            String type = element.getAttribute("class"); //$NON-NLS-1$
            // A fragment contributes in its host's name; the log names the fragment, which is what to fix.
            String contributor = element.getContributor() instanceof RegistryContributor registered ? registered.getActualName()
                    : element.getContributor().getName();
            if (!rules.contains(rule)) {
                log.log(new Status(IStatus.WARNING, BUNDLE, QuickFixMessages.bind(QuickFixMessages.unknownRule, contributor, type, rule)));
                continue;
            }
            try {
                if (element.createExecutableExtension("class") instanceof QuickFix fix) { //$NON-NLS-1$
                    byRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(new Entry(rule, fix, contributor));
                } else {
                    log.log(new Status(IStatus.WARNING, BUNDLE, QuickFixMessages.bind(QuickFixMessages.notAFix, contributor, type, rule)));
                }
            } catch (CoreException e) {
                log.log(new Status(IStatus.WARNING, BUNDLE, QuickFixMessages.bind(QuickFixMessages.cannotCreate, new Object[] {
                        contributor, type, rule, e.getMessage() }), e));
            }
        }
    }

    /** @return the workbench's instance */
    public static QuickFixes get() {
        return PlatformUI.getWorkbench().getService(QuickFixes.class);
    }

    /** @param rules the catalogue @return its rule ids */
    static Set<String> ids(RuleCatalogue rules) {
        return rules.entries().stream().map(e -> e.descriptor().id()).collect(Collectors.toSet());
    }

    /** @return the catalogue's rule ids; if the catalogue fails, validation reports it and no fix is offered */
    static Set<String> catalogueIds(ILog log) {
        try {
            return ids(RuleCatalogue.discover());
        } catch (RuleDiscoveryException e) {
            log.log(new Status(IStatus.ERROR, BUNDLE, e.getMessage(), e));
            return Set.of();
        }
    }

    /**
     * @param rule a rule id
     * @return the fixes for its findings, in contribution order
     */
    public List<Entry> forRule(String rule) {
        return byRule.getOrDefault(rule, List.of());
    }

    /** @return whether some fix is contributed for the rule */
    public boolean hasFixes(String rule) {
        return byRule.containsKey(rule);
    }
}
