/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.validation.internal.Elements;

/**
 * One problem a rule found.
 *
 * @param ruleId the rule's id
 * @param severity the effective severity (configured, else the rule's or the finding's own)
 * @param message what is wrong, naming the elements involved
 * @param elements the elements involved, most specific first (the first is the primary location)
 * @param elementIds their XMI ids, in the same order
 * @param elementPaths their paths from the root, e.g. {@code Ecosystem/actors[Example Mail]}
 * @param evidence the facts the finding rests on
 * @param fingerprint a stable hash of rule id, element ids and discriminator: independent of names,
 *        messages and positions, so that CI can compare runs
 * @param suppression the waiver, if the finding is suppressed
 * @param baseline how the finding compares with a baseline
 */
public record Finding(String ruleId, Severity severity, String message, List<EObject> elements, List<String> elementIds,
        List<String> elementPaths, List<Evidence> evidence, String fingerprint, Suppression suppression,
        BaselineState baseline) {

    /** Copies the lists. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId"); //$NON-NLS-1$
        Objects.requireNonNull(severity, "severity"); //$NON-NLS-1$
        Objects.requireNonNull(message, "message"); //$NON-NLS-1$
        Objects.requireNonNull(fingerprint, "fingerprint"); //$NON-NLS-1$
        Objects.requireNonNull(baseline, "baseline"); //$NON-NLS-1$
        elements = List.copyOf(elements);
        elementIds = List.copyOf(elementIds);
        elementPaths = List.copyOf(elementPaths);
        evidence = List.copyOf(evidence);
    }

    /** How a finding compares with a baseline. */
    public enum BaselineState {
        /** No baseline was given. */
        NONE,
        /** The baseline has no finding with this fingerprint. */
        NEW,
        /** The baseline has a finding with this fingerprint. */
        UNCHANGED
    }

    /**
     * The fingerprint a finding of a rule on these elements with this discriminator has. A rule may
     * report several findings on one element (LA-INT-01: each dangling reference, the latency, the
     * validity); a tool that acts on one of them (a quick fix) tells them apart by recomputing the
     * fingerprint of each candidate.
     *
     * @param ruleId the rule id
     * @param elements the finding's elements, in the rule's order
     * @param discriminator the rule's discriminator, possibly empty
     * @return the fingerprint, as {@link #fingerprint()} gives it
     */
    public static String fingerprint(String ruleId, List<? extends EObject> elements, String discriminator) {
        return Elements.fingerprint(ruleId,
                elements.stream().map(Elements::id).toList(), discriminator);
    }

    /**
     * @param element an element
     * @return the id findings use for it in {@link #elementIds()} and in discriminators: its XMI id,
     *         else its proxy's address, else a stand-in stable within the run
     */
    public static String elementId(EObject element) {
        return Elements.id(element);
    }

    /** @return whether the finding is waived */
    public boolean isSuppressed() {
        return suppression != null;
    }

    /** @return the waiver, if any */
    public Optional<Suppression> suppressionIfAny() {
        return Optional.ofNullable(suppression);
    }

    /** @return the primary element, if any */
    public Optional<EObject> primaryElement() {
        return elements.stream().findFirst();
    }

    /** @return the path of the primary element, or the empty string */
    public String primaryPath() {
        return elementPaths.isEmpty() ? "" : elementPaths.get(0); //$NON-NLS-1$
    }

    /** @param paths the elements' paths after an edit moved or renamed them @return this finding with those paths */
    public Finding withPaths(List<String> paths) {
        return new Finding(ruleId, severity, message, elements, elementIds, paths, evidence, fingerprint, suppression, baseline);
    }

    /** @param waiver the waiver, or null for none @return this finding, suppressed by it or not suppressed */
    public Finding withSuppression(Suppression waiver) {
        return new Finding(ruleId, severity, message, elements, elementIds, elementPaths, evidence, fingerprint, waiver, baseline);
    }

    /** @param state the comparison with a baseline @return this finding with that state */
    public Finding withBaseline(BaselineState state) {
        return new Finding(ruleId, severity, message, elements, elementIds, elementPaths, evidence, fingerprint, suppression, state);
    }
}
