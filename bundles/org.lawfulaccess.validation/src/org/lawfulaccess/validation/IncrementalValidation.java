/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.lawfulaccess.validation.internal.RunContext;
import org.lawfulaccess.validation.internal.RunContext.Invalidation;
import org.lawfulaccess.validation.internal.RunContext.Part;
import org.lawfulaccess.validation.internal.TargetIndex;

/**
 * Keeps the findings of one model current while it is edited. After an edit, only the (rule,
 * target) pairs the edit can affect are checked again:
 * <ul>
 * <li>{@link RuleScope#TARGET} rules: pairs whose footprint (the target, the elements it refers to,
 * the elements its findings name) contains a changed element or a container of one, through a
 * reverse index from element to pairs;</li>
 * <li>{@link RuleScope#ELEMENT} rules: likewise, with a footprint without the target's contents, so
 * that editing an element does not re-check its containers;</li>
 * <li>{@link RuleScope#MODEL} rules, after an EMF notification: shared analyses the edit cannot
 * change (see {@link Analysis#affectedBy}) are kept, those that can update themselves do (see
 * {@link Analysis#update}), and a pair is checked again if an analysis it used was computed again,
 * if a part it read ({@link RuleContext#shared(Analysis, Object)}) changed, if the rule
 * {@linkplain RuleDescriptor#reads reads} the class of an edited element, or if the edited element
 * (or a container) is one the check declared it reads or its findings name, label or cite. After an
 * edit given as a list of elements, all their pairs, with all analyses computed again;</li>
 * <li>new elements are checked, removed ones lose their findings.</li>
 * </ul>
 * A finding's text is right by construction: a check names elements only through
 * {@link RuleContext#label} and cites them through {@link FindingBuilder#evidence(EObject)}, which record
 * each labelled element and what its label reads (the elements it refers to, its container) and each
 * cited source into the pair's footprint, so an edit of any of them, a rename included, checks the pair
 * again. Element paths are rendered from the model when the findings are read.
 * Not thread-safe: call it from the thread that edits the model.
 */
public final class IncrementalValidation {

    /**
     * What an update did.
     *
     * @param elementsReevaluated how many distinct targets were checked again
     * @param added findings that appeared
     * @param removed findings that disappeared
     */
    public record Update(int elementsReevaluated, List<Finding> added, List<Finding> removed) {
        /** Copies the lists. */
        public Update {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
    }

    private record Key(Rule rule, EObject target) {
    }

    /** How many elements the first run checks between two looks at the cancellation flag. */
    private static final int CANCEL_CHECK_INTERVAL = 256;

    private final EObject root;
    private final RunContext context;
    private final TargetIndex index;
    private final Map<Key, List<Finding>> findings = new LinkedHashMap<>();
    private final Map<Key, Set<EObject>> footprints = new HashMap<>();
    private final Map<EObject, Set<Key>> reverse = new HashMap<>();
    private final Set<Key> modelScoped = new LinkedHashSet<>();
    private final Set<EObject> seen = new HashSet<>();
    /** The shared analyses (or {@link Part}s of them) each model-scoped pair asked for when last checked. */
    private final Map<Key, Set<Object>> analysesOf = new HashMap<>();
    /**
     * The reverse of {@link #analysesOf}, and the model-scoped pairs of each rule: an edit then
     * finds the pairs it re-runs without testing every model-scoped pair.
     */
    private final Map<Object, Set<Key>> byAnalysis = new HashMap<>();
    private final Map<Rule, Set<Key>> modelScopedOf = new LinkedHashMap<>();

    IncrementalValidation(Validator validator, EObject root, RunContext context, BooleanSupplier cancelled) {
        this.root = root;
        this.context = context;
        this.index = new TargetIndex(validator.rules());
        visit(root);
        int visited = 0;
        for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
            if (++visited % CANCEL_CHECK_INTERVAL == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            visit(it.next());
        }
    }

    /**
     * @return the current findings, sorted by rule id. Their element paths are those of the model as it
     *         is now: an edit elsewhere (a container renamed, an element before them removed from a
     *         list) changes a path without changing the finding.
     */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        findings.values().forEach(found -> found.forEach(f -> all.add(context.withCurrentPaths(f))));
        all.sort(java.util.Comparator.comparing(Finding::ruleId));
        return all;
    }

    /**
     * Re-evaluates after an EMF notification (e.g. from an adapter on the resource).
     *
     * @param notification the notification
     * @return what was re-evaluated and how the findings changed
     */
    public Update update(Notification notification) {
        if (notification.isTouch()) {
            return new Update(0, List.of(), List.of()); // nothing changed, e.g. an adapter was removed
        }
        List<EObject> changed = new ArrayList<>();
        add(changed, notification.getNotifier());
        add(changed, notification.getOldValue());
        add(changed, notification.getNewValue());
        // The elements whose own state changed: the notifier and, for containment (and two-way
        // references, whose other end changes too), the values. A plain reference's values did not
        // change, so model-scoped rules need not look at them.
        List<EObject> edited = new ArrayList<>();
        add(edited, notification.getNotifier());
        if (notification.getFeature() instanceof EReference reference
                && (reference.isContainment() || reference.getEOpposite() != null)) {
            add(edited, notification.getOldValue());
            add(edited, notification.getNewValue());
        }
        Invalidation invalidation = context.invalidate(notification);
        // The classes whose elements changed: the notifier's for a change of its own values; for
        // elements added or removed, theirs and their contents' (not the container's: a rule that
        // reads the ecosystem for its date must not re-run for every element added to it).
        Set<EClass> classes = new HashSet<>();
        boolean containment = notification.getFeature() instanceof EReference reference && reference.isContainment();
        for (EObject element : edited) {
            if (element != notification.getNotifier()) {
                classes.add(element.eClass());
                element.eAllContents().forEachRemaining(e -> classes.add(e.eClass()));
            } else if (!containment) {
                classes.add(element.eClass());
            }
        }
        // The pairs re-run in any case: those that used an analysis computed again or a part of an
        // analysis that changed, and those of rules that read an edited class (decided once per rule).
        Set<Key> rerun = readersOf(invalidation);
        if (!classes.isEmpty()) {
            modelScopedOf.forEach((rule, keys) -> {
                if (classes.stream().anyMatch(rule.descriptor()::reads)) {
                    rerun.addAll(keys);
                }
            });
        }
        return update(changed, edited, rerun);
    }

    /** The model-scoped pairs that read an analysis computed again, or a part of one that changed. */
    private Set<Key> readersOf(Invalidation invalidation) {
        Set<Key> readers = new LinkedHashSet<>();
        if (!invalidation.recomputed().isEmpty()) {
            byAnalysis.forEach((used, keys) -> {
                Object analysis = used instanceof Part part ? part.analysis() : used;
                if (invalidation.recomputed().contains(analysis)) {
                    readers.addAll(keys);
                }
            });
        }
        invalidation.changedParts().forEach((analysis, parts) -> {
            if (!parts.isEmpty()) {
                readers.addAll(byAnalysis.getOrDefault(analysis, Set.of()));
            }
            for (Object part : parts) {
                readers.addAll(byAnalysis.getOrDefault(new Part(analysis, part), Set.of()));
            }
        });
        return readers;
    }

    private static void add(List<EObject> changed, Object value) {
        if (value instanceof EObject element) {
            changed.add(element);
        } else if (value instanceof Collection<?> many) {
            many.forEach(v -> add(changed, v));
        }
    }

    /**
     * Re-evaluates after an edit.
     *
     * @param changed the elements whose features changed, added elements (their contents are
     *        included) and removed elements
     * @return what was re-evaluated and how the findings changed
     */
    public Update update(Collection<? extends EObject> changed) {
        context.invalidate();
        return update(changed, changed, new ArrayList<>(modelScoped));
    }

    /**
     * @param changed the elements whose pairs of target-scoped rules are checked again
     * @param edited the elements whose state changed, for model-scoped rules' findings
     * @param rerun pairs of model-scoped rules to check again in any case
     */
    private Update update(Collection<? extends EObject> changed, Collection<? extends EObject> edited, Collection<Key> rerun) {
        Set<Key> affected = new LinkedHashSet<>();
        Set<EObject> removedTargets = new HashSet<>();
        for (EObject element : changed) {
            boolean inModel = element == root || EcoreUtil.isAncestor(root, element);
            for (EObject e = element; e != null; e = e.eContainer()) {
                for (Key key : reverse.getOrDefault(e, Set.of())) {
                    if (key.rule().descriptor().scope() != RuleScope.MODEL) {
                        affected.add(key);
                    }
                }
                if (inModel) {
                    // Model-scoped rules on a container already checked are decided below.
                    EObject container = e;
                    boolean fresh = e == element || !seen.contains(e);
                    index.rulesFor(e.eClass()).stream()
                            .filter(rule -> fresh || rule.descriptor().scope() == RuleScope.TARGET)
                            .forEach(rule -> affected.add(new Key(rule, container)));
                }
            }
            if (inModel && !seen.contains(element)) {
                for (Iterator<EObject> it = element.eAllContents(); it.hasNext();) {
                    EObject added = it.next();
                    index.rulesFor(added.eClass()).forEach(rule -> affected.add(new Key(rule, added)));
                }
            } else if (!inModel) {
                // Its contents' pairs lose their findings, and pairs that read its contents run again.
                removedTargets.add(element);
                for (Iterator<EObject> it = element.eAllContents(); it.hasNext();) {
                    EObject removed = it.next();
                    removedTargets.add(removed);
                    affected.addAll(reverse.getOrDefault(removed, Set.of()));
                }
            }
        }
        for (EObject element : edited) {
            for (EObject e = element; e != null; e = e.eContainer()) {
                for (Key key : reverse.getOrDefault(e, Set.of())) {
                    if (key.rule().descriptor().scope() == RuleScope.MODEL) {
                        affected.add(key);
                    }
                }
            }
        }
        if (!changed.isEmpty()) {
            affected.addAll(rerun);
        }
        return reevaluate(affected, removedTargets);
    }

    private Update reevaluate(Set<Key> affected, Set<EObject> removedTargets) {
        List<Finding> before = new ArrayList<>();
        List<Finding> after = new ArrayList<>();
        Set<EObject> targets = new HashSet<>();
        for (Key key : affected) {
            before.addAll(forget(key));
            boolean gone = removedTargets.contains(key.target())
                    || (key.target() != root && !EcoreUtil.isAncestor(root, key.target()));
            if (gone) {
                seen.remove(key.target());
            } else {
                targets.add(key.target());
                after.addAll(evaluate(key));
            }
        }
        Set<String> beforeIds = fingerprints(before);
        Set<String> afterIds = fingerprints(after);
        return new Update(targets.size(), after.stream().filter(f -> !beforeIds.contains(f.fingerprint())).toList(),
                before.stream().filter(f -> !afterIds.contains(f.fingerprint())).toList());
    }

    private static Set<String> fingerprints(List<Finding> list) {
        Set<String> ids = new HashSet<>();
        list.forEach(f -> ids.add(f.fingerprint()));
        return ids;
    }

    private void visit(EObject element) {
        seen.add(element);
        for (Rule rule : index.rulesFor(element.eClass())) {
            evaluate(new Key(rule, element));
        }
    }

    private List<Finding> evaluate(Key key) {
        seen.add(key.target());
        List<Finding> found = new ArrayList<>();
        boolean model = key.rule().descriptor().scope() == RuleScope.MODEL;
        Set<Object> used = new HashSet<>();
        Set<EObject> cited = new HashSet<>();
        // Every scope records what the check declared it reads (an element-scoped check may follow a
        // chain of references, as the integrity rule does to find a loop).
        context.record(model ? used : null, cited);
        try {
            context.check(key.rule(), key.target(), found::add);
        } finally {
            context.record(null, null);
        }
        if (!found.isEmpty()) {
            findings.put(key, found);
        }
        if (model) {
            modelScoped.add(key);
            modelScopedOf.computeIfAbsent(key.rule(), k -> new LinkedHashSet<>()).add(key);
            analysesOf.put(key, used);
            used.forEach(a -> byAnalysis.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(key));
            // What its findings name, label or cite: an edit of those changes its messages and evidence.
            found.forEach(f -> cited.addAll(f.elements()));
            if (!cited.isEmpty()) {
                footprints.put(key, cited);
                cited.forEach(e -> reverse.computeIfAbsent(e, k -> new HashSet<>()).add(key));
            }
            return found;
        }
        Set<EObject> footprint = new HashSet<>();
        footprint.add(key.target());
        key.target().eCrossReferences().forEach(footprint::add);
        // A target-scoped rule may read what the target contains and what that refers to (a fact's
        // citations and their sources, a service's profiles and telemetry recipients).
        if (key.rule().descriptor().scope() == RuleScope.TARGET) {
            for (EObject child : key.target().eContents()) {
                footprint.add(child);
                child.eCrossReferences().forEach(footprint::add);
            }
        }
        found.forEach(f -> footprint.addAll(f.elements()));
        footprint.addAll(cited);
        footprints.put(key, footprint);
        footprint.forEach(e -> reverse.computeIfAbsent(e, k -> new HashSet<>()).add(key));
        return found;
    }

    private List<Finding> forget(Key key) {
        if (modelScoped.remove(key)) {
            removeFrom(modelScopedOf, key.rule(), key);
        }
        Set<Object> used = analysesOf.remove(key);
        if (used != null) {
            used.forEach(a -> removeFrom(byAnalysis, a, key));
        }
        Set<EObject> footprint = footprints.remove(key);
        if (footprint != null) {
            for (EObject e : footprint) {
                Set<Key> keys = reverse.get(e);
                if (keys != null) {
                    keys.remove(key);
                    if (keys.isEmpty()) {
                        reverse.remove(e);
                    }
                }
            }
        }
        List<Finding> old = findings.remove(key);
        return old == null ? List.of() : old;
    }

    private static <K> void removeFrom(Map<K, Set<Key>> map, K at, Key key) {
        Set<Key> keys = map.get(at);
        if (keys != null) {
            keys.remove(key);
            if (keys.isEmpty()) {
                map.remove(at);
            }
        }
    }
}
