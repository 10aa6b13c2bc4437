package org.lawfulaccess.core.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.emf.common.util.Enumerator;
import org.lawfulaccess.model.Citation;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.Offence;
import org.lawfulaccess.model.Organisation;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.model.SourceKind;
import org.lawfulaccess.model.Sourced;
import org.lawfulaccess.model.VerificationStatus;

/**
 * What the builders share: the one random stream (so the result depends on the seed alone, and on
 * the order in which the builders run), the root, and the elements later builders refer to.
 * Lookups use lists and identity maps that are never iterated, so no hash order leaks into the file.
 */
final class GeneratorContext {

    final LawfulFactory factory = LawfulFactory.eINSTANCE;
    final SplittableRandom random;
    final Names names;
    final Plan plan;
    final Ecosystem root;

    final List<JurisdictionData> jurisdictions = new ArrayList<>();
    final List<Jurisdiction> hubs = new ArrayList<>();
    final List<Organisation> organisations = new ArrayList<>();
    final List<Provider> providers = new ArrayList<>();
    final Map<Jurisdiction, List<Provider>> providersBySeat = new IdentityHashMap<>();
    final List<Service> globalServices = new ArrayList<>();
    final List<Instrument> treaties = new ArrayList<>();
    final Map<Instrument, Source> instrumentSources = new IdentityHashMap<>();
    final List<Membership> treatyMemberships = new ArrayList<>();
    final Offence[] offences = new Offence[Mix.OFFENCES];
    Source assumptions;

    GeneratorContext(Plan plan, long seed, LocalDate asOf) {
        this.plan = plan;
        this.random = new SplittableRandom(seed);
        this.names = new Names(random);
        this.root = factory.createEcosystem();
        root.setAsOf(asOf);
    }

    Mix mix() {
        return plan.mix();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** @return true with the given probability in percent */
    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    <T> T pick(T[] array) {
        return array[random.nextInt(array.length)];
    }

    /** @return a random day in the given years, both included */
    LocalDate day(int fromYear, int toYear) {
        long first = LocalDate.of(fromYear, 1, 1).toEpochDay();
        long last = LocalDate.of(toYear, 12, 31).toEpochDay();
        return LocalDate.ofEpochDay(first + random.nextLong(last - first + 1));
    }

    /** @return a random day from one to {@code maxDays} days after {@code start} */
    LocalDate after(LocalDate start, int maxDays) {
        return start.plusDays(1 + random.nextInt(maxDays));
    }

    /** @return the data of a jurisdiction other than the given one */
    JurisdictionData other(JurisdictionData than) {
        JurisdictionData other = pick(jurisdictions);
        return other != than ? other : jurisdictions.get((than.index + 1) % jurisdictions.size());
    }

    /** @return a new source of the ecosystem, dated in the years the synthetic documents span */
    Source source(String title, String issuer, SourceKind kind, VerificationStatus status, String identifier) {
        Source source = factory.createSource();
        source.setName(title);
        source.setTitle(title);
        source.setIssuer(issuer);
        source.setKind(kind);
        source.setVerification(status);
        source.setDate(day(2010, 2024));
        source.setIdentifier(identifier);
        root.getSources().add(source);
        return source;
    }

    /** @return an enumeration literal as words, e.g. "legal representative" */
    static String words(Enumerator literal) {
        return literal.getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Gives an element its one citation; the quote is what a reader would check in the source. */
    void cite(Sourced element, Source source, String quote, String locator) {
        Citation citation = factory.createCitation();
        citation.setSource(source);
        citation.setQuote(quote);
        citation.setLocator(locator);
        element.getCitations().add(citation);
    }
}
