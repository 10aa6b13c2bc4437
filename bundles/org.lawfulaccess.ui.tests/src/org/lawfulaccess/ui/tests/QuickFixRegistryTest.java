/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.ui.internal.quickfix.QuickFixes;
import org.lawfulaccess.validation.RuleCatalogue;
import org.osgi.framework.Bundle;

/**
 * The quick fixes' registry: every built-in fix is keyed by a rule of the catalogue, and a fix for a
 * rule that does not exist (this bundle contributes one, in fragment.xml) is skipped with one log
 * line naming the bundle, the class and the id.
 */
class QuickFixRegistryTest {

    @Test
    void aFixForAnUnknownRuleIsSkippedWithOneLogLine() {
        List<IStatus> logged = new ArrayList<>();
        Set<String> rules = RuleCatalogue.discover().entries().stream().map(e -> e.descriptor().id()).collect(java.util.stream.Collectors.toSet());
        QuickFixes fixes = new QuickFixes(Platform.getExtensionRegistry(), rules, capturing(logged));

        assertEquals(1, logged.size(), logged.toString());
        IStatus line = logged.get(0);
        assertEquals(IStatus.WARNING, line.getSeverity());
        assertEquals("Quick fix org.lawfulaccess.ui.tests.DeadRuleFix from bundle org.lawfulaccess.ui.tests is skipped: it is contributed"
                + " for rule LA-GONE-99, which is not in the rule catalogue", line.getMessage());
        assertEquals(List.of(), fixes.forRule("LA-GONE-99"));
        assertEquals(List.of(), QuickFixes.get().forRule("LA-GONE-99"), "the workbench's registry skipped it too");
    }

    @Test
    void theBuiltInFixesCoverTheirRules() {
        QuickFixes fixes = QuickFixes.get();
        for (String rule : List.of("LA-SPOC-01", "LA-SPOC-02", "LA-PROV-01", "LA-PROV-02", "LA-INT-01", "LA-SEC-01", "LA-TIME-01")) {
            assertTrue(fixes.hasFixes(rule), rule);
            fixes.forRule(rule).forEach(e -> assertEquals("org.lawfulaccess.ui", e.contributor(), e.toString()));
        }
        assertEquals(List.of("Cite the source of its owner", "Cite a new source"),
                fixes.forRule("LA-PROV-01").stream().map(e -> e.fix().label()).toList());
    }

    private static ILog capturing(List<IStatus> into) {
        return new ILog() {
            @Override
            public void log(IStatus status) {
                into.add(status);
            }

            @Override
            public Bundle getBundle() {
                return null;
            }

            @Override
            public void addLogListener(ILogListener listener) {
                // not needed
            }

            @Override
            public void removeLogListener(ILogListener listener) {
                // not needed
            }
        };
    }
}
