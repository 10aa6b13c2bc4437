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

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.lawfulaccess.validation.internal.RunContext;
import org.lawfulaccess.validation.internal.TargetIndex;

/**
 * Keeps the findings of one model current while it is edited. After an edit, only the (rule,
 * target) pairs the edit can affect are checked again:
 * <ul>
 * <li>{@link RuleScope#TARGET} rules: pairs whose footprint (the target, the elements it refers to,
 * the elements its findings name) contains a changed element or a container of one, through a
 * reverse index from element to pairs;</li>
 * <li>{@link RuleScope#MODEL} rules: all their pairs, since they read the whole model (shared
 * analyses are computed again);</li>
 * <li>new elements are checked, removed ones lose their findings.</li>
 * </ul>
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

    private final EObject root;
    private final RunContext context;
    private final TargetIndex index;
    private final Map<Key, List<Finding>> findings = new LinkedHashMap<>();
    private final Map<Key, Set<EObject>> footprints = new HashMap<>();
    private final Map<EObject, Set<Key>> reverse = new HashMap<>();
    private final Set<Key> modelScoped = new LinkedHashSet<>();
    private final Set<EObject> seen = new HashSet<>();

    IncrementalValidation(Validator validator, EObject root, RunContext context) {
        this.root = root;
        this.context = context;
        this.index = new TargetIndex(validator.rules());
        visit(root);
        for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
            visit(it.next());
        }
    }

    /** @return the current findings, sorted by rule id */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        findings.values().forEach(all::addAll);
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
        List<EObject> changed = new ArrayList<>();
        add(changed, notification.getNotifier());
        add(changed, notification.getOldValue());
        add(changed, notification.getNewValue());
        return update(changed);
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
        Set<Key> affected = new LinkedHashSet<>();
        Set<EObject> removedTargets = new HashSet<>();
        for (EObject element : changed) {
            boolean inModel = element == root || EcoreUtil.isAncestor(root, element);
            for (EObject e = element; e != null; e = e.eContainer()) {
                affected.addAll(reverse.getOrDefault(e, Set.of()));
                if (inModel) {
                    EObject container = e;
                    index.rulesFor(e.eClass()).forEach(rule -> affected.add(new Key(rule, container)));
                }
            }
            if (inModel && !seen.contains(element)) {
                for (Iterator<EObject> it = element.eAllContents(); it.hasNext();) {
                    EObject added = it.next();
                    index.rulesFor(added.eClass()).forEach(rule -> affected.add(new Key(rule, added)));
                }
            } else if (!inModel) {
                removedTargets.add(element);
                element.eAllContents().forEachRemaining(removedTargets::add);
            }
        }
        if (!changed.isEmpty()) {
            affected.addAll(modelScoped);
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
        Validator.check(context, key.rule(), key.target(), found::add);
        if (!found.isEmpty()) {
            findings.put(key, found);
        }
        if (key.rule().descriptor().scope() == RuleScope.MODEL) {
            modelScoped.add(key);
            return found;
        }
        Set<EObject> footprint = new HashSet<>();
        footprint.add(key.target());
        key.target().eCrossReferences().forEach(footprint::add);
        // A target-scoped rule may read what the target contains and what that refers to (a fact's
        // citations and their sources, a service's profiles and telemetry recipients).
        for (EObject child : key.target().eContents()) {
            footprint.add(child);
            child.eCrossReferences().forEach(footprint::add);
        }
        found.forEach(f -> footprint.addAll(f.elements()));
        footprints.put(key, footprint);
        footprint.forEach(e -> reverse.computeIfAbsent(e, k -> new HashSet<>()).add(key));
        return found;
    }

    private List<Finding> forget(Key key) {
        modelScoped.remove(key);
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
}
