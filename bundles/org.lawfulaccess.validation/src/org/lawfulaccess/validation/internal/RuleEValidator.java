/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.Severity;
import org.lawfulaccess.validation.ValidationConfig;
import org.lawfulaccess.validation.Validator;

/**
 * Adapts the rules to EMF's {@link EValidator}, so that {@code Diagnostician} reports the same
 * findings as the engine: the structural checks of the validator it replaces run first, then the
 * rules that target the object. One run context per {@code Diagnostician} run, kept in its context
 * map, so shared analyses are computed once.
 */
public final class RuleEValidator implements EValidator {

    /** The source of the diagnostics. */
    public static final String SOURCE = "org.lawfulaccess.validation"; //$NON-NLS-1$

    private final EValidator structural;
    private final TargetIndex index;
    private final ValidationConfig config;
    private final LocalDate date;

    /**
     * @param structural the validator this one replaces in the registry (EMF's structural checks)
     * @param rules the rules to run
     * @param config severities, parameters, suppressions
     * @param date the validation date, or null for each model's as-of date
     */
    public RuleEValidator(EValidator structural, List<Rule> rules, ValidationConfig config, LocalDate date) {
        this.structural = structural;
        this.index = new TargetIndex(rules);
        this.config = config;
        this.date = date;
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = structural == null || structural.validate(eClass, eObject, diagnostics, context);
        List<Rule> rules = index.rulesFor(eObject.eClass());
        if (rules.isEmpty()) {
            return valid;
        }
        RunContext run = runContext(eObject, context);
        List<Finding> found = new ArrayList<>();
        for (Rule rule : rules) {
            run.check(rule, eObject, found::add);
        }
        for (Finding finding : found) {
            if (finding.isSuppressed()) {
                continue;
            }
            valid &= finding.severity() != Severity.ERROR;
            if (diagnostics != null) {
                List<Object> data = new ArrayList<>(finding.elements());
                data.add(finding);
                diagnostics.add(new BasicDiagnostic(severityOf(finding.severity()), SOURCE, finding.fingerprint().hashCode(),
                        '[' + finding.ruleId() + "] " + finding.message(), data.toArray())); //$NON-NLS-1$
            }
        }
        return valid;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return structural == null || structural.validate(eDataType, value, diagnostics, context);
    }

    private RunContext runContext(EObject eObject, Map<Object, Object> context) {
        if (context == null) {
            return newRunContext(eObject);
        }
        // Several models may be validated with one context map: key the run by root.
        EObject root = EcoreUtil.getRootContainer(eObject);
        @SuppressWarnings("unchecked")
        Map<EObject, RunContext> runs = (Map<EObject, RunContext>) context.computeIfAbsent(RuleEValidator.class,
                k -> new java.util.HashMap<EObject, RunContext>());
        return runs.computeIfAbsent(root, r -> newRunContext(eObject));
    }

    private RunContext newRunContext(EObject eObject) {
        EObject root = EcoreUtil.getRootContainer(eObject);
        Ecosystem ecosystem = root instanceof Ecosystem e ? e : null;
        return new RunContext(ecosystem, Validator.dateFor(date, ecosystem), config);
    }

    private static int severityOf(Severity severity) {
        return switch (severity) {
        case ERROR -> Diagnostic.ERROR;
        case WARNING -> Diagnostic.WARNING;
        case INFO -> Diagnostic.INFO;
        };
    }
}
