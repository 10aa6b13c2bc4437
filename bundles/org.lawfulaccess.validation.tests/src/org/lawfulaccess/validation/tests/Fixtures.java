package org.lawfulaccess.validation.tests;

import java.time.LocalDate;

import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.model.Citation;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.model.Offence;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.tests.support.ModelBuilder;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.internal.BuiltInRules;

/**
 * Small models with neutral names, in a resource so that every element has an XMI id: one
 * jurisdiction, one offence, one source, a cited criminalisation and an uncited one.
 */
final class Fixtures extends ModelBuilder {

    static final LawfulFactory F = LawfulFactory.eINSTANCE;
    static final LocalDate AS_OF = LocalDate.of(2021, 6, 1);

    final Resource resource = resource();
    final Ecosystem ecosystem = named("Model A").asOf(AS_OF).ecosystem();
    final Jurisdiction jurisdiction = jurisdiction("State A", "AA");
    final Offence offence = offence("Offence A");
    final Source source = source("Source A", "Code A", null);
    final Criminalisation cited = criminalisation("Fact cited");
    final Criminalisation uncited = criminalisation("Fact uncited");

    Fixtures() {
        super(memoryResource("test.lawful"));
        cited.getCitations().add(citation("art. 1 says so"));
    }

    /** A criminalisation of the offence in the jurisdiction, with no status and no citation. */
    Criminalisation criminalisation(String statute) {
        return criminalisation(offence, jurisdiction, null, statute);
    }

    Citation citation(String quote) {
        return citation(source, quote, "art. 1");
    }

    /** @return the engine's built-in rules and the sample rule, independent of discovery */
    static RuleCatalogue catalogue() {
        return RuleCatalogue.ofProviders(new BuiltInRules(), new SampleRules());
    }
}
