/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.lawfulaccess.model.*;

import org.lawfulaccess.model.value.TimeSpan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class LawfulFactoryImpl extends EFactoryImpl implements LawfulFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static LawfulFactory init() {
		try {
			LawfulFactory theLawfulFactory = (LawfulFactory)EPackage.Registry.INSTANCE.getEFactory(LawfulPackage.eNS_URI);
			if (theLawfulFactory != null) {
				return theLawfulFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new LawfulFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LawfulFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case LawfulPackage.ECOSYSTEM: return createEcosystem();
			case LawfulPackage.SOURCE: return createSource();
			case LawfulPackage.CITATION: return createCitation();
			case LawfulPackage.JURISDICTION: return createJurisdiction();
			case LawfulPackage.AUTHORITY: return createAuthority();
			case LawfulPackage.PROVIDER: return createProvider();
			case LawfulPackage.TELECOM_OPERATOR: return createTelecomOperator();
			case LawfulPackage.ORGANISATION: return createOrganisation();
			case LawfulPackage.CORPORATE_GROUP: return createCorporateGroup();
			case LawfulPackage.ESTABLISHMENT: return createEstablishment();
			case LawfulPackage.SERVICE: return createService();
			case LawfulPackage.ENCRYPTION_PROFILE: return createEncryptionProfile();
			case LawfulPackage.TELEMETRY: return createTelemetry();
			case LawfulPackage.ACCREDITATION: return createAccreditation();
			case LawfulPackage.INSTRUMENT: return createInstrument();
			case LawfulPackage.DOMESTIC_OBLIGATION: return createDomesticObligation();
			case LawfulPackage.PROVISION: return createProvision();
			case LawfulPackage.MEMBERSHIP: return createMembership();
			case LawfulPackage.RESERVATION: return createReservation();
			case LawfulPackage.OFFENCE: return createOffence();
			case LawfulPackage.CRIMINALISATION: return createCriminalisation();
			case LawfulPackage.RETENTION_RULE: return createRetentionRule();
			case LawfulPackage.PROVIDER_PRACTICE: return createProviderPractice();
			case LawfulPackage.POINT_OF_CONTACT: return createPointOfContact();
			case LawfulPackage.USAGE_POLICY: return createUsagePolicy();
			case LawfulPackage.POSITION: return createPosition();
			case LawfulPackage.SCENARIO: return createScenario();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case LawfulPackage.SOURCE_KIND:
				return createSourceKindFromString(eDataType, initialValue);
			case LawfulPackage.VERIFICATION_STATUS:
				return createVerificationStatusFromString(eDataType, initialValue);
			case LawfulPackage.JURISDICTION_KIND:
				return createJurisdictionKindFromString(eDataType, initialValue);
			case LawfulPackage.AUTHORITY_KIND:
				return createAuthorityKindFromString(eDataType, initialValue);
			case LawfulPackage.PROVIDER_KIND:
				return createProviderKindFromString(eDataType, initialValue);
			case LawfulPackage.ORGANISATION_KIND:
				return createOrganisationKindFromString(eDataType, initialValue);
			case LawfulPackage.ESTABLISHMENT_KIND:
				return createEstablishmentKindFromString(eDataType, initialValue);
			case LawfulPackage.CONTACT_NETWORK:
				return createContactNetworkFromString(eDataType, initialValue);
			case LawfulPackage.DATA_STORE:
				return createDataStoreFromString(eDataType, initialValue);
			case LawfulPackage.ENCRYPTION_MODEL:
				return createEncryptionModelFromString(eDataType, initialValue);
			case LawfulPackage.KEY_HOLDER:
				return createKeyHolderFromString(eDataType, initialValue);
			case LawfulPackage.TELEMETRY_KIND:
				return createTelemetryKindFromString(eDataType, initialValue);
			case LawfulPackage.CLASSIFICATION_LEVEL:
				return createClassificationLevelFromString(eDataType, initialValue);
			case LawfulPackage.INSTRUMENT_KIND:
				return createInstrumentKindFromString(eDataType, initialValue);
			case LawfulPackage.OBLIGATION_KIND:
				return createObligationKindFromString(eDataType, initialValue);
			case LawfulPackage.ADDRESSEE_CLASS:
				return createAddresseeClassFromString(eDataType, initialValue);
			case LawfulPackage.DATA_CATEGORY:
				return createDataCategoryFromString(eDataType, initialValue);
			case LawfulPackage.ROUTE_KIND:
				return createRouteKindFromString(eDataType, initialValue);
			case LawfulPackage.ADDRESSEE_ROLE:
				return createAddresseeRoleFromString(eDataType, initialValue);
			case LawfulPackage.LEGAL_FORCE:
				return createLegalForceFromString(eDataType, initialValue);
			case LawfulPackage.FORCE_STATUS:
				return createForceStatusFromString(eDataType, initialValue);
			case LawfulPackage.CRIMINALITY_VENUE:
				return createCriminalityVenueFromString(eDataType, initialValue);
			case LawfulPackage.DUAL_CRIMINALITY:
				return createDualCriminalityFromString(eDataType, initialValue);
			case LawfulPackage.MEMBERSHIP_STATUS:
				return createMembershipStatusFromString(eDataType, initialValue);
			case LawfulPackage.RESERVATION_EFFECT:
				return createReservationEffectFromString(eDataType, initialValue);
			case LawfulPackage.CRIMINALISATION_STATUS:
				return createCriminalisationStatusFromString(eDataType, initialValue);
			case LawfulPackage.RETENTION_BOUND:
				return createRetentionBoundFromString(eDataType, initialValue);
			case LawfulPackage.PRACTICE_OUTCOME:
				return createPracticeOutcomeFromString(eDataType, initialValue);
			case LawfulPackage.USAGE_PURPOSE:
				return createUsagePurposeFromString(eDataType, initialValue);
			case LawfulPackage.USAGE_DECISION:
				return createUsageDecisionFromString(eDataType, initialValue);
			case LawfulPackage.STANCE:
				return createStanceFromString(eDataType, initialValue);
			case LawfulPackage.URGENCY:
				return createUrgencyFromString(eDataType, initialValue);
			case LawfulPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			case LawfulPackage.TIME_SPAN:
				return createTimeSpanFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case LawfulPackage.SOURCE_KIND:
				return convertSourceKindToString(eDataType, instanceValue);
			case LawfulPackage.VERIFICATION_STATUS:
				return convertVerificationStatusToString(eDataType, instanceValue);
			case LawfulPackage.JURISDICTION_KIND:
				return convertJurisdictionKindToString(eDataType, instanceValue);
			case LawfulPackage.AUTHORITY_KIND:
				return convertAuthorityKindToString(eDataType, instanceValue);
			case LawfulPackage.PROVIDER_KIND:
				return convertProviderKindToString(eDataType, instanceValue);
			case LawfulPackage.ORGANISATION_KIND:
				return convertOrganisationKindToString(eDataType, instanceValue);
			case LawfulPackage.ESTABLISHMENT_KIND:
				return convertEstablishmentKindToString(eDataType, instanceValue);
			case LawfulPackage.CONTACT_NETWORK:
				return convertContactNetworkToString(eDataType, instanceValue);
			case LawfulPackage.DATA_STORE:
				return convertDataStoreToString(eDataType, instanceValue);
			case LawfulPackage.ENCRYPTION_MODEL:
				return convertEncryptionModelToString(eDataType, instanceValue);
			case LawfulPackage.KEY_HOLDER:
				return convertKeyHolderToString(eDataType, instanceValue);
			case LawfulPackage.TELEMETRY_KIND:
				return convertTelemetryKindToString(eDataType, instanceValue);
			case LawfulPackage.CLASSIFICATION_LEVEL:
				return convertClassificationLevelToString(eDataType, instanceValue);
			case LawfulPackage.INSTRUMENT_KIND:
				return convertInstrumentKindToString(eDataType, instanceValue);
			case LawfulPackage.OBLIGATION_KIND:
				return convertObligationKindToString(eDataType, instanceValue);
			case LawfulPackage.ADDRESSEE_CLASS:
				return convertAddresseeClassToString(eDataType, instanceValue);
			case LawfulPackage.DATA_CATEGORY:
				return convertDataCategoryToString(eDataType, instanceValue);
			case LawfulPackage.ROUTE_KIND:
				return convertRouteKindToString(eDataType, instanceValue);
			case LawfulPackage.ADDRESSEE_ROLE:
				return convertAddresseeRoleToString(eDataType, instanceValue);
			case LawfulPackage.LEGAL_FORCE:
				return convertLegalForceToString(eDataType, instanceValue);
			case LawfulPackage.FORCE_STATUS:
				return convertForceStatusToString(eDataType, instanceValue);
			case LawfulPackage.CRIMINALITY_VENUE:
				return convertCriminalityVenueToString(eDataType, instanceValue);
			case LawfulPackage.DUAL_CRIMINALITY:
				return convertDualCriminalityToString(eDataType, instanceValue);
			case LawfulPackage.MEMBERSHIP_STATUS:
				return convertMembershipStatusToString(eDataType, instanceValue);
			case LawfulPackage.RESERVATION_EFFECT:
				return convertReservationEffectToString(eDataType, instanceValue);
			case LawfulPackage.CRIMINALISATION_STATUS:
				return convertCriminalisationStatusToString(eDataType, instanceValue);
			case LawfulPackage.RETENTION_BOUND:
				return convertRetentionBoundToString(eDataType, instanceValue);
			case LawfulPackage.PRACTICE_OUTCOME:
				return convertPracticeOutcomeToString(eDataType, instanceValue);
			case LawfulPackage.USAGE_PURPOSE:
				return convertUsagePurposeToString(eDataType, instanceValue);
			case LawfulPackage.USAGE_DECISION:
				return convertUsageDecisionToString(eDataType, instanceValue);
			case LawfulPackage.STANCE:
				return convertStanceToString(eDataType, instanceValue);
			case LawfulPackage.URGENCY:
				return convertUrgencyToString(eDataType, instanceValue);
			case LawfulPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			case LawfulPackage.TIME_SPAN:
				return convertTimeSpanToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ecosystem createEcosystem() {
		EcosystemImpl ecosystem = new EcosystemImpl();
		return ecosystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Source createSource() {
		SourceImpl source = new SourceImpl();
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Citation createCitation() {
		CitationImpl citation = new CitationImpl();
		return citation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Jurisdiction createJurisdiction() {
		JurisdictionImpl jurisdiction = new JurisdictionImpl();
		return jurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Authority createAuthority() {
		AuthorityImpl authority = new AuthorityImpl();
		return authority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provider createProvider() {
		ProviderImpl provider = new ProviderImpl();
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TelecomOperator createTelecomOperator() {
		TelecomOperatorImpl telecomOperator = new TelecomOperatorImpl();
		return telecomOperator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation createOrganisation() {
		OrganisationImpl organisation = new OrganisationImpl();
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CorporateGroup createCorporateGroup() {
		CorporateGroupImpl corporateGroup = new CorporateGroupImpl();
		return corporateGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Establishment createEstablishment() {
		EstablishmentImpl establishment = new EstablishmentImpl();
		return establishment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Service createService() {
		ServiceImpl service = new ServiceImpl();
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EncryptionProfile createEncryptionProfile() {
		EncryptionProfileImpl encryptionProfile = new EncryptionProfileImpl();
		return encryptionProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Telemetry createTelemetry() {
		TelemetryImpl telemetry = new TelemetryImpl();
		return telemetry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Accreditation createAccreditation() {
		AccreditationImpl accreditation = new AccreditationImpl();
		return accreditation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instrument createInstrument() {
		InstrumentImpl instrument = new InstrumentImpl();
		return instrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DomesticObligation createDomesticObligation() {
		DomesticObligationImpl domesticObligation = new DomesticObligationImpl();
		return domesticObligation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provision createProvision() {
		ProvisionImpl provision = new ProvisionImpl();
		return provision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Membership createMembership() {
		MembershipImpl membership = new MembershipImpl();
		return membership;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reservation createReservation() {
		ReservationImpl reservation = new ReservationImpl();
		return reservation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Offence createOffence() {
		OffenceImpl offence = new OffenceImpl();
		return offence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Criminalisation createCriminalisation() {
		CriminalisationImpl criminalisation = new CriminalisationImpl();
		return criminalisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetentionRule createRetentionRule() {
		RetentionRuleImpl retentionRule = new RetentionRuleImpl();
		return retentionRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProviderPractice createProviderPractice() {
		ProviderPracticeImpl providerPractice = new ProviderPracticeImpl();
		return providerPractice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PointOfContact createPointOfContact() {
		PointOfContactImpl pointOfContact = new PointOfContactImpl();
		return pointOfContact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UsagePolicy createUsagePolicy() {
		UsagePolicyImpl usagePolicy = new UsagePolicyImpl();
		return usagePolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Position createPosition() {
		PositionImpl position = new PositionImpl();
		return position;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario createScenario() {
		ScenarioImpl scenario = new ScenarioImpl();
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SourceKind createSourceKindFromString(EDataType eDataType, String initialValue) {
		SourceKind result = SourceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSourceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VerificationStatus createVerificationStatusFromString(EDataType eDataType, String initialValue) {
		VerificationStatus result = VerificationStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVerificationStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JurisdictionKind createJurisdictionKindFromString(EDataType eDataType, String initialValue) {
		JurisdictionKind result = JurisdictionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertJurisdictionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AuthorityKind createAuthorityKindFromString(EDataType eDataType, String initialValue) {
		AuthorityKind result = AuthorityKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAuthorityKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProviderKind createProviderKindFromString(EDataType eDataType, String initialValue) {
		ProviderKind result = ProviderKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProviderKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganisationKind createOrganisationKindFromString(EDataType eDataType, String initialValue) {
		OrganisationKind result = OrganisationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrganisationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EstablishmentKind createEstablishmentKindFromString(EDataType eDataType, String initialValue) {
		EstablishmentKind result = EstablishmentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEstablishmentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContactNetwork createContactNetworkFromString(EDataType eDataType, String initialValue) {
		ContactNetwork result = ContactNetwork.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContactNetworkToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataStore createDataStoreFromString(EDataType eDataType, String initialValue) {
		DataStore result = DataStore.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataStoreToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EncryptionModel createEncryptionModelFromString(EDataType eDataType, String initialValue) {
		EncryptionModel result = EncryptionModel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEncryptionModelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KeyHolder createKeyHolderFromString(EDataType eDataType, String initialValue) {
		KeyHolder result = KeyHolder.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKeyHolderToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TelemetryKind createTelemetryKindFromString(EDataType eDataType, String initialValue) {
		TelemetryKind result = TelemetryKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTelemetryKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClassificationLevel createClassificationLevelFromString(EDataType eDataType, String initialValue) {
		ClassificationLevel result = ClassificationLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertClassificationLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InstrumentKind createInstrumentKindFromString(EDataType eDataType, String initialValue) {
		InstrumentKind result = InstrumentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstrumentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ObligationKind createObligationKindFromString(EDataType eDataType, String initialValue) {
		ObligationKind result = ObligationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertObligationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AddresseeClass createAddresseeClassFromString(EDataType eDataType, String initialValue) {
		AddresseeClass result = AddresseeClass.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAddresseeClassToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataCategory createDataCategoryFromString(EDataType eDataType, String initialValue) {
		DataCategory result = DataCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RouteKind createRouteKindFromString(EDataType eDataType, String initialValue) {
		RouteKind result = RouteKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRouteKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AddresseeRole createAddresseeRoleFromString(EDataType eDataType, String initialValue) {
		AddresseeRole result = AddresseeRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAddresseeRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LegalForce createLegalForceFromString(EDataType eDataType, String initialValue) {
		LegalForce result = LegalForce.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLegalForceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ForceStatus createForceStatusFromString(EDataType eDataType, String initialValue) {
		ForceStatus result = ForceStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertForceStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CriminalityVenue createCriminalityVenueFromString(EDataType eDataType, String initialValue) {
		CriminalityVenue result = CriminalityVenue.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCriminalityVenueToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DualCriminality createDualCriminalityFromString(EDataType eDataType, String initialValue) {
		DualCriminality result = DualCriminality.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDualCriminalityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MembershipStatus createMembershipStatusFromString(EDataType eDataType, String initialValue) {
		MembershipStatus result = MembershipStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMembershipStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReservationEffect createReservationEffectFromString(EDataType eDataType, String initialValue) {
		ReservationEffect result = ReservationEffect.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReservationEffectToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CriminalisationStatus createCriminalisationStatusFromString(EDataType eDataType, String initialValue) {
		CriminalisationStatus result = CriminalisationStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCriminalisationStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RetentionBound createRetentionBoundFromString(EDataType eDataType, String initialValue) {
		RetentionBound result = RetentionBound.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRetentionBoundToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PracticeOutcome createPracticeOutcomeFromString(EDataType eDataType, String initialValue) {
		PracticeOutcome result = PracticeOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPracticeOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UsagePurpose createUsagePurposeFromString(EDataType eDataType, String initialValue) {
		UsagePurpose result = UsagePurpose.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUsagePurposeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UsageDecision createUsageDecisionFromString(EDataType eDataType, String initialValue) {
		UsageDecision result = UsageDecision.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUsageDecisionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Stance createStanceFromString(EDataType eDataType, String initialValue) {
		Stance result = Stance.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStanceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Urgency createUrgencyFromString(EDataType eDataType, String initialValue) {
		Urgency result = Urgency.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUrgencyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null ? null : java.time.LocalDate.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TimeSpan createTimeSpan(final String it) {
		return it == null ? null : org.lawfulaccess.model.value.TimeSpan.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TimeSpan createTimeSpanFromString(EDataType eDataType, String initialValue) {
		return createTimeSpan(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTimeSpan(final TimeSpan it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTimeSpanToString(EDataType eDataType, Object instanceValue) {
		return convertTimeSpan((TimeSpan)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LawfulPackage getLawfulPackage() {
		return (LawfulPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static LawfulPackage getPackage() {
		return LawfulPackage.eINSTANCE;
	}

} //LawfulFactoryImpl
