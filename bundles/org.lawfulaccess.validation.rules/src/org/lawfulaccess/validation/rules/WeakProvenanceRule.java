/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.model.Citation;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.model.SourceKind;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleContext;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.RuleScope;
import org.lawfulaccess.validation.Severity;

/**
 * LA-PROV-01: a fact that cites nothing, or (for the kinds of fact the law itself establishes) whose
 * citations all rest on reader comments or analyst assumptions. Reads the fact and its citations.
 * <p>
 * Target-scoped, so an editor re-checks a fact when the fact or its citations change. The kind of a
 * cited {@code Source} is read through a citation, which the engine's footprint does not follow: a
 * change of a source's kind alone is picked up by the next full validation.
 */
final class WeakProvenanceRule implements Rule {

    static final String ID = "LA-PROV-01"; //$NON-NLS-1$

    /** Parameter: class names of the facts that need an official source, separated by commas. */
    static final String TYPES = "officialFactTypes"; //$NON-NLS-1$

    /** The facts that exist only because a legal text or an official act says so. */
    static final String DEFAULT_TYPES = "Provision, Membership, Reservation, Criminalisation, RetentionRule, PointOfContact, Establishment, Accreditation"; //$NON-NLS-1$

    /** Source kinds that cannot carry a legal fact on their own. */
    private static final Set<SourceKind> WEAK = Set.of(SourceKind.COMMENT, SourceKind.ANALYST_ASSUMPTION);

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID, ProtectionMessages.format(ID + ".title"), Category.PROVENANCE) //$NON-NLS-1$
            .severity(Severity.WARNING)
            .targets(LawfulPackage.Literals.FACT)
            .scope(RuleScope.TARGET)
            .description(ProtectionMessages.format(ID + ".description", DEFAULT_TYPES)) //$NON-NLS-1$
            .example(ProtectionMessages.format(ID + ".example")) //$NON-NLS-1$
            .parameter(TYPES, DEFAULT_TYPES, ProtectionMessages.format(ID + ".parameter." + TYPES)) //$NON-NLS-1$
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(EObject target, RuleContext context) {
        if (!(target instanceof Fact fact)) {
            return;
        }
        if (fact.getCitations().isEmpty()) {
            context.finding(fact).discriminator("uncited") //$NON-NLS-1$
                    .message(ProtectionMessages.format(ID + ".uncited", describe(fact, context))) //$NON-NLS-1$
                    .evidence(fact).report();
            return;
        }
        Optional<String> expected = officialTypeOf(fact, types(context));
        if (expected.isEmpty()) {
            return;
        }
        List<String> sources = new ArrayList<>();
        for (Citation citation : fact.getCitations()) {
            Source source = citation.getSource();
            if (source != null && !WEAK.contains(source.getKind())) {
                return;
            }
            sources.add(source == null ? ProtectionMessages.format(ID + ".noSource") //$NON-NLS-1$
                    : ProtectionMessages.format(ID + ".source", context.label(source), ProtectionMessages.literal(source.getKind()))); //$NON-NLS-1$
        }
        context.finding(fact).discriminator("weak") //$NON-NLS-1$
                .message(ProtectionMessages.format(ID + ".weak", describe(fact, context), String.join(", ", new LinkedHashSet<>(sources)), //$NON-NLS-1$ //$NON-NLS-2$
                        expected.get()))
                .evidence(fact).report();
    }

    /**
     * The listed name that covers the fact: its class or a superclass, or the class of its container,
     * so that {@code DomesticObligation} stands for the provisions of domestic law.
     */
    private static Optional<String> officialTypeOf(Fact fact, Set<String> types) {
        Optional<String> own = match(fact.eClass(), types);
        if (own.isPresent() || fact.eContainer() == null) {
            return own;
        }
        return match(fact.eContainer().eClass(), types);
    }

    private static Optional<String> match(EClass eClass, Set<String> types) {
        if (types.contains(eClass.getName())) {
            return Optional.of(eClass.getName());
        }
        return eClass.getEAllSuperTypes().stream().map(EClass::getName).filter(types::contains).findFirst();
    }

    /** The last parameter text parsed and its names; immutable, so that threads may share it. */
    private record ParsedTypes(String text, Set<String> names) {
    }

    /** Parsing the parameter once per fact (a regex split) cost more than the check on large models. */
    private volatile ParsedTypes parsedTypes;

    private Set<String> types(RuleContext context) {
        String text = context.parameter(TYPES).orElse(DEFAULT_TYPES);
        ParsedTypes last = parsedTypes;
        if (last != null && last.text().equals(text)) {
            return last.names();
        }
        Set<String> types = new LinkedHashSet<>();
        for (String name : text.split("[,\\s]+")) { //$NON-NLS-1$
            if (!name.isEmpty()) {
                types.add(name);
            }
        }
        parsedTypes = new ParsedTypes(text, java.util.Collections.unmodifiableSet(types));
        return parsedTypes.names();
    }

    /** Names a fact by its label, and by its owner unless that is the model root. */
    private static String describe(Fact fact, RuleContext context) {
        EObject owner = fact.eContainer();
        return owner == null || owner instanceof Ecosystem ? context.label(fact)
                : ProtectionMessages.format(ID + ".described", context.label(fact), ProtectionMessages.format(ID + ".in", context.label(owner))); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
