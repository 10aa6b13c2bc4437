/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.validation;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.IncrementalValidation;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.Severity;
import org.lawfulaccess.validation.ValidationConfig;
import org.lawfulaccess.validation.Validator;
import org.lawfulaccess.ui.ModelDocument;

/**
 * Keeps a model's findings and its markers current while it is edited: the project's incremental
 * validation re-checks, after each command, exactly what the command's notifications can affect,
 * and only the markers of findings that appeared or disappeared are created or deleted, in one
 * workspace operation per command. The Problems view shows them; double-clicking one selects the
 * element ({@link #elementOf}).
 * <p>
 * Used from the UI thread, which is the thread that edits the model.
 */
public final class LiveValidation {

    /** The marker type of findings (a problem marker, not persisted: findings are computed, never stored). */
    public static final String MARKER = "org.lawfulaccess.ui.finding"; //$NON-NLS-1$
    /** Marker attribute: the rule id. */
    public static final String RULE = "ruleId"; //$NON-NLS-1$
    /** Marker attribute: the finding's fingerprint, to find the finding (and its evidence) again. */
    public static final String FINGERPRINT = "fingerprint"; //$NON-NLS-1$
    /** Marker attribute: the URI fragment of the primary element. */
    public static final String ELEMENT = "element"; //$NON-NLS-1$

    private final ModelDocument document;
    private final Validator validator;
    private final List<Notification> pending = new ArrayList<>();
    private final Map<String, IMarker> markers = new HashMap<>();
    private final EContentAdapter recorder = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                pending.add(notification);
            }
        }
    };
    private final CommandStackListener afterCommand = this::afterCommand;
    /** A reload replaces the resource: everything is validated again. */
    private final ModelDocument.Listener reloaded = d -> {
        if (d.resource() != this.validated) {
            restart();
        }
    };
    private IncrementalValidation incremental;
    private Resource validated;

    private LiveValidation(ModelDocument document) {
        this.document = document;
        this.validator = Validator.of(RuleCatalogue.discover(), ValidationConfig.DEFAULTS);
    }

    /**
     * Validates the model in full, creates its markers and follows its edits.
     *
     * @param document an open model
     * @return the live validation; {@link #dispose()} it with the editor
     */
    public static LiveValidation start(ModelDocument document) {
        LiveValidation live = new LiveValidation(document);
        live.restart();
        document.editingDomain().getCommandStack().addCommandStackListener(live.afterCommand);
        document.addListener(live.reloaded);
        return live;
    }

    /** Validates everything again (Validate, a reload), replacing every marker of the model. */
    public void restart() {
        if (validated != null) {
            validated.eAdapters().remove(recorder);
        }
        validated = document.resource();
        pending.clear();
        incremental = validator.incremental(document.ecosystem(), null);
        List<Finding> all = incremental.findings();
        apply(all, new ArrayList<>(markers.keySet()), true);
        document.resource().eAdapters().add(recorder);
    }

    /**
     * @param marker one of this model's finding markers
     * @return its finding, if it is still current
     */
    public Optional<Finding> findingOf(IMarker marker) {
        String fingerprint = marker.getAttribute(FINGERPRINT, ""); //$NON-NLS-1$
        return incremental.findings().stream().filter(f -> f.fingerprint().equals(fingerprint)).findFirst();
    }

    /** @return the current findings */
    public List<Finding> findings() {
        return incremental.findings();
    }

    private void afterCommand(EventObject event) {
        if (pending.isEmpty()) {
            return;
        }
        List<Notification> edits = new ArrayList<>(pending);
        pending.clear();
        List<Finding> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Notification notification : edits) {
            IncrementalValidation.Update update = incremental.update(notification);
            update.removed().forEach(f -> removed.add(f.fingerprint()));
            added.addAll(update.added());
        }
        apply(added, removed, false);
    }

    /** Deletes and creates markers in one workspace operation, so the Problems view refreshes once. */
    private void apply(List<Finding> added, List<String> removed, boolean all) {
        IResource file = document.file();
        try {
            ResourcesPlugin.getWorkspace().run(monitor -> {
                if (all) {
                    file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
                    markers.clear();
                } else {
                    for (String fingerprint : removed) {
                        IMarker marker = markers.remove(fingerprint);
                        if (marker != null) {
                            marker.delete();
                        }
                    }
                }
                for (Finding finding : added) {
                    IMarker previous = markers.remove(finding.fingerprint());
                    if (previous != null) {
                        previous.delete();
                    }
                    markers.put(finding.fingerprint(), create(file, finding));
                }
            }, file, IWorkspace.AVOID_UPDATE, null);
        } catch (CoreException e) {
            ILog.of(LiveValidation.class).log(e.getStatus());
        }
    }

    private static IMarker create(IResource file, Finding finding) throws CoreException {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.MESSAGE, finding.ruleId() + ": " + finding.message()); //$NON-NLS-1$
        attributes.put(IMarker.SEVERITY, severity(finding.severity()));
        attributes.put(IMarker.LOCATION, finding.primaryPath());
        attributes.put(RULE, finding.ruleId());
        attributes.put(FINGERPRINT, finding.fingerprint());
        finding.primaryElement().ifPresent(e -> attributes.put(ELEMENT, e.eResource() == null ? "" : e.eResource().getURIFragment(e))); //$NON-NLS-1$
        return file.createMarker(MARKER, attributes);
    }

    private static int severity(Severity severity) {
        return switch (severity) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }

    /**
     * @param document the model
     * @param marker one of its finding markers
     * @return the element the finding is about, if it still exists
     */
    public static EObject elementOf(ModelDocument document, IMarker marker) {
        String fragment = marker.getAttribute(ELEMENT, null);
        return fragment == null || fragment.isEmpty() ? null : document.resource().getEObject(fragment);
    }

    /** Stops following the model and removes its markers. */
    public void dispose() {
        document.editingDomain().getCommandStack().removeCommandStackListener(afterCommand);
        document.removeListener(reloaded);
        validated.eAdapters().remove(recorder);
        try {
            document.file().deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
        } catch (CoreException e) {
            // the file is gone or closed: its markers went with it
        }
        markers.clear();
    }
}
