package org.lawfulaccess.core.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.lawfulaccess.model.Accreditation;
import org.lawfulaccess.model.AddresseeRole;
import org.lawfulaccess.model.AuthorityKind;
import org.lawfulaccess.model.ClassificationLevel;
import org.lawfulaccess.model.CorporateGroup;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.DataStore;
import org.lawfulaccess.model.DualCriminality;
import org.lawfulaccess.model.EncryptionModel;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.Establishment;
import org.lawfulaccess.model.EstablishmentKind;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.InstrumentKind;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.KeyHolder;
import org.lawfulaccess.model.LegalForce;
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.MembershipStatus;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.ProviderKind;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.RetentionBound;
import org.lawfulaccess.model.RetentionRule;
import org.lawfulaccess.model.RouteKind;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.model.SourceKind;
import org.lawfulaccess.model.Telemetry;
import org.lawfulaccess.model.TelemetryKind;
import org.lawfulaccess.model.VerificationStatus;
import org.lawfulaccess.model.value.TimeSpan;

/**
 * Global providers seated in the hubs, their corporate groups, services (with encryption,
 * telemetry and accreditations), establishments abroad, their own law-enforcement policy (an
 * instrument every jurisdiction can use, so that each scenario has at least one route) and their
 * retention policy.
 */
@SuppressWarnings("nls") // made-up data, not user interface text
final class ProviderBuilder {

    private static final ProviderKind[] KINDS = { ProviderKind.MESSAGING, ProviderKind.SOCIAL_NETWORK, ProviderKind.EMAIL,
            ProviderKind.CLOUD_STORAGE, ProviderKind.HOSTING, ProviderKind.SEARCH, ProviderKind.SOFTWARE,
            ProviderKind.DEVICE_MANUFACTURER };

    private final GeneratorContext ctx;
    private final List<CorporateGroup> groups = new ArrayList<>();

    ProviderBuilder(GeneratorContext ctx) {
        this.ctx = ctx;
    }

    void build() {
        for (int i = 0; i < ctx.plan.groups(); i++) {
            CorporateGroup group = ctx.factory.createCorporateGroup();
            group.setName(ctx.names.word() + " Holdings");
            ctx.cite(group, ctx.assumptions, "Group structure as published in annual reports.", null);
            ctx.root.getGroups().add(group);
            groups.add(group);
        }
        for (int i = 0; i < ctx.plan.providers(); i++) {
            provider(i);
        }
    }

    private void provider(int index) {
        Provider provider = ctx.factory.createProvider();
        provider.setName(ctx.names.companyName());
        Jurisdiction seat = ctx.pick(ctx.hubs);
        provider.setJurisdiction(seat);
        if (index < groups.size() || ctx.chance(50)) {
            provider.setGroup(groups.get(index % groups.size()));
        }
        ProviderKind kind = ctx.pick(KINDS);
        provider.getKinds().add(kind);
        if (ctx.chance(30) && kind != ProviderKind.MESSAGING) {
            provider.getKinds().add(ProviderKind.MESSAGING);
        }
        ctx.cite(provider, ctx.assumptions, "Seat assumed from the provider's terms of service.", null);
        ctx.root.getActors().add(provider);
        ctx.providers.add(provider);
        ctx.providersBySeat.computeIfAbsent(seat, s -> new ArrayList<>()).add(provider);
        Source source = ctx.source(provider.getName() + " transparency report", provider.getName(), SourceKind.OFFICIAL_TEXT,
                ctx.chance(80) ? VerificationStatus.VERIFIED : VerificationStatus.UNVERIFIED,
                null);
        for (int k = 0; k < Plan.ESTABLISHMENTS; k++) {
            establishment(provider, source);
        }
        for (int k = 0; k < ctx.mix().servicesPerProvider(); k++) {
            service(provider, source, provider.getKinds().get(k % provider.getKinds().size()));
        }
        Instrument policy = policy(provider, source);
        retention(provider, policy, source);
    }

    private void establishment(Provider provider, Source source) {
        Establishment establishment = ctx.factory.createEstablishment();
        JurisdictionData where = ctx.pick(ctx.jurisdictions);
        establishment.setJurisdiction(where.jurisdiction);
        int roll = ctx.nextInt(10);
        establishment.setKind(roll < 5 ? EstablishmentKind.SUBSIDIARY : roll < 8 ? EstablishmentKind.LEGAL_REPRESENTATIVE : EstablishmentKind.ASSETS);
        establishment.setValidFrom(ctx.day(2005, 2022));
        ctx.cite(establishment, source, provider.getName() + " has a " + GeneratorContext.words(establishment.getKind())
                + " in " + where.jurisdiction.getName() + ".", ctx.names.page());
        provider.getEstablishments().add(establishment);
    }

    private void service(Provider provider, Source source, ProviderKind kind) {
        Service service = ctx.factory.createService();
        service.setName(ctx.names.word() + " " + serviceNoun(kind));
        service.setProvider(provider);
        ctx.cite(service, source, service.getName() + " is offered by " + provider.getName() + ".", null);
        boolean messaging = kind == ProviderKind.MESSAGING;
        boolean endToEnd = messaging && ctx.chance(60);
        service.getEncryption().add(profile(DataStore.IN_TRANSIT, endToEnd ? EncryptionModel.E2E_DEFAULT : EncryptionModel.TRANSPORT,
                endToEnd ? KeyHolder.USERS : KeyHolder.PROVIDER, source));
        DataStore store = messaging || kind == ProviderKind.CLOUD_STORAGE ? DataStore.CLOUD_BACKUP : DataStore.PROVIDER_SERVERS;
        EncryptionModel model = endToEnd && ctx.chance(50) ? EncryptionModel.E2E_OPTIONAL : EncryptionModel.TRANSPORT;
        EncryptionProfile stored = profile(store, model, model == EncryptionModel.TRANSPORT ? KeyHolder.PROVIDER : KeyHolder.USERS, source);
        if (ctx.chance(5)) {
            stored.getKeyHolders().add(KeyHolder.THIRD_PARTY);
            stored.getThirdPartyKeyHolders().add(ctx.pick(ctx.providers));
        }
        service.getEncryption().add(stored);

        Telemetry telemetry = ctx.factory.createTelemetry();
        telemetry.setKind(ctx.pick(TelemetryKind.values()));
        telemetry.setRecipient(ctx.chance(85) ? provider : ctx.pick(ctx.providers));
        telemetry.setValidFrom(ctx.day(2015, 2023));
        ctx.cite(telemetry, source, "The app sends " + GeneratorContext.words(telemetry.getKind()) + ".", ctx.names.page());
        service.getTelemetry().add(telemetry);

        if (ctx.globalServices.size() % 4 == 0) {
            Accreditation accreditation = ctx.factory.createAccreditation();
            accreditation.setLevel(ClassificationLevel.get(1 + ctx.nextInt(3)));
            accreditation.setAccreditedBy(ctx.pick(ctx.jurisdictions).lastAuthority());
            accreditation.setValidFrom(ctx.day(2018, 2024));
            ctx.cite(accreditation, ctx.assumptions, "Accreditation listed by the security authority.", null);
            service.getAccreditations().add(accreditation);
        }
        ctx.root.getServices().add(service);
        ctx.globalServices.add(service);
    }

    private static String serviceNoun(ProviderKind kind) {
        return switch (kind) {
            case MESSAGING -> "Chat";
            case SOCIAL_NETWORK -> "Social";
            case EMAIL -> "Mail";
            case CLOUD_STORAGE -> "Drive";
            case HOSTING -> "Cloud";
            case SEARCH -> "Search";
            case DEVICE_MANUFACTURER -> "Phone Backup";
            default -> "Office";
        };
    }

    private EncryptionProfile profile(DataStore store, EncryptionModel model, KeyHolder keys, Source source) {
        EncryptionProfile profile = ctx.factory.createEncryptionProfile();
        profile.setDataStore(store);
        profile.setModel(model);
        profile.getKeyHolders().add(keys);
        profile.setValidFrom(ctx.day(2014, 2023));
        ctx.cite(profile, source, "Security white paper: " + GeneratorContext.words(store) + " data.", ctx.names.page());
        return profile;
    }

    private Instrument policy(Provider provider, Source source) {
        Instrument policy = ctx.factory.createInstrument();
        policy.setKind(InstrumentKind.PROVIDER_POLICY);
        policy.setName(provider.getName() + " guidelines for law enforcement");
        policy.setIssuer(provider);
        LocalDate adopted = ctx.day(2010, 2018);
        policy.setAdoptedOn(adopted);
        ctx.cite(policy, source, "We respond to valid legal requests from authorities.", null);
        ctx.instrumentSources.put(policy, source);

        Provision requests = Provisions.create(ctx, policy, "Requests for user data", RouteKind.DIRECT_REQUEST, adopted,
                List.of(DataCategory.SUBSCRIBER, DataCategory.TRAFFIC),
                List.of(AuthorityKind.POLICE, AuthorityKind.PROSECUTION, AuthorityKind.JUDICIARY), AddresseeRole.PROVIDER,
                LegalForce.VOLUNTARY, DualCriminality.REQUIRED_BY_ADDRESSEE_POLICY);
        requests.setMinLatency(new TimeSpan(2, ChronoUnit.WEEKS));
        requests.setMaxLatency(TimeSpan.months(1 + ctx.nextInt(6)));
        Provision emergency = Provisions.create(ctx, policy, "Emergency disclosure", RouteKind.EMERGENCY_REQUEST, adopted,
                List.of(DataCategory.SUBSCRIBER, DataCategory.TRAFFIC, DataCategory.CONTENT), List.of(AuthorityKind.POLICE),
                AddresseeRole.PROVIDER, LegalForce.VOLUNTARY, DualCriminality.NOT_REQUIRED);
        emergency.setEmergencyOnly(true);
        emergency.setEmergencyLatency(TimeSpan.hours(24L * (1 + ctx.nextInt(3))));

        Membership member = ctx.factory.createMembership();
        member.setParty(provider);
        member.setStatus(MembershipStatus.PARTY);
        member.setValidFrom(adopted);
        ctx.cite(member, source, "These guidelines bind " + provider.getName() + ".", null);
        policy.getMemberships().add(member);
        ctx.root.getInstruments().add(policy);
        return policy;
    }

    private void retention(Provider provider, Instrument policy, Source source) {
        RetentionRule rule = ctx.factory.createRetentionRule();
        rule.setProvider(provider);
        rule.getDataCategories().add(DataCategory.TRAFFIC);
        if (ctx.chance(50)) {
            rule.getDataCategories().add(DataCategory.SUBSCRIBER);
        }
        rule.setDuration(TimeSpan.days(30L * (1 + ctx.nextInt(6))));
        rule.setBound(RetentionBound.MAXIMUM);
        rule.setLegalBasis(policy);
        rule.setValidFrom(policy.getAdoptedOn());
        ctx.cite(rule, source, "Connection logs are deleted after " + rule.getDuration() + ".", ctx.names.page());
        ctx.root.getFacts().add(rule);
    }
}
