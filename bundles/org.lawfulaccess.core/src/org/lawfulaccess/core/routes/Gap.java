package org.lawfulaccess.core.routes;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;

/**
 * Something that blocks or weakens a route, with the model elements it rests on so that a rule
 * can cite their sources. A value: equality ignores the message, which is derived from the rest
 * and formatted only when asked for (an analysis of a large model creates many gaps that nobody
 * reads as text). It is formatted again on every request rather than kept, so that it names the
 * elements as they are called now: an analysis outlives renames, which do not change routes.
 */
public final class Gap {

    private final GapKind kind;
    private final GapSeverity severity;
    private final int stepIndex;
    private final List<EObject> evidence;
    private final Supplier<String> text;

    /**
     * @param kind what is wrong
     * @param severity how much it matters to the route
     * @param stepIndex the zero-based step it concerns, or {@code -1} for the route or scenario as a whole
     * @param message a readable explanation naming the elements involved, computed on each use
     * @param evidence the facts and elements the gap rests on, most specific first
     */
    public Gap(GapKind kind, GapSeverity severity, int stepIndex, Supplier<String> message, List<? extends EObject> evidence) {
        this.kind = Objects.requireNonNull(kind);
        this.severity = Objects.requireNonNull(severity);
        this.stepIndex = stepIndex;
        this.text = Objects.requireNonNull(message);
        this.evidence = List.copyOf(evidence);
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

    /** @return a readable explanation naming the elements involved */
    public String message() {
        return text.get();
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
        return severity + " " + kind + ": " + message(); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
