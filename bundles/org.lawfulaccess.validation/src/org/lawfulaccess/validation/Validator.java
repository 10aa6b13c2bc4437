/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.core.ModelReading;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.validation.internal.RunContext;
import org.lawfulaccess.validation.internal.TargetIndex;

/**
 * Runs the enabled rules of a catalogue over a model: one pass over the contents, each element
 * checked by the rules that target its class. Immutable and reusable; each run has its own
 * context.
 */
public final class Validator {

    private final List<Rule> rules;
    private final ValidationConfig config;

    private Validator(List<Rule> rules, ValidationConfig config) {
        this.rules = List.copyOf(rules);
        this.config = config;
    }

    /**
     * @param catalogue the available rules
     * @param config what is enabled, severities, parameters, suppressions
     * @return a validator running the rules the configuration enables
     */
    public static Validator of(RuleCatalogue catalogue, ValidationConfig config) {
        return of(catalogue, config, null);
    }

    /**
     * @param catalogue the available rules
     * @param config what is enabled, severities, parameters, suppressions
     * @param only if not null, run exactly these rule ids (enabled or not)
     * @return the validator
     * @throws IllegalArgumentException naming an id the catalogue does not have
     */
    public static Validator of(RuleCatalogue catalogue, ValidationConfig config, Set<String> only) {
        List<Rule> selected = new ArrayList<>();
        if (only != null) {
            for (String id : only) {
                if (catalogue.find(id).isEmpty()) {
                    throw new IllegalArgumentException(id);
                }
            }
        }
        for (Rule rule : catalogue.rules()) {
            boolean run = only == null ? config.isEnabled(rule.descriptor()) : only.contains(rule.descriptor().id());
            if (run) {
                selected.add(rule);
            }
        }
        return new Validator(selected, config);
    }

    /** @return the rules this validator runs, by id */
    public List<Rule> rules() {
        return rules;
    }

    /** @return the configuration */
    public ValidationConfig config() {
        return config;
    }

    /**
     * @param requested the date asked for, or null
     * @param ecosystem the model root, or null
     * @return the date to validate at: the requested one, else the model's as-of date, else today
     */
    public static LocalDate dateFor(LocalDate requested, Ecosystem ecosystem) {
        return requested != null ? requested : ModelReading.date(ecosystem);
    }

    /**
     * Validates everything in a resource (the ecosystem and any other roots).
     *
     * @param resource a loaded resource
     * @param date the date to validate at, or null for the model's as-of date
     * @return the findings
     */
    public ValidationResult validate(Resource resource, LocalDate date) {
        Ecosystem ecosystem = ecosystemOf(resource.getContents());
        RunContext context = newContext(ecosystem, date);
        TargetIndex index = new TargetIndex(rules);
        List<Finding> findings = new ArrayList<>();
        int evaluated = 0;
        for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            if (checkAll(index, context, it.next(), findings::add)) {
                evaluated++;
            }
        }
        return result(findings, context.date(), evaluated);
    }

    /**
     * Validates an element and its contents.
     *
     * @param root the root, usually an {@link Ecosystem}
     * @param date the date to validate at, or null for the model's as-of date
     * @return the findings
     */
    public ValidationResult validate(EObject root, LocalDate date) {
        RunContext context = newContext(root instanceof Ecosystem e ? e : null, date);
        TargetIndex index = new TargetIndex(rules);
        List<Finding> findings = new ArrayList<>();
        int evaluated = checkAll(index, context, root, findings::add) ? 1 : 0;
        for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
            if (checkAll(index, context, it.next(), findings::add)) {
                evaluated++;
            }
        }
        return result(findings, context.date(), evaluated);
    }

    /**
     * Starts an incremental validation of a model, for an editor: a full run now, and after each
     * edit only what the edit can have changed.
     *
     * @param root the root
     * @param date the date, or null for the model's as-of date
     * @return the incremental validation
     */
    public IncrementalValidation incremental(EObject root, LocalDate date) {
        return incremental(root, date, () -> false);
    }

    /**
     * Starts an incremental validation that the user can cancel during its first, full run.
     *
     * @param root the root
     * @param date the date, or null for the model's as-of date
     * @param cancelled asked now and then during the first run
     * @return the incremental validation
     * @throws java.util.concurrent.CancellationException if {@code cancelled} said so
     */
    public IncrementalValidation incremental(EObject root, LocalDate date, BooleanSupplier cancelled) {
        return new IncrementalValidation(this, root, newContext(root instanceof Ecosystem e ? e : null, date), cancelled);
    }

    RunContext newContext(Ecosystem ecosystem, LocalDate date) {
        return new RunContext(ecosystem, dateFor(date, ecosystem), config);
    }

    private ValidationResult result(List<Finding> findings, LocalDate date, int evaluated) {
        findings.sort(Comparator.comparing(Finding::ruleId));
        return new ValidationResult(findings, date, rules.stream().map(Rule::descriptor).toList(), evaluated);
    }

    private static boolean checkAll(TargetIndex index, RunContext context, EObject target, Consumer<Finding> sink) {
        List<Rule> targeting = index.rulesFor(target.eClass());
        for (Rule rule : targeting) {
            context.check(rule, target, sink);
        }
        return !targeting.isEmpty();
    }

    static Ecosystem ecosystemOf(Collection<EObject> roots) {
        return roots.stream().filter(Ecosystem.class::isInstance).map(Ecosystem.class::cast).findFirst().orElse(null);
    }
}
