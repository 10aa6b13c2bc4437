/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

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
import org.lawfulaccess.ui.ModelDocument;
import org.lawfulaccess.validation.ConfigException;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.IncrementalValidation;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.Severity;
import org.lawfulaccess.validation.Suppression;
import org.lawfulaccess.validation.SuppressionFile;
import org.lawfulaccess.validation.ValidationConfig;
import org.lawfulaccess.validation.Validator;

/**
 * Keeps a model's findings and its markers current while it is edited: the project's incremental
 * validation re-checks, after each command, exactly what the command's notifications can affect,
 * and only the markers of findings that appeared or disappeared are created or deleted, in one
 * workspace operation per command. The Problems view shows them; double-clicking one selects the
 * element ({@link #elementOf}).
 * <p>
 * The rules run as the workbench's {@link ValidationSettings} configure them, at the document's
 * {@linkplain ModelDocument#asOf() as-of date}; a change of either validates again. Waivers come
 * from the model's side file ({@link SuppressionFile}), the one the command line reads; a waived
 * finding stays in the Problems view as information, marked as waived.
 * <p>
 * Used from the UI thread, which is the thread that edits the model, except {@link #compute}, which
 * a progress dialog runs in its own thread while the workbench is modal.
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
    /** Marker attribute: true when the finding is waived. */
    public static final String WAIVED = "waived"; //$NON-NLS-1$

    private final ModelDocument document;
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
    private final ModelDocument.Listener documentChanged = this::documentChanged;
    private final Runnable settingsChanged = this::restart;
    private Validator validator;
    private IncrementalValidation incremental;
    private Resource validated;
    private LocalDate validatedAsOf;
    private ValidationConfig waivers = ValidationConfig.DEFAULTS;

    private LiveValidation(ModelDocument document) {
        this.document = document;
    }

    /**
     * Follows a model: call {@link #restart()} (or {@link #compute} then {@link #install}) for its
     * first validation.
     *
     * @param document an open model
     * @return the live validation; {@link #dispose()} it with the editor
     */
    public static LiveValidation follow(ModelDocument document) {
        LiveValidation live = new LiveValidation(document);
        document.editingDomain().getCommandStack().addCommandStackListener(live.afterCommand);
        document.addListener(live.documentChanged);
        ValidationSettings.addListener(live.settingsChanged);
        return live;
    }

    /** Validates everything again, with a progress dialog the user can cancel, replacing every marker of the model. */
    public void restart() {
        ValidationProgress.run(this);
    }

    /**
     * The full run of a (re)validation; safe to run outside the UI thread while the model is not edited.
     *
     * @param cancelled asked now and then
     * @return the validation state, for {@link #install}
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public IncrementalValidation compute(BooleanSupplier cancelled) {
        validator = Validator.of(RuleCatalogue.discover(), ValidationSettings.config());
        return validator.incremental(document.ecosystem(), document.asOf(), cancelled);
    }

    /**
     * Replaces every marker with the findings of a full run and follows the model's edits from here.
     *
     * @param state what {@link #compute} returned
     */
    public void install(IncrementalValidation state) {
        if (validated != null) {
            validated.eAdapters().remove(recorder);
        }
        validated = document.resource();
        validatedAsOf = document.asOf();
        pending.clear();
        incremental = state;
        waivers = readWaivers();
        apply(findings(), new ArrayList<>(markers.keySet()), true);
        validated.eAdapters().add(recorder);
    }

    /** @return whether a first validation has completed (it may have been cancelled) */
    public boolean isValidated() {
        return incremental != null;
    }

    /**
     * @param marker one of this model's finding markers
     * @return its finding, if it is still current
     */
    public Optional<Finding> findingOf(IMarker marker) {
        String fingerprint = marker.getAttribute(FINGERPRINT, ""); //$NON-NLS-1$
        return findings().stream().filter(f -> f.fingerprint().equals(fingerprint)).findFirst();
    }

    /** @return the current findings, waived ones with their waiver */
    public List<Finding> findings() {
        return incremental == null ? List.of() : incremental.findings().stream().map(this::withWaiver).toList();
    }

    /**
     * Waives a finding in the model's side file, or removes its waiver, and updates its marker.
     *
     * @param finding a current finding
     * @param waiver the waiver, or null to remove the finding's waiver
     * @throws ConfigException if the side file cannot be read or written
     */
    public void setWaiver(Finding finding, Suppression waiver) throws ConfigException {
        if (waiver == null) {
            SuppressionFile.unwaive(document.path(), finding.fingerprint());
        } else {
            SuppressionFile.waive(document.path(), waiver);
        }
        waivers = readWaivers();
        refreshSideFile();
        apply(List.of(finding.withSuppression(waiver)), List.of(finding.fingerprint()), false);
    }

    private Finding withWaiver(Finding finding) {
        return waivers.suppression(finding.fingerprint()).map(finding::withSuppression).orElse(finding);
    }

    /** Reads the side file; a broken one is reported with file and line, as a problem on the model. */
    private ValidationConfig readWaivers() {
        try {
            return SuppressionFile.read(document.path());
        } catch (ConfigException e) {
            problem(e.getMessage());
            return ValidationConfig.DEFAULTS;
        }
    }

    private void refreshSideFile() {
        try {
            document.file().getParent().refreshLocal(IResource.DEPTH_ONE, null);
        } catch (CoreException e) {
            // the workspace sees the side file at its next refresh
        }
    }

    private void problem(String message) {
        try {
            IMarker marker = document.file().createMarker(MARKER);
            marker.setAttributes(new String[] { IMarker.MESSAGE, IMarker.SEVERITY },
                    new Object[] { message, IMarker.SEVERITY_ERROR });
        } catch (CoreException e) {
            ILog.of(LiveValidation.class).log(e.getStatus());
        }
    }

    private void documentChanged(ModelDocument changed) {
        if (incremental != null && (changed.resource() != validated || !Objects.equals(changed.asOf(), validatedAsOf))) {
            restart(); // a reload replaced the resource, or the as-of date moved
        }
    }

    private void afterCommand(EventObject event) {
        if (pending.isEmpty() || incremental == null) {
            return;
        }
        List<Notification> edits = new ArrayList<>(pending);
        pending.clear();
        List<Finding> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Notification notification : edits) {
            IncrementalValidation.Update update = incremental.update(notification);
            update.removed().forEach(f -> removed.add(f.fingerprint()));
            update.added().forEach(f -> added.add(withWaiver(f)));
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
        String message = finding.ruleId() + ": " + finding.message(); //$NON-NLS-1$
        Optional<Suppression> waiver = finding.suppressionIfAny();
        attributes.put(IMarker.MESSAGE, waiver.map(w -> ValidationMessages.bind(ValidationMessages.waivedMarker, message,
                w.author(), w.date(), w.justification())).orElse(message));
        attributes.put(IMarker.SEVERITY, waiver.isPresent() ? IMarker.SEVERITY_INFO : severity(finding.severity()));
        attributes.put(IMarker.LOCATION, finding.primaryPath());
        attributes.put(RULE, finding.ruleId());
        attributes.put(FINGERPRINT, finding.fingerprint());
        attributes.put(WAIVED, waiver.isPresent());
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

    /** @return the model this validation follows */
    public ModelDocument document() {
        return document;
    }

    /** Stops following the model and removes its markers. */
    public void dispose() {
        document.editingDomain().getCommandStack().removeCommandStackListener(afterCommand);
        document.removeListener(documentChanged);
        ValidationSettings.removeListener(settingsChanged);
        if (validated != null) {
            validated.eAdapters().remove(recorder);
        }
        try {
            document.file().deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
        } catch (CoreException e) {
            // the file is gone or closed: its markers went with it
        }
        markers.clear();
    }
}
