/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;

/**
 * What a rule is, independent of any model: the metadata that configuration, reports and the
 * generated catalogue page read. Texts are already localised by the contributing bundle.
 *
 * @param id the stable id, e.g. {@code LA-TIME-01}; upper-case segments joined by hyphens
 * @param title a one-line title
 * @param category where the rule sits in the category tree
 * @param defaultSeverity the severity of its findings unless configured otherwise
 * @param enabledByDefault whether it runs unless configured otherwise
 * @param targets the classes whose instances (including subclasses) the rule checks
 * @param scope what the rule reads, for incremental re-evaluation
 * @param legalBasis the legal texts it rests on; empty for purely technical rules
 * @param description what it flags and why, a paragraph
 * @param example a short example of a model that triggers it
 * @param reads for a {@link RuleScope#MODEL} rule, the classes whose elements it reads directly
 *        (beyond the shared analyses it asks for), or empty if it may read anything; an incremental
 *        validation re-runs the rule after an edit of another class only if an analysis it used
 *        changed or one of its findings names the edited element
 * @param parameters the parameters it reads from the configuration; empty if none
 */
public record RuleDescriptor(String id, String title, Category category, Severity defaultSeverity,
        boolean enabledByDefault, List<EClass> targets, RuleScope scope, List<LegalBasis> legalBasis,
        String description, String example, List<EClass> reads, List<RuleParameter> parameters) {

    /** The shape of a rule id: {@code LA-TIME-01}, {@code ACME-CONTRACT-2}. */
    public static final Pattern ID_PATTERN = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+"); //$NON-NLS-1$

    /** Checks the id and copies the lists. */
    public RuleDescriptor {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        if (!ID_PATTERN.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a rule id: " + id); //$NON-NLS-1$
        }
        Objects.requireNonNull(title, "title"); //$NON-NLS-1$
        Objects.requireNonNull(category, "category"); //$NON-NLS-1$
        Objects.requireNonNull(defaultSeverity, "defaultSeverity"); //$NON-NLS-1$
        Objects.requireNonNull(scope, "scope"); //$NON-NLS-1$
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("Rule " + id + " has no target class"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        legalBasis = List.copyOf(legalBasis);
        description = description == null ? "" : description; //$NON-NLS-1$
        example = example == null ? "" : example; //$NON-NLS-1$
        reads = reads == null ? List.of() : List.copyOf(reads);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    /**
     * A descriptor of a rule without parameters.
     *
     * @param id the rule id
     * @param title the title
     * @param category the category
     * @param defaultSeverity the default severity
     * @param enabledByDefault whether it runs by default
     * @param targets the target classes
     * @param scope what the rule reads
     * @param legalBasis the legal texts it rests on
     * @param description what it flags and why
     * @param example a short example
     * @param reads for a {@link RuleScope#MODEL} rule, the classes whose elements it reads directly, or empty
     */
    public RuleDescriptor(String id, String title, Category category, Severity defaultSeverity,
            boolean enabledByDefault, List<EClass> targets, RuleScope scope, List<LegalBasis> legalBasis,
            String description, String example, List<EClass> reads) {
        this(id, title, category, defaultSeverity, enabledByDefault, targets, scope, legalBasis, description, example, reads,
                List.of());
    }

    /**
     * A descriptor of a rule that may read anything.
     *
     * @param id the rule id
     * @param title the title
     * @param category the category
     * @param defaultSeverity the default severity
     * @param enabledByDefault whether it runs by default
     * @param targets the target classes
     * @param scope what the rule reads
     * @param legalBasis the legal texts it rests on
     * @param description what it flags and why
     * @param example a short example
     */
    public RuleDescriptor(String id, String title, Category category, Severity defaultSeverity,
            boolean enabledByDefault, List<EClass> targets, RuleScope scope, List<LegalBasis> legalBasis,
            String description, String example) {
        this(id, title, category, defaultSeverity, enabledByDefault, targets, scope, legalBasis, description, example,
                List.of(), List.of());
    }

    /**
     * @param eClass the class of an edited element
     * @return whether the rule may read elements of that class directly
     */
    public boolean reads(EClass eClass) {
        if (reads.isEmpty()) {
            return true;
        }
        for (EClass read : reads) {
            if (read.isSuperTypeOf(eClass)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param id the rule id
     * @param title the title
     * @param category the category
     * @return a builder with severity warning, enabled, scope {@link RuleScope#MODEL}
     */
    public static Builder builder(String id, String title, Category category) {
        return new Builder(id, title, category);
    }

    /** @return the first legal basis, if any */
    public Optional<LegalBasis> primaryLegalBasis() {
        return legalBasis.stream().findFirst();
    }

    /** Builds a {@link RuleDescriptor} step by step. */
    public static final class Builder {
        private final String id;
        private final String title;
        private final Category category;
        private Severity severity = Severity.WARNING;
        private boolean enabled = true;
        private final List<EClass> targets = new ArrayList<>();
        private RuleScope scope = RuleScope.MODEL;
        private final List<LegalBasis> legalBasis = new ArrayList<>();
        private String description = ""; //$NON-NLS-1$
        private String example = ""; //$NON-NLS-1$
        private final List<EClass> reads = new ArrayList<>();
        private final List<RuleParameter> parameters = new ArrayList<>();

        private Builder(String id, String title, Category category) {
            this.id = id;
            this.title = title;
            this.category = category;
        }

        /** @param value the default severity @return this builder */
        public Builder severity(Severity value) {
            this.severity = value;
            return this;
        }

        /** @param value whether the rule runs by default @return this builder */
        public Builder enabledByDefault(boolean value) {
            this.enabled = value;
            return this;
        }

        /** @param classes target classes @return this builder */
        public Builder targets(EClass... classes) {
            targets.addAll(List.of(classes));
            return this;
        }

        /** @param value what the rule reads @return this builder */
        public Builder scope(RuleScope value) {
            this.scope = value;
            return this;
        }

        /** @param citation the citation @param source where to read it @return this builder */
        public Builder legalBasis(String citation, String source) {
            legalBasis.add(new LegalBasis(citation, source));
            return this;
        }

        /** @param value the description @return this builder */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** @param value the example @return this builder */
        public Builder example(String value) {
            this.example = value;
            return this;
        }

        /**
         * Declares what a {@link RuleScope#MODEL} rule reads directly; without it, anything.
         *
         * @param classes the classes whose elements (and their subclasses') the rule reads
         * @return this builder
         */
        public Builder reads(EClass... classes) {
            reads.addAll(List.of(classes));
            return this;
        }

        /**
         * Declares a parameter the rule reads from the configuration.
         *
         * @param name its name, e.g. {@code marginDays}
         * @param defaultValue the value used when none is configured
         * @param parameterDescription what it changes
         * @return this builder
         */
        public Builder parameter(String name, String defaultValue, String parameterDescription) {
            parameters.add(new RuleParameter(name, defaultValue, parameterDescription));
            return this;
        }

        /** @return the descriptor */
        public RuleDescriptor build() {
            return new RuleDescriptor(id, title, category, severity, enabled, targets, scope, legalBasis, description, example,
                    reads, parameters);
        }
    }
}
