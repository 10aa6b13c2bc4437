package org.lawfulaccess.core.generate;

import org.lawfulaccess.model.Authority;
import org.lawfulaccess.model.AuthorityKind;
import org.lawfulaccess.model.DataStore;
import org.lawfulaccess.model.EncryptionModel;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.Establishment;
import org.lawfulaccess.model.EstablishmentKind;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.JurisdictionKind;
import org.lawfulaccess.model.KeyHolder;
import org.lawfulaccess.model.Offence;
import org.lawfulaccess.model.Organisation;
import org.lawfulaccess.model.OrganisationKind;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.model.SourceKind;
import org.lawfulaccess.model.TelecomOperator;
import org.lawfulaccess.model.VerificationStatus;

/**
 * Jurisdictions with their sources, authorities and domestic telecom operators; organisations and
 * offences. States come first, then supranational unions, then sub-national units of states; the
 * first states are the hubs where global providers sit.
 */
@SuppressWarnings("nls") // made-up data, not user interface text
final class JurisdictionBuilder {

    private static final AuthorityKind[] FIRST_AUTHORITIES = { AuthorityKind.POLICE, AuthorityKind.PROSECUTION,
            AuthorityKind.JUDICIARY, AuthorityKind.CENTRAL_AUTHORITY };
    private static final AuthorityKind[] FURTHER_AUTHORITIES = { AuthorityKind.DEFENCE, AuthorityKind.INTELLIGENCE,
            AuthorityKind.MINISTRY, AuthorityKind.REGULATOR, AuthorityKind.OTHER };
    private static final String[] ORGANISATION_NAMES = { "Digital Rights Association", "Internet Industry Association",
            "Institute for Security Studies", "Bar Association", "Press Freedom Council" };

    private final GeneratorContext ctx;

    JurisdictionBuilder(GeneratorContext ctx) {
        this.ctx = ctx;
    }

    void build() {
        Source assumptions = ctx.source("Analyst assumptions for the synthetic ecosystem", "Analyst", SourceKind.ANALYST_ASSUMPTION,
                VerificationStatus.UNVERIFIED, "ASSUMPTIONS");
        ctx.assumptions = assumptions;
        for (int i = 0; i < Mix.OFFENCES; i++) {
            Offence offence = ctx.factory.createOffence();
            offence.setName(Names.OFFENCES[i]);
            ctx.root.getOffences().add(offence);
            ctx.offences[i] = offence;
        }
        Plan plan = ctx.plan;
        for (int i = 0; i < plan.jurisdictions(); i++) {
            JurisdictionData data = jurisdiction(i);
            authorities(data);
            operators(data);
        }
        for (int i = 0; i < plan.organisations(); i++) {
            organisation();
        }
    }

    private JurisdictionData jurisdiction(int index) {
        Plan plan = ctx.plan;
        Jurisdiction jurisdiction = ctx.factory.createJurisdiction();
        String place = ctx.names.word();
        if (index < plan.states()) {
            jurisdiction.setKind(JurisdictionKind.STATE);
            jurisdiction.setCode(ctx.names.nextTopLevelCode());
            jurisdiction.setName(place);
        } else if (index < plan.states() + plan.supranational()) {
            jurisdiction.setKind(JurisdictionKind.SUPRANATIONAL);
            jurisdiction.setCode(ctx.names.nextTopLevelCode());
            jurisdiction.setName(place + " Union");
        } else {
            Jurisdiction parent = ctx.jurisdictions.get(ctx.nextInt(plan.states())).jurisdiction;
            jurisdiction.setKind(JurisdictionKind.SUBNATIONAL);
            jurisdiction.setParent(parent);
            jurisdiction.setCode(Names.subnationalCode(parent.getCode(), index));
            jurisdiction.setName(place + " Province");
        }
        ctx.root.getJurisdictions().add(jurisdiction);
        JurisdictionData data = new JurisdictionData(index, jurisdiction);
        ctx.jurisdictions.add(data);
        if (index < plan.hubs()) {
            ctx.hubs.add(jurisdiction);
        }
        String code = jurisdiction.getCode();
        data.sources[0] = ctx.source("Official Journal of " + place, "Government of " + place, SourceKind.OFFICIAL_TEXT,
                VerificationStatus.VERIFIED, "OJ-" + code);
        data.sources[1] = ctx.source("Answer to a parliamentary question, " + place, "Parliament of " + place,
                SourceKind.OFFICIAL_ANSWER, VerificationStatus.VERIFIED, "PQ-" + code + "-" + (1 + ctx.nextInt(2000)));
        data.sources[2] = ctx.source("Press report on cross-border requests, " + place, ctx.names.word() + " Daily",
                SourceKind.PRESS, ctx.chance(70) ? VerificationStatus.UNVERIFIED : VerificationStatus.DISPUTED, null);
        return data;
    }

    private void authorities(JurisdictionData data) {
        int further = ctx.nextInt(FURTHER_AUTHORITIES.length);
        String place = data.jurisdiction.getName();
        for (int k = 0; k < ctx.mix().authoritiesPerJurisdiction(); k++) {
            AuthorityKind kind = k < FIRST_AUTHORITIES.length ? FIRST_AUTHORITIES[k]
                    : FURTHER_AUTHORITIES[(further + k) % FURTHER_AUTHORITIES.length];
            Authority authority = ctx.factory.createAuthority();
            authority.setKind(kind);
            authority.setName(authorityName(kind, place));
            authority.setJurisdiction(data.jurisdiction);
            ctx.cite(authority, data.officialText(), authority.getName() + " is established by law.", ctx.names.article());
            ctx.root.getActors().add(authority);
            data.authorities.add(authority);
        }
    }

    private static String authorityName(AuthorityKind kind, String place) {
        return switch (kind) {
            case POLICE -> place + " Federal Police";
            case PROSECUTION -> "Public Prosecutor of " + place;
            case JUDICIARY -> "Investigating Judges of " + place;
            case CENTRAL_AUTHORITY -> place + " Ministry of Justice, Central Authority";
            case DEFENCE -> place + " Ministry of Defence";
            case INTELLIGENCE -> place + " Intelligence Service";
            case MINISTRY -> place + " Ministry of the Interior";
            case REGULATOR -> place + " Telecommunications Regulator";
            default -> place + " Cybercrime Centre";
        };
    }

    private void operators(JurisdictionData data) {
        for (int k = 0; k < ctx.mix().operatorsPerJurisdiction(); k++) {
            TelecomOperator operator = ctx.factory.createTelecomOperator();
            operator.setName(ctx.names.operatorName(data.jurisdiction.getName()));
            operator.setJurisdiction(data.jurisdiction);
            ctx.cite(operator, data.officialText(), operator.getName() + " is a declared operator of electronic communications.",
                    ctx.names.page());
            Establishment declaration = ctx.factory.createEstablishment();
            declaration.setKind(EstablishmentKind.OPERATOR_DECLARATION);
            declaration.setJurisdiction(data.jurisdiction);
            declaration.setValidFrom(ctx.day(1995, 2018));
            ctx.cite(declaration, data.officialText(), "Declaration of " + operator.getName() + " registered by the regulator.",
                    ctx.names.page());
            operator.getEstablishments().add(declaration);
            ctx.root.getActors().add(operator);
            data.operators.add(operator);

            Service access = ctx.factory.createService();
            access.setName(operator.getName() + " mobile and broadband");
            access.setProvider(operator);
            ctx.cite(access, data.officialText(), "Public electronic communications service.", ctx.names.page());
            EncryptionProfile radio = ctx.factory.createEncryptionProfile();
            radio.setDataStore(DataStore.IN_TRANSIT);
            radio.setModel(EncryptionModel.TRANSPORT);
            radio.getKeyHolders().add(KeyHolder.PROVIDER);
            radio.setValidFrom(ctx.day(2005, 2020));
            ctx.cite(radio, ctx.assumptions, "Radio and core network links are encrypted by the operator.", null);
            access.getEncryption().add(radio);
            ctx.root.getServices().add(access);
        }
    }

    private void organisation() {
        Organisation organisation = ctx.factory.createOrganisation();
        JurisdictionData home = ctx.pick(ctx.jurisdictions);
        organisation.setKind(ctx.pick(OrganisationKind.values()));
        organisation.setName(home.jurisdiction.getName() + " " + ctx.pick(ORGANISATION_NAMES));
        organisation.setJurisdiction(home.jurisdiction);
        ctx.cite(organisation, home.press(), organisation.getName() + " commented on the draft law.", null);
        ctx.root.getActors().add(organisation);
        ctx.organisations.add(organisation);
    }
}
