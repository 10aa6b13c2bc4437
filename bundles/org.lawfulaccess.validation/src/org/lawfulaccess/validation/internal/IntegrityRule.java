/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.lawfulaccess.core.persistence.DuplicateIds;
import org.lawfulaccess.core.persistence.SourceLines;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.value.TimeSpan;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleContext;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.RuleScope;
import org.lawfulaccess.validation.Severity;

/**
 * LA-INT-01: what makes a model unsound regardless of the law. Reads only the target's own values
 * and references, so it is re-evaluated per element after an edit. Ids that a file gives to more
 * than one element are recorded by the persistence layer while loading ({@link DuplicateIds}).
 */
final class IntegrityRule implements Rule {

    static final String ID = "LA-INT-01"; //$NON-NLS-1$

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID, Messages.format("int01.title"), Category.INTEGRITY) //$NON-NLS-1$
            .severity(Severity.ERROR)
            .targets(EcorePackage.Literals.EOBJECT)
            .scope(RuleScope.ELEMENT)
            .description(Messages.format("int01.description")) //$NON-NLS-1$
            .example(Messages.format("int01.example")) //$NON-NLS-1$
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(EObject target, RuleContext context) {
        for (EStructuralFeature feature : target.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient()) {
                continue;
            }
            if (feature instanceof EReference reference && !reference.isContainment() && !reference.isContainer()) {
                checkReferences(target, reference, context);
            }
            checkRequired(target, feature, context);
            if (feature instanceof EAttribute attribute && target.eGet(attribute) instanceof TimeSpan span && !span.isPlausible()) {
                String problem = span.isNegative() ? "negative" : "implausible"; //$NON-NLS-1$ //$NON-NLS-2$
                context.finding(target).discriminator(problem + '/' + attribute.getName())
                        .message(Messages.format("int01." + problem, context.label(target), attribute.getName(), span, //$NON-NLS-1$
                                TimeSpan.PLAUSIBLE_YEARS))
                        .report();
            }
        }
        checkDuplicateId(target, context);
        if (target instanceof Scenario scenario) {
            checkCycle(target, Scenario::getDependsOn, scenario, "dependsOn", context); //$NON-NLS-1$
        } else if (target instanceof Jurisdiction jurisdiction) {
            checkCycle(target, Jurisdiction::getParent, jurisdiction, "parent", context); //$NON-NLS-1$
        } else if (target instanceof Instrument instrument) {
            checkCycle(target, Instrument::getDependsOn, instrument, "dependsOn", context); //$NON-NLS-1$
        }
        if (target instanceof Fact fact && fact.getValidFrom() != null && fact.getValidTo() != null
                && !fact.getValidTo().isAfter(fact.getValidFrom())) {
            context.finding(target).discriminator("validity") //$NON-NLS-1$
                    .message(Messages.format("int01.validity", context.label(target), fact.getValidFrom(), fact.getValidTo())) //$NON-NLS-1$
                    .evidence(target).report();
        }
        if (target instanceof Provision provision && provision.getMinLatency() != null && provision.getMaxLatency() != null
                && provision.getMinLatency().toApproximateMinutes() > provision.getMaxLatency().toApproximateMinutes()) {
            context.finding(target).discriminator("latency") //$NON-NLS-1$
                    .message(Messages.format("int01.latency", context.label(target), provision.getMinLatency(), provision.getMaxLatency())) //$NON-NLS-1$
                    .evidence(target).report();
        }
    }

    /**
     * Reports an element that reaches itself by following one reference (a scenario that depends on
     * itself, a jurisdiction that is its own parent, an instrument that exists under itself, or a
     * longer loop). Each element on the loop is
     * reported, since each is where an analyst may cut it.
     */
    private static <T extends EObject> void checkCycle(EObject target, UnaryOperator<T> next, T start, String reference,
            RuleContext context) {
        Set<T> visited = new LinkedHashSet<>();
        for (T current = next.apply(start); current != null && visited.add(current); current = next.apply(current)) {
            if (current == start) {
                context.finding(target).discriminator("cycle/" + reference) //$NON-NLS-1$
                        .message(Messages.format(visited.size() == 1 ? "int01.selfCycle" : "int01.cycle", context.label(target), //$NON-NLS-1$ //$NON-NLS-2$
                                reference, visited.size()))
                        .report();
                return;
            }
            context.reads(current);
        }
    }

    /** Each element that shares its id is reported: which one to renumber is the analyst's choice. */
    private static void checkDuplicateId(EObject target, RuleContext context) {
        List<EObject> sharing = DuplicateIds.sharing(target);
        if (sharing.isEmpty()) {
            return;
        }
        sharing.forEach(context::reads);
        String lines = sharing.stream().map(SourceLines::find).filter(OptionalInt::isPresent)
                .map(line -> String.valueOf(line.getAsInt())).collect(Collectors.joining(", ")); //$NON-NLS-1$
        context.finding(target).discriminator("duplicateId") //$NON-NLS-1$
                .message(Messages.format(lines.isEmpty() ? "int01.duplicateId" : "int01.duplicateIdLines", context.label(target), //$NON-NLS-1$ //$NON-NLS-2$
                        Elements.id(target), sharing.size(), lines))
                .report();
    }

    private static void checkReferences(EObject target, EReference reference, RuleContext context) {
        Object value = target.eGet(reference, false);
        List<?> values = reference.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
        for (Object v : values) {
            if (v instanceof EObject referenced && isDangling(target, referenced)) {
                String shown = referenced.eIsProxy() ? proxyTarget(((InternalEObject) referenced).eProxyURI()) : context.label(referenced);
                context.finding(target).discriminator("dangling/" + reference.getName() + '/' + Elements.id(referenced)) //$NON-NLS-1$
                        .message(Messages.format("int01.dangling", context.label(target), reference.getName(), shown)) //$NON-NLS-1$
                        .report();
            }
        }
    }

    /** The id a proxy names, or the whole address if it names none ({@code href="other:x"}). */
    private static String proxyTarget(URI uri) {
        return uri.fragment() != null ? uri.fragment() : uri.toString();
    }

    /** A proxy that does not resolve, or an element removed from the model but still referenced. */
    private static boolean isDangling(EObject target, EObject referenced) {
        if (referenced.eIsProxy()) {
            return EcoreUtil.resolve(referenced, target).eIsProxy();
        }
        return referenced.eResource() == null && EcoreUtil.getRootContainer(referenced) != EcoreUtil.getRootContainer(target);
    }

    private static void checkRequired(EObject target, EStructuralFeature feature, RuleContext context) {
        if (feature.getLowerBound() < 1 || feature instanceof EReference r && r.isContainer()) {
            return;
        }
        boolean missing = feature.isMany() ? ((List<?>) target.eGet(feature, false)).size() < feature.getLowerBound()
                : target.eGet(feature, false) == null;
        if (missing) {
            context.finding(target).discriminator("missing/" + feature.getName()) //$NON-NLS-1$
                    .message(Messages.format("int01.missing", context.label(target), feature.getName())) //$NON-NLS-1$
                    .report();
        }
    }
}
