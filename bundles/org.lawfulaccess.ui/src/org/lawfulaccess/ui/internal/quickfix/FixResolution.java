/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.quickfix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;
import org.lawfulaccess.ui.ModelDocument;
import org.lawfulaccess.ui.QuickFix;
import org.lawfulaccess.ui.internal.validation.LiveValidation;
import org.lawfulaccess.validation.Finding;

/**
 * One contributed fix offered on finding markers. Applied to several markers of its rule at once
 * (the Problems view's Quick Fix dialog lists the others it can fix), it runs one command per model
 * for all of them, so one Undo takes it back.
 */
final class FixResolution extends WorkbenchMarkerResolution {

    private final QuickFixes.Entry entry;
    private final IMarker original;

    FixResolution(QuickFixes.Entry entry, IMarker original) {
        this.entry = entry;
        this.original = original;
    }

    @Override
    public String getLabel() {
        return entry.fix().label();
    }

    @Override
    public String getDescription() {
        return entry.fix().description();
    }

    @Override
    public Image getImage() {
        return null;
    }

    /** Markers of the same rule, whatever the model, whose current finding this fix can fix. */
    @Override
    public IMarker[] findOtherMarkers(IMarker[] markers) {
        return MarkedFinding.inUi(() -> others(markers));
    }

    private IMarker[] others(IMarker[] markers) {
        List<IMarker> others = new ArrayList<>();
        for (IMarker marker : markers) {
            if (!marker.equals(original) && entry.rule().equals(marker.getAttribute(LiveValidation.RULE, null)) && fixable(marker).isPresent()) {
                others.add(marker);
            }
        }
        return others.toArray(IMarker[]::new);
    }

    private Optional<MarkedFinding> fixable(IMarker marker) {
        return MarkedFinding.of(marker).filter(m -> m.finding().ruleId().equals(entry.rule())
                && entry.fix().canFix(m.finding(), m.context()));
    }

    @Override
    public void run(IMarker marker) {
        run(new IMarker[] { marker }, null);
    }

    @Override
    public void run(IMarker[] markers, IProgressMonitor monitor) {
        if (Display.getCurrent() == null) {
            Display.getDefault().syncExec(() -> run(markers, monitor));
            return;
        }
        apply(entry.fix(), markers);
    }

    /**
     * Fixes the markers' current findings: one command per model, on its command stack.
     *
     * @param fix the fix
     * @param markers finding markers; those whose finding went or that the fix cannot fix are left alone
     */
    static void apply(QuickFix fix, IMarker[] markers) {
        Map<LiveValidation, List<Finding>> byModel = new LinkedHashMap<>();
        for (IMarker marker : markers) {
            MarkedFinding.of(marker).filter(m -> fix.canFix(m.finding(), m.context()))
                    .ifPresent(m -> byModel.computeIfAbsent(m.validation(), v -> new ArrayList<>()).add(m.finding()));
        }
        byModel.forEach((validation, findings) -> execute(fix, validation.document(), findings));
    }

    /**
     * Runs a fix on findings of one model.
     *
     * @param fix the fix
     * @param document the model
     * @param findings current findings of the model that the fix can fix
     */
    static void execute(QuickFix fix, ModelDocument document, List<Finding> findings) {
        Command command = fix.createCommand(findings, MarkedFinding.contextOf(document));
        if (command != null && command.canExecute()) {
            // The model's live validation re-checks what the command changed as soon as it is on the stack.
            document.editingDomain().getCommandStack().execute(command);
        }
    }
}
