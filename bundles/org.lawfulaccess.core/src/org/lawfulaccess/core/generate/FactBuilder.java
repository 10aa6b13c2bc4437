package org.lawfulaccess.core.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.lawfulaccess.model.Actor;
import org.lawfulaccess.model.ClassificationLevel;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.CriminalisationStatus;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.InstrumentKind;
import org.lawfulaccess.model.Offence;
import org.lawfulaccess.model.Party;
import org.lawfulaccess.model.PointOfContact;
import org.lawfulaccess.model.Position;
import org.lawfulaccess.model.PracticeOutcome;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.ProviderKind;
import org.lawfulaccess.model.ProviderPractice;
import org.lawfulaccess.model.RetentionBound;
import org.lawfulaccess.model.RetentionRule;
import org.lawfulaccess.model.RouteKind;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.model.SourceKind;
import org.lawfulaccess.model.Stance;
import org.lawfulaccess.model.UsageDecision;
import org.lawfulaccess.model.UsagePolicy;
import org.lawfulaccess.model.UsagePurpose;
import org.lawfulaccess.model.VerificationStatus;
import org.lawfulaccess.model.value.TimeSpan;

/**
 * The facts that relate independent elements and live in the ecosystem's fact list:
 * criminalisations, retention laws, points of contact, provider practices, usage policies, and the
 * positions taken on policy statements. A few facts have ended (a retention law annulled, a
 * practice superseded), as in real data.
 */
@SuppressWarnings("nls") // made-up data, not user interface text
final class FactBuilder {

    private static final RouteKind[] PRACTICE_ROUTES = { RouteKind.DIRECT_REQUEST, RouteKind.EMERGENCY_REQUEST,
            RouteKind.MUTUAL_LEGAL_ASSISTANCE, RouteKind.PRESERVATION };
    private static final ContactNetwork[] SECOND_NETWORKS = { ContactNetwork.EU_SPOC, ContactNetwork.G7, ContactNetwork.PROVIDER_SPECIFIC };

    private final GeneratorContext ctx;

    FactBuilder(GeneratorContext ctx) {
        this.ctx = ctx;
    }

    void build() {
        for (JurisdictionData data : ctx.jurisdictions) {
            criminalisations(data);
            retentionLaws(data);
            contacts(data);
        }
        for (JurisdictionData data : ctx.jurisdictions) {
            for (int k = 0; k < ctx.mix().practicesPerJurisdiction(); k++) {
                practice(data, k == 0);
            }
        }
        for (JurisdictionData data : ctx.jurisdictions) {
            usagePolicy(data);
        }
        positions();
    }

    /** A partial shuffle picks distinct offences; about one in eight is recorded as not criminal. */
    private void criminalisations(JurisdictionData data) {
        Offence[] offences = ctx.offences.clone();
        for (int k = 0; k < ctx.mix().criminalisationsPerJurisdiction(); k++) {
            int pick = k + ctx.nextInt(offences.length - k);
            Offence offence = offences[pick];
            offences[pick] = offences[k];
            offences[k] = offence;

            Criminalisation criminalisation = ctx.factory.createCriminalisation();
            criminalisation.setOffence(offence);
            criminalisation.setJurisdiction(data.jurisdiction);
            boolean criminal = ctx.nextInt(8) != 0;
            criminalisation.setStatus(criminal ? CriminalisationStatus.CRIMINAL : CriminalisationStatus.NOT_CRIMINAL);
            if (criminal) {
                String article = ctx.names.article();
                criminalisation.setStatute("Penal Code, " + article);
                criminalisation.setMaxImprisonment(new TimeSpan(1 + ctx.nextInt(20), ChronoUnit.YEARS));
                ctx.cite(criminalisation, data.officialText(), offence.getName() + " is punishable by imprisonment of up to "
                        + criminalisation.getMaxImprisonment() + ".", article);
                data.criminalised.add(offence);
            } else {
                ctx.cite(criminalisation, data.officialAnswer(), offence.getName() + " is not an offence under our law.", ctx.names.page());
            }
            criminalisation.setValidFrom(ctx.day(1980, 2015));
            ctx.root.getFacts().add(criminalisation);
        }
        if (data.criminalised.isEmpty()) {
            // Scenarios need an offence; a jurisdiction criminalising none of its sample still investigates one.
            data.criminalised.add(ctx.offences[0]);
        }
    }

    private void retentionLaws(JurisdictionData data) {
        RetentionRule operators = retention(data, List.of(ProviderKind.TELECOM_OPERATOR), List.of(DataCategory.TRAFFIC, DataCategory.SUBSCRIBER),
                TimeSpan.months(6 * (1 + ctx.nextInt(4))), ctx.chance(80) ? RetentionBound.MAXIMUM : RetentionBound.FIXED, data.retention);
        if (ctx.chance(5)) {
            // Annulled by a court, as data retention laws have been.
            operators.setValidTo(ctx.after(operators.getValidFrom(), 8 * 365));
        }
        retention(data, List.of(ProviderKind.MESSAGING, ProviderKind.EMAIL, ProviderKind.SOCIAL_NETWORK), List.of(DataCategory.SUBSCRIBER),
                TimeSpan.months(12), RetentionBound.MINIMUM, data.production);
    }

    private RetentionRule retention(JurisdictionData data, List<ProviderKind> kinds, List<DataCategory> categories, TimeSpan duration,
            RetentionBound bound, Instrument basis) {
        RetentionRule rule = ctx.factory.createRetentionRule();
        rule.setJurisdiction(data.jurisdiction);
        rule.getProviderKinds().addAll(kinds);
        rule.getDataCategories().addAll(categories);
        rule.setDuration(duration);
        rule.setBound(bound);
        rule.setLegalBasis(basis);
        rule.setValidFrom(ctx.after(basis.getAdoptedOn(), 3 * 365));
        ctx.cite(rule, data.officialText(), "Data are kept for " + duration + ".", ctx.names.article());
        ctx.root.getFacts().add(rule);
        return rule;
    }

    /** The 24/7 contact of the global convention, and a second one, often for the scenarios' provider. */
    private void contacts(JurisdictionData data) {
        contact(data, ContactNetwork.BUDAPEST_24_7, data.police(), null);
        ContactNetwork network = ctx.pick(SECOND_NETWORKS);
        contact(data, network, data.prosecution(), network == ContactNetwork.G7 ? null : data.target);
    }

    private void contact(JurisdictionData data, ContactNetwork network, Actor designated, Provider counterpart) {
        PointOfContact contact = ctx.factory.createPointOfContact();
        contact.setJurisdiction(data.jurisdiction);
        contact.setNetwork(network);
        contact.setDesignatedActor(designated);
        contact.setCounterpart(counterpart);
        contact.setValidFrom(ctx.day(2004, 2020));
        ctx.cite(contact, data.officialAnswer(), designated.getName() + " acts as contact point.", ctx.names.page());
        ctx.root.getFacts().add(contact);
    }

    /** The first practice of a jurisdiction concerns its scenarios' provider and direct requests. */
    private void practice(JurisdictionData data, boolean first) {
        ProviderPractice practice = ctx.factory.createProviderPractice();
        practice.setProvider(first ? data.target : ctx.pick(ctx.providers));
        practice.setRequestingJurisdiction(data.jurisdiction);
        RouteKind kind = first ? RouteKind.DIRECT_REQUEST : ctx.pick(PRACTICE_ROUTES);
        practice.getRouteKinds().add(kind);
        int roll = ctx.nextInt(100);
        practice.setOutcome(roll < 55 ? PracticeOutcome.COMPLIES : roll < 75 ? PracticeOutcome.CASE_BY_CASE
                : roll < 90 ? PracticeOutcome.REFUSES : PracticeOutcome.NO_RESPONSE);
        LocalDate from = ctx.day(2012, 2022);
        practice.setValidFrom(from);
        if (ctx.chance(5)) {
            practice.setValidTo(ctx.after(from, 3 * 365));
        }
        Source source = ctx.chance(70) ? data.officialAnswer() : data.press();
        ctx.cite(practice, source, practice.getProvider().getName() + ": " + GeneratorContext.words(practice.getOutcome())
                + " (" + GeneratorContext.words(kind) + ").", ctx.names.page());
        ctx.root.getFacts().add(practice);
    }

    /**
     * Tops a model up by exactly {@code elements}: further practices (two elements with their
     * citation) and, for an odd rest, one more source. Practices are the most numerous facts in
     * real collections, and a second observation of the same pair is normal.
     */
    void pad(int elements) {
        for (int i = 0; i < elements / 2; i++) {
            practice(ctx.pick(ctx.jurisdictions), false);
        }
        if (elements % 2 == 1) {
            JurisdictionData data = ctx.pick(ctx.jurisdictions);
            ctx.source("Law enforcement statistics, " + data.jurisdiction.getName(), "Statistics office of " + data.jurisdiction.getName(),
                    SourceKind.OFFICIAL_TEXT, VerificationStatus.VERIFIED, null);
        }
    }

    private void usagePolicy(JurisdictionData data) {
        UsagePolicy policy = ctx.factory.createUsagePolicy();
        policy.setOrganisation(data.lastAuthority());
        policy.setService(ctx.pick(ctx.globalServices));
        policy.setPurpose(ctx.pick(UsagePurpose.values()));
        policy.setDecision(ctx.chance(70) ? UsageDecision.ALLOWED : UsageDecision.FORBIDDEN);
        policy.setMaxLevel(ctx.chance(80) ? ClassificationLevel.UNCLASSIFIED : ClassificationLevel.RESTRICTED);
        policy.setValidFrom(ctx.day(2018, 2024));
        ctx.cite(policy, data.officialAnswer(), "Use of " + policy.getService().getName() + " is "
                + GeneratorContext.words(policy.getDecision()) + " for " + GeneratorContext.words(policy.getPurpose()) + " purposes.",
                ctx.names.page());
        ctx.root.getFacts().add(policy);
    }

    /** Policy statements on encryption with the positions of their signatories and critics. */
    private void positions() {
        List<Instrument> statements = new ArrayList<>();
        for (int i = 0; i < ctx.plan.statements(); i++) {
            Instrument statement = ctx.factory.createInstrument();
            statement.setKind(InstrumentKind.POLICY_STATEMENT);
            statement.setAdoptedOn(ctx.day(2015, 2024));
            statement.setName("Statement on end-to-end encryption and public safety (" + statement.getAdoptedOn().getYear() + ")");
            Source source = ctx.source(statement.getName(), "Signatory governments", SourceKind.OFFICIAL_TEXT, VerificationStatus.VERIFIED,
                    null);
            ctx.instrumentSources.put(statement, source);
            ctx.cite(statement, source, "We call on technology companies to enable lawful access.", null);
            ctx.root.getInstruments().add(statement);
            statements.add(statement);
        }
        for (int i = 0; i < ctx.plan.positions(); i++) {
            Instrument subject = statements.get(i % statements.size());
            Party holder = ctx.organisations.isEmpty() || ctx.chance(80) ? ctx.pick(ctx.jurisdictions).jurisdiction : ctx.pick(ctx.organisations);
            Position position = ctx.factory.createPosition();
            position.setHolder(holder);
            position.setSubject(subject);
            int roll = ctx.nextInt(10);
            position.setStance(roll < 6 ? Stance.SUPPORTS : roll < 8 ? Stance.OPPOSES : roll < 9 ? Stance.NEUTRAL : Stance.CONDITIONAL);
            position.setValidFrom(ctx.after(subject.getAdoptedOn(), 365));
            ctx.cite(position, ctx.instrumentSources.get(subject), holder.getName() + " " + GeneratorContext.words(position.getStance())
                    + " the statement.", null);
            ctx.root.getFacts().add(position);
        }
    }
}
