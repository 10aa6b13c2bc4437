package org.lawfulaccess.validation.tests;

import java.time.LocalDate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.model.Citation;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.model.Offence;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.internal.BuiltInRules;

/**
 * Small models with neutral names, in a resource so that every element has an XMI id: one
 * jurisdiction, one offence, one source, a cited criminalisation and an uncited one.
 */
final class Fixtures {

    static final LawfulFactory F = LawfulFactory.eINSTANCE;
    static final LocalDate AS_OF = LocalDate.of(2021, 6, 1);

    final Resource resource;
    final Ecosystem ecosystem;
    final Jurisdiction jurisdiction;
    final Offence offence;
    final Source source;
    final Criminalisation cited;
    final Criminalisation uncited;

    Fixtures() {
        resource = LawfulResources.newResourceSet().createResource(URI.createURI("memory:/test.lawful"));
        ecosystem = F.createEcosystem();
        ecosystem.setName("Model A");
        ecosystem.setAsOf(AS_OF);
        resource.getContents().add(ecosystem);
        jurisdiction = F.createJurisdiction();
        jurisdiction.setName("State A");
        jurisdiction.setCode("AA");
        ecosystem.getJurisdictions().add(jurisdiction);
        offence = F.createOffence();
        offence.setName("Offence A");
        ecosystem.getOffences().add(offence);
        source = F.createSource();
        source.setName("Source A");
        source.setTitle("Code A");
        ecosystem.getSources().add(source);
        cited = criminalisation("Fact cited");
        cited.getCitations().add(citation("art. 1 says so"));
        uncited = criminalisation("Fact uncited");
    }

    Criminalisation criminalisation(String statute) {
        Criminalisation c = F.createCriminalisation();
        c.setOffence(offence);
        c.setJurisdiction(jurisdiction);
        c.setStatute(statute);
        ecosystem.getFacts().add(c);
        return c;
    }

    Citation citation(String quote) {
        Citation citation = F.createCitation();
        citation.setSource(source);
        citation.setQuote(quote);
        citation.setLocator("art. 1");
        return citation;
    }

    /** @return the engine's built-in rules and the sample rule, independent of discovery */
    static RuleCatalogue catalogue() {
        return RuleCatalogue.ofProviders(new BuiltInRules(), new SampleRules());
    }
}
