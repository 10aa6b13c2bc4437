package org.lawfulaccess.validation.tests;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.validation.Analysis;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleContext;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.RuleProvider;
import org.lawfulaccess.validation.RuleScope;
import org.lawfulaccess.validation.Severity;

/**
 * The one sample rule the engine tests use: TEST-SRC-01 flags a fact with fewer citations than the
 * parameter {@code minCitations} (default 1). It reads a shared analysis to prove that analyses
 * are computed once per run.
 */
public final class SampleRules implements RuleProvider {

    public static final String ID = "TEST-SRC-01";

    /** How often {@link #FACT_COUNT} was computed, over all runs. */
    public static final AtomicInteger ANALYSIS_RUNS = new AtomicInteger();

    /** A shared analysis: the number of facts of the model. */
    public static final Analysis<Integer> FACT_COUNT = context -> {
        ANALYSIS_RUNS.incrementAndGet();
        return context.ecosystem() == null ? 0 : context.ecosystem().getFacts().size();
    };

    @Override
    public List<Rule> rules() {
        return List.of(new UncitedFact());
    }

    static final class UncitedFact implements Rule {
        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID, "Fact without enough citations", Category.PROVENANCE)
                .severity(Severity.WARNING)
                .targets(LawfulPackage.Literals.FACT)
                .scope(RuleScope.TARGET)
                .legalBasis("Sample Act, art. 1", "Official Journal")
                .description("Flags a fact with fewer citations than minCitations.")
                .example("A criminalisation with no citation.")
                .build();

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void check(EObject target, RuleContext context) {
            context.shared(FACT_COUNT);
            Fact fact = (Fact) target;
            long min = context.longParameter("minCitations", 1);
            if (fact.isValidAt(context.date()) && fact.getCitations().size() < min) {
                context.finding(fact).evidence(fact)
                        .message(context.label(fact) + " has " + fact.getCitations().size() + " citation(s), fewer than " + min)
                        .report();
            }
        }
    }
}
