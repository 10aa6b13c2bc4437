/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.model.Citation;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.model.Sourced;
import org.lawfulaccess.validation.Analysis;
import org.lawfulaccess.validation.Evidence;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.FindingBuilder;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleContext;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.Severity;
import org.lawfulaccess.validation.ValidationConfig;

/**
 * The context of one run. The engine points it at the rule being evaluated before each check, so
 * one instance (and one cache of shared analyses) serves the whole run.
 */
public final class RunContext implements RuleContext {

    private static final System.Logger LOG = System.getLogger(RunContext.class.getName());

    private final Ecosystem ecosystem;
    private final LocalDate date;
    private final ValidationConfig config;
    private final Map<Analysis<?>, Object> shared = new HashMap<>();
    /**
     * The positions of the elements of containing lists that paths of findings needed, indexed in
     * one pass per list; forgotten at every invalidation, since an edit can move elements.
     */
    private final Map<List<?>, Map<Object, Integer>> positions = new IdentityHashMap<>();
    /**
     * The labels and paths of elements named in findings (paths of their containers too), and the
     * evidence of cited elements: thousands of findings name the same providers, scenarios and
     * provisions. Forgotten at every invalidation, with the positions, since an edit can rename or
     * move elements.
     */
    private final Map<EObject, String> labels = new IdentityHashMap<>();
    /** What each label reads, for the footprint of the check that used it. */
    private final Map<EObject, List<EObject>> labelReads = new IdentityHashMap<>();
    private final Map<EObject, String> paths = new IdentityHashMap<>();
    private final Map<EObject, Evidence> citedEvidence = new IdentityHashMap<>();
    private RuleDescriptor rule;
    private Consumer<Finding> sink = finding -> {
    };
    /**
     * Where the current check's dependencies (shared analyses, or {@link Part}s of them) and
     * labelled or cited elements go, if recorded.
     */
    private Set<Object> used;
    private Set<EObject> cited;
    /** The analysis being computed or updated, if any: what it asks for is its own dependency, not the check's. */
    private Analysis<?> computing;
    /** For each analysis, those computed from it: an edit that affects it affects them too. */
    private final Map<Analysis<?>, Set<Analysis<?>>> dependents = new HashMap<>();
    /** During {@link #invalidate(Notification)}: the results from before the edit not yet brought up to date. */
    private final Map<Analysis<?>, Object> stale = new HashMap<>();
    private Notification edit;
    private Invalidation invalidation;

    /**
     * A part of a shared analysis that a check read (see {@link RuleContext#shared(Analysis, Object)}).
     *
     * @param analysis the analysis
     * @param part the part
     */
    public record Part(Analysis<?> analysis, Object part) {
    }

    /**
     * What an edit did to the shared analyses.
     *
     * @param recomputed the analyses forgotten, to be computed again on next use
     * @param changedParts the analyses brought up to date, with the parts that changed
     */
    public record Invalidation(Set<Analysis<?>> recomputed, Map<Analysis<?>, Set<?>> changedParts) {
    }

    /**
     * @param ecosystem the root, or null
     * @param date the validation date
     * @param config the configuration (severities, parameters, suppressions)
     */
    public RunContext(Ecosystem ecosystem, LocalDate date, ValidationConfig config) {
        this.ecosystem = ecosystem;
        this.date = Objects.requireNonNull(date, "date"); //$NON-NLS-1$
        this.config = config;
    }

    /**
     * Points the context at a rule; findings go to the sink until the next call.
     *
     * @param descriptor the rule about to be checked
     * @param findings where its findings go
     */
    public void enter(RuleDescriptor descriptor, Consumer<Finding> findings) {
        this.rule = descriptor;
        this.sink = findings;
    }

    /**
     * Checks one target with one rule, its findings going to the sink. A failing rule becomes an
     * error finding on the target rather than ending the run, since one broken in-house rule must not
     * hide the catalogue's findings. The finding says that the rule, not the model, is at fault; the
     * exception goes to the log, never into the finding, whose text analysts and reports read.
     *
     * @param check the rule
     * @param target the target
     * @param findings where its findings go
     */
    public void check(Rule check, EObject target, Consumer<Finding> findings) {
        enter(check.descriptor(), findings);
        try {
            check.check(target, this);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "Rule " + check.descriptor().id() + " failed on " + Elements.id(target), e); //$NON-NLS-1$ //$NON-NLS-2$
            finding(target).severity(Severity.ERROR).discriminator("failure") //$NON-NLS-1$
                    .message(Messages.format("rule.failed", check.descriptor().id(), label(target))) //$NON-NLS-1$
                    .report();
        }
    }

    /**
     * Records, until called again, which shared analyses the checks ask for and which elements they
     * label or cite as evidence; an incremental validation re-runs a check when one of them changes.
     *
     * @param analyses where the analyses and {@link Part}s go, or null to stop recording them
     * @param elements where the elements go, or null to stop recording them
     */
    public void record(Set<Object> analyses, Set<EObject> elements) {
        this.used = analyses;
        this.cited = elements;
    }

    /** Forgets shared analyses, after the model changed. */
    public void invalidate() {
        shared.clear();
        forgetTexts();
    }

    private void forgetTexts() {
        positions.clear();
        labels.clear();
        labelReads.clear();
        paths.clear();
        citedEvidence.clear();
    }

    /**
     * Brings the shared analyses up to date after an edit: those it cannot change are kept, those
     * that can update themselves do (each after the analyses it was computed from), the others are
     * forgotten and computed again on next use.
     *
     * @param notification the edit
     * @return what happened to the analyses
     */
    public Invalidation invalidate(Notification notification) {
        forgetTexts();
        Set<Analysis<?>> affected = new LinkedHashSet<>();
        for (Analysis<?> analysis : shared.keySet()) {
            if (analysis.affectedBy(notification)) {
                addWithDependents(affected, analysis);
            }
        }
        invalidation = new Invalidation(new HashSet<>(), new HashMap<>());
        edit = notification;
        for (Analysis<?> analysis : affected) {
            Object previous = shared.remove(analysis);
            if (previous != null) {
                stale.put(analysis, previous);
            }
        }
        try {
            for (Analysis<?> analysis : affected) {
                refresh(analysis);
            }
            return invalidation;
        } finally {
            stale.clear();
            edit = null;
            invalidation = null;
        }
    }

    private void addWithDependents(Set<Analysis<?>> into, Analysis<?> analysis) {
        if (into.add(analysis)) {
            dependents.getOrDefault(analysis, Set.of()).forEach(d -> addWithDependents(into, d));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void refresh(Analysis analysis) {
        Object previous = stale.remove(analysis);
        if (previous == null) {
            return; // already brought up to date, as a dependency of another
        }
        Analysis.Updated<?> updated = (Analysis.Updated<?>) inside(analysis, () -> analysis.update(previous, edit, this));
        if (updated == null) {
            invalidation.recomputed().add(analysis);
        } else {
            shared.put(analysis, updated.result());
            invalidation.changedParts().put(analysis, updated.changedParts());
        }
    }

    /** Runs an analysis's computation with its requests recorded as its dependencies. */
    private Object inside(Analysis<?> analysis, java.util.function.Supplier<?> computation) {
        Analysis<?> outer = computing;
        computing = analysis;
        try {
            return computation.get();
        } finally {
            computing = outer;
        }
    }

    @Override
    public Ecosystem ecosystem() {
        return ecosystem;
    }

    @Override
    public LocalDate date() {
        return date;
    }

    @Override
    public String ruleId() {
        return rule.id();
    }

    @Override
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(config.parameters(rule.id()).get(name));
    }

    @Override
    public <T> T shared(Analysis<T> analysis) {
        return resultOf(analysis, analysis);
    }

    @Override
    public <T> T shared(Analysis<T> analysis, Object part) {
        return resultOf(analysis, used == null ? null : new Part(analysis, part));
    }

    /**
     * @param dependency what the current check depends on, if recorded: the analysis, or a {@link Part} of it
     */
    @SuppressWarnings("unchecked")
    private <T> T resultOf(Analysis<T> analysis, Object dependency) {
        if (computing != null) {
            dependents.computeIfAbsent(analysis, a -> new HashSet<>()).add(computing);
        } else if (used != null) {
            used.add(dependency);
        }
        if (stale.containsKey(analysis)) {
            refresh(analysis);
        }
        // Not computeIfAbsent: an analysis may itself use other shared analyses.
        Object result = shared.get(analysis);
        if (result == null) {
            result = inside(analysis, () -> analysis.compute(this));
            shared.put(analysis, result);
        }
        return (T) result;
    }

    @Override
    public void reads(EObject element) {
        if (cited != null && element != null) {
            cited.add(element);
        }
    }

    @Override
    public String label(EObject element) {
        recordLabelled(element);
        return labels.computeIfAbsent(element, Labels::reference);
    }

    /**
     * Records an element whose label a check used, with what the label reads: the element, the elements
     * it refers to (a service's provider) and its container (a provision's instrument), unless that is the
     * root, whose label no other label reads and whose contents are the whole model. An edit of any of
     * them then checks the pair again, so a finding's text never names an element by an old label.
     */
    private void recordLabelled(EObject element) {
        if (cited != null && element != null) {
            cited.addAll(labelReads.computeIfAbsent(element, RunContext::labelReads));
        }
    }

    private static List<EObject> labelReads(EObject element) {
        List<EObject> reads = new ArrayList<>();
        reads.add(element);
        EObject container = element.eContainer();
        if (container != null && container.eContainer() != null) {
            reads.add(container);
        }
        element.eCrossReferences().forEach(reads::add);
        return reads;
    }

    @Override
    public Finding report(String message, EObject... elements) {
        return finding(elements).message(message).report();
    }

    @Override
    public FindingBuilder finding(EObject... elements) {
        return new Builder(rule, Arrays.asList(elements));
    }

    /** @return the fingerprint a finding of the current rule would have, for tests and tools */
    Finding create(RuleDescriptor descriptor, List<EObject> elements, String message, String discriminator,
            Severity own, List<Evidence> evidence) {
        List<String> ids = elements.stream().map(Elements::id).toList();
        String fingerprint = Elements.fingerprint(descriptor.id(), ids, discriminator);
        Severity severity = config.severity(descriptor.id()).orElse(own != null ? own : descriptor.defaultSeverity());
        List<String> elementPaths = elements.stream().map(this::path).toList();
        return new Finding(descriptor.id(), severity, message, elements, ids, elementPaths, evidence, fingerprint,
                config.suppression(fingerprint).orElse(null), Finding.BaselineState.NONE);
    }

    /**
     * @param finding a finding of an earlier check
     * @return the finding with the paths its elements have now, itself if they are unchanged
     */
    public Finding withCurrentPaths(Finding finding) {
        List<String> current = finding.elements().stream().map(this::path).toList();
        return current.equals(finding.elementPaths()) ? finding : finding.withPaths(current);
    }

    private String path(EObject element) {
        String path = paths.get(element);
        if (path == null) {
            EObject container = element.eContainer();
            String segment = Elements.segment(element, this::position);
            path = container == null ? segment : path(container) + '/' + segment;
            paths.put(element, path);
        }
        return path;
    }

    /** The index of an element in a list containing it, as {@link List#indexOf} (the first occurrence). */
    private int position(List<?> list, EObject element) {
        if (list.size() < 16) {
            return list.indexOf(element);
        }
        Map<Object, Integer> index = positions.computeIfAbsent(list, l -> {
            Map<Object, Integer> map = new java.util.IdentityHashMap<>(l.size() * 2);
            for (int i = l.size() - 1; i >= 0; i--) {
                map.put(l.get(i), i);
            }
            return map;
        });
        Integer at = index.get(element);
        return at == null ? list.indexOf(element) : at;
    }

    static Evidence evidenceOf(EObject element) {
        List<Evidence.Quote> quotes = new ArrayList<>();
        if (element instanceof Sourced sourced) {
            for (Citation citation : sourced.getCitations()) {
                Source source = citation.getSource();
                quotes.add(new Evidence.Quote(nonNull(citation.getQuote()), source == null ? "" : sourceTitle(source), //$NON-NLS-1$
                        source == null || source.getKind() == null ? "" : source.getKind().getLiteral(), //$NON-NLS-1$
                        nonNull(citation.getLocator()), source == null ? "" : nonNull(source.getUrl()))); //$NON-NLS-1$
            }
        }
        String statement = Labels.reference(element);
        return new Evidence(element instanceof Fact fact ? Labels.withValidity(statement, fact) : statement, Elements.id(element), quotes);
    }

    private static String sourceTitle(Source source) {
        String title = source.getTitle() != null ? source.getTitle() : nonNull(source.getName());
        return source.getIssuer() == null ? title : source.getIssuer() + ", " + title; //$NON-NLS-1$
    }

    private static String nonNull(String text) {
        return text == null ? "" : text; //$NON-NLS-1$
    }

    private final class Builder implements FindingBuilder {
        private final RuleDescriptor descriptor;
        private final List<EObject> elements;
        private final List<Evidence> evidence = new ArrayList<>();
        private String message = ""; //$NON-NLS-1$
        private String discriminator = ""; //$NON-NLS-1$
        private Severity severity;

        Builder(RuleDescriptor descriptor, List<EObject> elements) {
            this.descriptor = descriptor;
            this.elements = List.copyOf(elements);
        }

        @Override
        public FindingBuilder message(String text) {
            this.message = text;
            return this;
        }

        @Override
        public FindingBuilder discriminator(String value) {
            this.discriminator = value;
            return this;
        }

        @Override
        public FindingBuilder severity(Severity value) {
            this.severity = value;
            return this;
        }

        @Override
        public FindingBuilder evidence(EObject fact) {
            // The statement is the fact's label; the quotes show its citations' sources, which the
            // fact refers to (through the citations it contains) rather than contains.
            recordLabelled(fact);
            if (cited != null && fact instanceof Sourced sourced) {
                sourced.getCitations().forEach(c -> recordLabelled(c.getSource()));
            }
            evidence.add(citedEvidence.computeIfAbsent(fact, RunContext::evidenceOf));
            return this;
        }

        @Override
        public FindingBuilder evidence(String statement) {
            evidence.add(new Evidence(statement, null, List.of()));
            return this;
        }

        @Override
        public Finding report() {
            Finding finding = create(descriptor, elements, message, discriminator, severity, evidence);
            sink.accept(finding);
            return finding;
        }
    }
}
