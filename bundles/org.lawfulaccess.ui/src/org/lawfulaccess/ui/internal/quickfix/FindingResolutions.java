/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.quickfix;

import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.lawfulaccess.ui.internal.validation.LiveValidation;

/**
 * Offers the contributed quick fixes on finding markers, in the Problems view (Quick Fix, Ctrl+1):
 * those registered for the marker's rule that can fix its current finding.
 */
public final class FindingResolutions implements IMarkerResolutionGenerator2 {

    /** Cheap: asked for every selected marker before a menu shows, so it reads the rule id only. */
    @Override
    public boolean hasResolutions(IMarker marker) {
        String rule = marker.getAttribute(LiveValidation.RULE, null);
        return rule != null && QuickFixes.get().hasFixes(rule);
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        return MarkedFinding.inUi(() -> resolutions(marker));
    }

    private static IMarkerResolution[] resolutions(IMarker marker) {
        Optional<MarkedFinding> marked = MarkedFinding.of(marker);
        if (marked.isEmpty()) {
            return new IMarkerResolution[0];
        }
        MarkedFinding m = marked.get();
        return QuickFixes.get().forRule(m.finding().ruleId()).stream()
                .filter(e -> e.fix().canFix(m.finding(), m.context()))
                .map(e -> new FixResolution(e, marker)).toArray(IMarkerResolution[]::new);
    }
}
