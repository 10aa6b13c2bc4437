package org.lawfulaccess.core.routes;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.core.internal.routes.RouteMessages;

/**
 * Something that blocks or weakens a route, with the model elements it rests on so that a rule
 * can cite their sources. A value: equality ignores the message, which is derived from the rest.
 * The message is kept as a pattern and its arguments, model elements among them, and formatted only
 * when asked for (an analysis of a large model creates many gaps that nobody reads as text), each
 * time with the labels the caller gives: an analysis outlives renames, which do not change routes, so
 * a text kept from an earlier request could name elements by their old names. A caller that keeps
 * the text (a validation rule's finding) labels the elements through what records their use.
 */
public final class Gap {

    private final GapKind kind;
    private final GapSeverity severity;
    private final int stepIndex;
    private final List<EObject> evidence;
    private final String messageKey;
    private final Object[] arguments;

    /**
     * @param kind what is wrong
     * @param severity how much it matters to the route
     * @param stepIndex the zero-based step it concerns, or {@code -1} for the route or scenario as a whole
     * @param evidence the facts and elements the gap rests on, most specific first
     * @param messageKey the key of the explanation in the route analysis's messages
     * @param arguments the explanation's arguments: model elements (named by their labels when
     *        formatted), durations, dates, numbers
     */
    public Gap(GapKind kind, GapSeverity severity, int stepIndex, List<? extends EObject> evidence, String messageKey,
            Object... arguments) {
        this.kind = Objects.requireNonNull(kind);
        this.severity = Objects.requireNonNull(severity);
        this.stepIndex = stepIndex;
        this.evidence = List.copyOf(evidence);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.arguments = arguments.clone();
    }

    /** @return what is wrong */
    public GapKind kind() {
        return kind;
    }

    /** @return how much it matters to the route */
    public GapSeverity severity() {
        return severity;
    }

    /** @return the zero-based step it concerns, or {@code -1} for the route or scenario as a whole */
    public int stepIndex() {
        return stepIndex;
    }

    /** @return the facts and elements the gap rests on, most specific first; never null */
    public List<EObject> evidence() {
        return evidence;
    }

    /**
     * @param label how to name the model elements among the arguments, e.g. {@link Labels#text}
     * @return a readable explanation naming the elements involved
     */
    public String message(Function<? super EObject, String> label) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof EObject element) {
                shown[i] = label.apply(element);
            } else if (shown[i] == null) {
                shown[i] = Labels.text(null);
            }
        }
        return RouteMessages.format(messageKey, shown);
    }

    /** @return whether the gap makes its route unavailable */
    public boolean isBlocking() {
        return severity == GapSeverity.BLOCKING;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Gap g && kind == g.kind && severity == g.severity && stepIndex == g.stepIndex
                && evidence.equals(g.evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, severity, stepIndex, evidence);
    }

    @Override
    public String toString() {
        return severity + " " + kind + ": " + message(Labels::text); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
