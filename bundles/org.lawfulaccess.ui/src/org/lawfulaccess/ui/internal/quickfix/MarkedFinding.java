/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.lawfulaccess.ui.ModelDocument;
import org.lawfulaccess.ui.QuickFix;
import org.lawfulaccess.ui.internal.editor.ModelEditor;
import org.lawfulaccess.ui.internal.validation.LiveValidation;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.Validator;

/**
 * A finding marker resolved to its current finding in its open model. Markers are looked up again
 * at the moment a fix runs, never kept: after a fix the model has been validated again, and a marker
 * whose finding went is simply no longer resolved.
 *
 * @param validation the model's live validation
 * @param finding the marker's finding as it is now
 */
record MarkedFinding(LiveValidation validation, Finding finding) {

    /**
     * @param marker any marker
     * @return its current finding, if it is a finding marker of an open, validated model and its finding still exists
     */
    static Optional<MarkedFinding> of(IMarker marker) {
        if (Display.getCurrent() == null) {
            return inUi(() -> of(marker));
        }
        if (marker == null || !marker.exists() || !isFinding(marker) || !(marker.getResource() instanceof IFile file)) {
            return Optional.empty();
        }
        return validationOf(file).flatMap(v -> v.findingOf(marker).map(f -> new MarkedFinding(v, f)));
    }

    /**
     * The Problems view asks for resolutions from a busy-cursor thread; models are read in the UI
     * thread, which keeps dispatching events meanwhile.
     *
     * @param work what reads the model
     * @return its result, computed in the UI thread
     */
    static <T> T inUi(Supplier<T> work) {
        if (Display.getCurrent() != null) {
            return work.get();
        }
        List<T> result = new ArrayList<>(1);
        Display.getDefault().syncExec(() -> result.add(work.get()));
        return result.get(0);
    }

    /** @return the live validation of the model open from the file, in any window */
    static Optional<LiveValidation> validationOf(IFile file) {
        FileEditorInput input = new FileEditorInput(file);
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                IEditorPart editor = page.findEditor(input);
                if (editor instanceof ModelEditor model && model.validation() != null && model.validation().isValidated()) {
                    return Optional.of(model.validation());
                }
            }
        }
        return Optional.empty();
    }

    /** @return the fix context of the finding's model */
    QuickFix.Context context() {
        return contextOf(validation.document());
    }

    /** @return the fix context of a model: its domain, root and the date its findings were computed at */
    static QuickFix.Context contextOf(ModelDocument document) {
        return new QuickFix.Context(document.editingDomain(), document.ecosystem(),
                Validator.dateFor(document.asOf(), document.ecosystem()));
    }

    private static boolean isFinding(IMarker marker) {
        try {
            return LiveValidation.MARKER.equals(marker.getType());
        } catch (CoreException e) {
            return false;
        }
    }
}
