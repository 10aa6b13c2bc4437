/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.lawfulaccess.model.Accreditation;
import org.lawfulaccess.model.Actor;
import org.lawfulaccess.model.AddresseeClass;
import org.lawfulaccess.model.AddresseeRole;
import org.lawfulaccess.model.Authority;
import org.lawfulaccess.model.AuthorityKind;
import org.lawfulaccess.model.Citation;
import org.lawfulaccess.model.ClassificationLevel;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.CorporateGroup;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.CriminalisationStatus;
import org.lawfulaccess.model.CriminalityVenue;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.DataStore;
import org.lawfulaccess.model.DomesticObligation;
import org.lawfulaccess.model.DualCriminality;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.EncryptionModel;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.Establishment;
import org.lawfulaccess.model.EstablishmentKind;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.ForceStatus;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.InstrumentKind;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.JurisdictionKind;
import org.lawfulaccess.model.KeyHolder;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.LegalForce;
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.MembershipStatus;
import org.lawfulaccess.model.NamedElement;
import org.lawfulaccess.model.ObligationKind;
import org.lawfulaccess.model.Offence;
import org.lawfulaccess.model.Organisation;
import org.lawfulaccess.model.OrganisationKind;
import org.lawfulaccess.model.Party;
import org.lawfulaccess.model.PointOfContact;
import org.lawfulaccess.model.Position;
import org.lawfulaccess.model.PracticeOutcome;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.ProviderKind;
import org.lawfulaccess.model.ProviderPractice;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.Reservation;
import org.lawfulaccess.model.ReservationEffect;
import org.lawfulaccess.model.RetentionBound;
import org.lawfulaccess.model.RetentionRule;
import org.lawfulaccess.model.RouteKind;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.model.SourceKind;
import org.lawfulaccess.model.Sourced;
import org.lawfulaccess.model.Stance;
import org.lawfulaccess.model.TelecomOperator;
import org.lawfulaccess.model.Telemetry;
import org.lawfulaccess.model.TelemetryKind;
import org.lawfulaccess.model.Urgency;
import org.lawfulaccess.model.UsageDecision;
import org.lawfulaccess.model.UsagePolicy;
import org.lawfulaccess.model.UsagePurpose;
import org.lawfulaccess.model.VerificationStatus;

import org.lawfulaccess.model.value.TimeSpan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class LawfulPackageImpl extends EPackageImpl implements LawfulPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourcedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ecosystemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass factEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass citationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass jurisdictionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass authorityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass providerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass telecomOperatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass corporateGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass establishmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass encryptionProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass telemetryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accreditationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass instrumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass domesticObligationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass provisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass membershipEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reservationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass offenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass criminalisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass retentionRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass providerPracticeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pointOfContactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass usagePolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass positionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sourceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum verificationStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum jurisdictionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum authorityKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum providerKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum organisationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum establishmentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum contactNetworkEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataStoreEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum encryptionModelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum keyHolderEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum telemetryKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum classificationLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum instrumentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum obligationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum addresseeClassEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum routeKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum addresseeRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum legalForceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum forceStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum criminalityVenueEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dualCriminalityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum membershipStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reservationEffectEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum criminalisationStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum retentionBoundEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum practiceOutcomeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum usagePurposeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum usageDecisionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stanceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum urgencyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType timeSpanEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.lawfulaccess.model.LawfulPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private LawfulPackageImpl() {
		super(eNS_URI, LawfulFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link LawfulPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static LawfulPackage init() {
		if (isInited) return (LawfulPackage)EPackage.Registry.INSTANCE.getEPackage(LawfulPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredLawfulPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		LawfulPackageImpl theLawfulPackage = registeredLawfulPackage instanceof LawfulPackageImpl ? (LawfulPackageImpl)registeredLawfulPackage : new LawfulPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theLawfulPackage.createPackageContents();

		// Initialize created meta-data
		theLawfulPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theLawfulPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(LawfulPackage.eNS_URI, theLawfulPackage);
		return theLawfulPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Description() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSourced() {
		return sourcedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSourced_Citations() {
		return (EReference)sourcedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParty() {
		return partyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEcosystem() {
		return ecosystemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEcosystem_AsOf() {
		return (EAttribute)ecosystemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEcosystem_FormatVersion() {
		return (EAttribute)ecosystemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEcosystem_Sources() {
		return (EReference)ecosystemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEcosystem_Jurisdictions() {
		return (EReference)ecosystemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEcosystem_Groups() {
		return (EReference)ecosystemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEcosystem_Actors() {
		return (EReference)ecosystemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEcosystem_Services() {
		return (EReference)ecosystemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEcosystem_Instruments() {
		return (EReference)ecosystemEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEcosystem_Offences() {
		return (EReference)ecosystemEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEcosystem_Facts() {
		return (EReference)ecosystemEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEcosystem_Scenarios() {
		return (EReference)ecosystemEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFact() {
		return factEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFact_ValidFrom() {
		return (EAttribute)factEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFact_ValidTo() {
		return (EAttribute)factEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFact__IsValidAt__LocalDate() {
		return factEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSource() {
		return sourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Title() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Issuer() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Date() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Identifier() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Url() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Kind() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Verification() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCitation() {
		return citationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCitation_Source() {
		return (EReference)citationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCitation_Quote() {
		return (EAttribute)citationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCitation_Locator() {
		return (EAttribute)citationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJurisdiction() {
		return jurisdictionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJurisdiction_Code() {
		return (EAttribute)jurisdictionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJurisdiction_Kind() {
		return (EAttribute)jurisdictionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJurisdiction_Parent() {
		return (EReference)jurisdictionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActor() {
		return actorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActor_Jurisdiction() {
		return (EReference)actorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAuthority() {
		return authorityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuthority_Kind() {
		return (EAttribute)authorityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProvider() {
		return providerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProvider_Group() {
		return (EReference)providerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvider_Kinds() {
		return (EAttribute)providerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProvider_Services() {
		return (EReference)providerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProvider_Establishments() {
		return (EReference)providerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getProvider__HasKind__ProviderKind() {
		return providerEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTelecomOperator() {
		return telecomOperatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTelecomOperator__HasKind__ProviderKind() {
		return telecomOperatorEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganisation() {
		return organisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Kind() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCorporateGroup() {
		return corporateGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEstablishment() {
		return establishmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEstablishment_Provider() {
		return (EReference)establishmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEstablishment_Jurisdiction() {
		return (EReference)establishmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEstablishment_Kind() {
		return (EAttribute)establishmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEstablishment_Entity() {
		return (EReference)establishmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getService() {
		return serviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getService_Provider() {
		return (EReference)serviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getService_Encryption() {
		return (EReference)serviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getService_Telemetry() {
		return (EReference)serviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getService_Accreditations() {
		return (EReference)serviceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEncryptionProfile() {
		return encryptionProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEncryptionProfile_DataStore() {
		return (EAttribute)encryptionProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEncryptionProfile_Model() {
		return (EAttribute)encryptionProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEncryptionProfile_KeyHolders() {
		return (EAttribute)encryptionProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEncryptionProfile_ThirdPartyKeyHolders() {
		return (EReference)encryptionProfileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTelemetry() {
		return telemetryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTelemetry_Kind() {
		return (EAttribute)telemetryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTelemetry_Recipient() {
		return (EReference)telemetryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccreditation() {
		return accreditationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccreditation_Level() {
		return (EAttribute)accreditationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccreditation_AccreditedBy() {
		return (EReference)accreditationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInstrument() {
		return instrumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_Kind() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrument_Issuer() {
		return (EReference)instrumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrument_Supplements() {
		return (EReference)instrumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_LegalCitation() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_AdoptedOn() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_ForceStatus() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrument_DependsOn() {
		return (EReference)instrumentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrument_Provisions() {
		return (EReference)instrumentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrument_Memberships() {
		return (EReference)instrumentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDomesticObligation() {
		return domesticObligationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomesticObligation_ObligationKind() {
		return (EAttribute)domesticObligationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomesticObligation_AddresseeClass() {
		return (EAttribute)domesticObligationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProvision() {
		return provisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProvision_Instrument() {
		return (EReference)provisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_LegalCitation() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_RouteKind() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_DataCategories() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_IssuingRoles() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_AddresseeRole() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_LegalForce() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_ForceStatus() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_DualCriminality() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_DualCriminalityAssessedIn() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_MinLatency() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_MaxLatency() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_EmergencyLatency() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_EmergencyOnly() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_ApplicableFrom() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_RequiredContactNetworks() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_PreservationPeriod() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvision_SeriousnessThreshold() {
		return (EAttribute)provisionEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getProvision__IsApplicableAt__LocalDate() {
		return provisionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMembership() {
		return membershipEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMembership_Instrument() {
		return (EReference)membershipEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMembership_Party() {
		return (EReference)membershipEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembership_Status() {
		return (EAttribute)membershipEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMembership_Reservations() {
		return (EReference)membershipEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReservation() {
		return reservationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReservation_Provision() {
		return (EReference)reservationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReservation_Effect() {
		return (EAttribute)reservationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReservation_Text() {
		return (EAttribute)reservationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOffence() {
		return offenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCriminalisation() {
		return criminalisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCriminalisation_Offence() {
		return (EReference)criminalisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCriminalisation_Jurisdiction() {
		return (EReference)criminalisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriminalisation_Status() {
		return (EAttribute)criminalisationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriminalisation_Statute() {
		return (EAttribute)criminalisationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriminalisation_MaxImprisonment() {
		return (EAttribute)criminalisationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriminalisation_MaxFine() {
		return (EAttribute)criminalisationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRetentionRule() {
		return retentionRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRetentionRule_Jurisdiction() {
		return (EReference)retentionRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRetentionRule_Provider() {
		return (EReference)retentionRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_ProviderKinds() {
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_DataCategories() {
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_Duration() {
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_Bound() {
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRetentionRule_LegalBasis() {
		return (EReference)retentionRuleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProviderPractice() {
		return providerPracticeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProviderPractice_Provider() {
		return (EReference)providerPracticeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProviderPractice_RequestingJurisdiction() {
		return (EReference)providerPracticeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProviderPractice_RouteKinds() {
		return (EAttribute)providerPracticeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProviderPractice_Outcome() {
		return (EAttribute)providerPracticeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProviderPractice_DataCategories() {
		return (EAttribute)providerPracticeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProviderPractice_Instrument() {
		return (EReference)providerPracticeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPointOfContact() {
		return pointOfContactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPointOfContact_Jurisdiction() {
		return (EReference)pointOfContactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPointOfContact_DesignatedActor() {
		return (EReference)pointOfContactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPointOfContact_Network() {
		return (EAttribute)pointOfContactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPointOfContact_Counterpart() {
		return (EReference)pointOfContactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUsagePolicy() {
		return usagePolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUsagePolicy_Organisation() {
		return (EReference)usagePolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUsagePolicy_Service() {
		return (EReference)usagePolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUsagePolicy_Purpose() {
		return (EAttribute)usagePolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUsagePolicy_Decision() {
		return (EAttribute)usagePolicyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUsagePolicy_MaxLevel() {
		return (EAttribute)usagePolicyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPosition() {
		return positionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPosition_Holder() {
		return (EReference)positionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPosition_Subject() {
		return (EReference)positionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPosition_Stance() {
		return (EAttribute)positionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenario() {
		return scenarioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_RequestingAuthority() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_TargetService() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_TargetProvider() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Offence() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_DataCategory() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Urgency() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_EventDate() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_RequestDate() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_DependsOn() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSourceKind() {
		return sourceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVerificationStatus() {
		return verificationStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getJurisdictionKind() {
		return jurisdictionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAuthorityKind() {
		return authorityKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProviderKind() {
		return providerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOrganisationKind() {
		return organisationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEstablishmentKind() {
		return establishmentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContactNetwork() {
		return contactNetworkEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataStore() {
		return dataStoreEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEncryptionModel() {
		return encryptionModelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getKeyHolder() {
		return keyHolderEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTelemetryKind() {
		return telemetryKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getClassificationLevel() {
		return classificationLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInstrumentKind() {
		return instrumentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getObligationKind() {
		return obligationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAddresseeClass() {
		return addresseeClassEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataCategory() {
		return dataCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRouteKind() {
		return routeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAddresseeRole() {
		return addresseeRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLegalForce() {
		return legalForceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getForceStatus() {
		return forceStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCriminalityVenue() {
		return criminalityVenueEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDualCriminality() {
		return dualCriminalityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMembershipStatus() {
		return membershipStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReservationEffect() {
		return reservationEffectEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCriminalisationStatus() {
		return criminalisationStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRetentionBound() {
		return retentionBoundEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPracticeOutcome() {
		return practiceOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUsagePurpose() {
		return usagePurposeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUsageDecision() {
		return usageDecisionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStance() {
		return stanceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUrgency() {
		return urgencyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getTimeSpan() {
		return timeSpanEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LawfulFactory getLawfulFactory() {
		return (LawfulFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__DESCRIPTION);

		sourcedEClass = createEClass(SOURCED);
		createEReference(sourcedEClass, SOURCED__CITATIONS);

		partyEClass = createEClass(PARTY);

		ecosystemEClass = createEClass(ECOSYSTEM);
		createEAttribute(ecosystemEClass, ECOSYSTEM__AS_OF);
		createEAttribute(ecosystemEClass, ECOSYSTEM__FORMAT_VERSION);
		createEReference(ecosystemEClass, ECOSYSTEM__SOURCES);
		createEReference(ecosystemEClass, ECOSYSTEM__JURISDICTIONS);
		createEReference(ecosystemEClass, ECOSYSTEM__GROUPS);
		createEReference(ecosystemEClass, ECOSYSTEM__ACTORS);
		createEReference(ecosystemEClass, ECOSYSTEM__SERVICES);
		createEReference(ecosystemEClass, ECOSYSTEM__INSTRUMENTS);
		createEReference(ecosystemEClass, ECOSYSTEM__OFFENCES);
		createEReference(ecosystemEClass, ECOSYSTEM__FACTS);
		createEReference(ecosystemEClass, ECOSYSTEM__SCENARIOS);

		factEClass = createEClass(FACT);
		createEAttribute(factEClass, FACT__VALID_FROM);
		createEAttribute(factEClass, FACT__VALID_TO);
		createEOperation(factEClass, FACT___IS_VALID_AT__LOCALDATE);

		sourceEClass = createEClass(SOURCE);
		createEAttribute(sourceEClass, SOURCE__TITLE);
		createEAttribute(sourceEClass, SOURCE__ISSUER);
		createEAttribute(sourceEClass, SOURCE__DATE);
		createEAttribute(sourceEClass, SOURCE__IDENTIFIER);
		createEAttribute(sourceEClass, SOURCE__URL);
		createEAttribute(sourceEClass, SOURCE__KIND);
		createEAttribute(sourceEClass, SOURCE__VERIFICATION);

		citationEClass = createEClass(CITATION);
		createEReference(citationEClass, CITATION__SOURCE);
		createEAttribute(citationEClass, CITATION__QUOTE);
		createEAttribute(citationEClass, CITATION__LOCATOR);

		jurisdictionEClass = createEClass(JURISDICTION);
		createEAttribute(jurisdictionEClass, JURISDICTION__CODE);
		createEAttribute(jurisdictionEClass, JURISDICTION__KIND);
		createEReference(jurisdictionEClass, JURISDICTION__PARENT);

		actorEClass = createEClass(ACTOR);
		createEReference(actorEClass, ACTOR__JURISDICTION);

		authorityEClass = createEClass(AUTHORITY);
		createEAttribute(authorityEClass, AUTHORITY__KIND);

		providerEClass = createEClass(PROVIDER);
		createEReference(providerEClass, PROVIDER__GROUP);
		createEAttribute(providerEClass, PROVIDER__KINDS);
		createEReference(providerEClass, PROVIDER__SERVICES);
		createEReference(providerEClass, PROVIDER__ESTABLISHMENTS);
		createEOperation(providerEClass, PROVIDER___HAS_KIND__PROVIDERKIND);

		telecomOperatorEClass = createEClass(TELECOM_OPERATOR);
		createEOperation(telecomOperatorEClass, TELECOM_OPERATOR___HAS_KIND__PROVIDERKIND);

		organisationEClass = createEClass(ORGANISATION);
		createEAttribute(organisationEClass, ORGANISATION__KIND);

		corporateGroupEClass = createEClass(CORPORATE_GROUP);

		establishmentEClass = createEClass(ESTABLISHMENT);
		createEReference(establishmentEClass, ESTABLISHMENT__PROVIDER);
		createEReference(establishmentEClass, ESTABLISHMENT__JURISDICTION);
		createEAttribute(establishmentEClass, ESTABLISHMENT__KIND);
		createEReference(establishmentEClass, ESTABLISHMENT__ENTITY);

		serviceEClass = createEClass(SERVICE);
		createEReference(serviceEClass, SERVICE__PROVIDER);
		createEReference(serviceEClass, SERVICE__ENCRYPTION);
		createEReference(serviceEClass, SERVICE__TELEMETRY);
		createEReference(serviceEClass, SERVICE__ACCREDITATIONS);

		encryptionProfileEClass = createEClass(ENCRYPTION_PROFILE);
		createEAttribute(encryptionProfileEClass, ENCRYPTION_PROFILE__DATA_STORE);
		createEAttribute(encryptionProfileEClass, ENCRYPTION_PROFILE__MODEL);
		createEAttribute(encryptionProfileEClass, ENCRYPTION_PROFILE__KEY_HOLDERS);
		createEReference(encryptionProfileEClass, ENCRYPTION_PROFILE__THIRD_PARTY_KEY_HOLDERS);

		telemetryEClass = createEClass(TELEMETRY);
		createEAttribute(telemetryEClass, TELEMETRY__KIND);
		createEReference(telemetryEClass, TELEMETRY__RECIPIENT);

		accreditationEClass = createEClass(ACCREDITATION);
		createEAttribute(accreditationEClass, ACCREDITATION__LEVEL);
		createEReference(accreditationEClass, ACCREDITATION__ACCREDITED_BY);

		instrumentEClass = createEClass(INSTRUMENT);
		createEAttribute(instrumentEClass, INSTRUMENT__KIND);
		createEReference(instrumentEClass, INSTRUMENT__ISSUER);
		createEReference(instrumentEClass, INSTRUMENT__SUPPLEMENTS);
		createEAttribute(instrumentEClass, INSTRUMENT__LEGAL_CITATION);
		createEAttribute(instrumentEClass, INSTRUMENT__ADOPTED_ON);
		createEAttribute(instrumentEClass, INSTRUMENT__FORCE_STATUS);
		createEReference(instrumentEClass, INSTRUMENT__DEPENDS_ON);
		createEReference(instrumentEClass, INSTRUMENT__PROVISIONS);
		createEReference(instrumentEClass, INSTRUMENT__MEMBERSHIPS);

		domesticObligationEClass = createEClass(DOMESTIC_OBLIGATION);
		createEAttribute(domesticObligationEClass, DOMESTIC_OBLIGATION__OBLIGATION_KIND);
		createEAttribute(domesticObligationEClass, DOMESTIC_OBLIGATION__ADDRESSEE_CLASS);

		provisionEClass = createEClass(PROVISION);
		createEReference(provisionEClass, PROVISION__INSTRUMENT);
		createEAttribute(provisionEClass, PROVISION__LEGAL_CITATION);
		createEAttribute(provisionEClass, PROVISION__ROUTE_KIND);
		createEAttribute(provisionEClass, PROVISION__DATA_CATEGORIES);
		createEAttribute(provisionEClass, PROVISION__ISSUING_ROLES);
		createEAttribute(provisionEClass, PROVISION__ADDRESSEE_ROLE);
		createEAttribute(provisionEClass, PROVISION__LEGAL_FORCE);
		createEAttribute(provisionEClass, PROVISION__FORCE_STATUS);
		createEAttribute(provisionEClass, PROVISION__DUAL_CRIMINALITY);
		createEAttribute(provisionEClass, PROVISION__DUAL_CRIMINALITY_ASSESSED_IN);
		createEAttribute(provisionEClass, PROVISION__MIN_LATENCY);
		createEAttribute(provisionEClass, PROVISION__MAX_LATENCY);
		createEAttribute(provisionEClass, PROVISION__EMERGENCY_LATENCY);
		createEAttribute(provisionEClass, PROVISION__EMERGENCY_ONLY);
		createEAttribute(provisionEClass, PROVISION__APPLICABLE_FROM);
		createEAttribute(provisionEClass, PROVISION__REQUIRED_CONTACT_NETWORKS);
		createEAttribute(provisionEClass, PROVISION__PRESERVATION_PERIOD);
		createEAttribute(provisionEClass, PROVISION__SERIOUSNESS_THRESHOLD);
		createEOperation(provisionEClass, PROVISION___IS_APPLICABLE_AT__LOCALDATE);

		membershipEClass = createEClass(MEMBERSHIP);
		createEReference(membershipEClass, MEMBERSHIP__INSTRUMENT);
		createEReference(membershipEClass, MEMBERSHIP__PARTY);
		createEAttribute(membershipEClass, MEMBERSHIP__STATUS);
		createEReference(membershipEClass, MEMBERSHIP__RESERVATIONS);

		reservationEClass = createEClass(RESERVATION);
		createEReference(reservationEClass, RESERVATION__PROVISION);
		createEAttribute(reservationEClass, RESERVATION__EFFECT);
		createEAttribute(reservationEClass, RESERVATION__TEXT);

		offenceEClass = createEClass(OFFENCE);

		criminalisationEClass = createEClass(CRIMINALISATION);
		createEReference(criminalisationEClass, CRIMINALISATION__OFFENCE);
		createEReference(criminalisationEClass, CRIMINALISATION__JURISDICTION);
		createEAttribute(criminalisationEClass, CRIMINALISATION__STATUS);
		createEAttribute(criminalisationEClass, CRIMINALISATION__STATUTE);
		createEAttribute(criminalisationEClass, CRIMINALISATION__MAX_IMPRISONMENT);
		createEAttribute(criminalisationEClass, CRIMINALISATION__MAX_FINE);

		retentionRuleEClass = createEClass(RETENTION_RULE);
		createEReference(retentionRuleEClass, RETENTION_RULE__JURISDICTION);
		createEReference(retentionRuleEClass, RETENTION_RULE__PROVIDER);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__PROVIDER_KINDS);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__DATA_CATEGORIES);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__DURATION);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__BOUND);
		createEReference(retentionRuleEClass, RETENTION_RULE__LEGAL_BASIS);

		providerPracticeEClass = createEClass(PROVIDER_PRACTICE);
		createEReference(providerPracticeEClass, PROVIDER_PRACTICE__PROVIDER);
		createEReference(providerPracticeEClass, PROVIDER_PRACTICE__REQUESTING_JURISDICTION);
		createEAttribute(providerPracticeEClass, PROVIDER_PRACTICE__ROUTE_KINDS);
		createEAttribute(providerPracticeEClass, PROVIDER_PRACTICE__OUTCOME);
		createEAttribute(providerPracticeEClass, PROVIDER_PRACTICE__DATA_CATEGORIES);
		createEReference(providerPracticeEClass, PROVIDER_PRACTICE__INSTRUMENT);

		pointOfContactEClass = createEClass(POINT_OF_CONTACT);
		createEReference(pointOfContactEClass, POINT_OF_CONTACT__JURISDICTION);
		createEReference(pointOfContactEClass, POINT_OF_CONTACT__DESIGNATED_ACTOR);
		createEAttribute(pointOfContactEClass, POINT_OF_CONTACT__NETWORK);
		createEReference(pointOfContactEClass, POINT_OF_CONTACT__COUNTERPART);

		usagePolicyEClass = createEClass(USAGE_POLICY);
		createEReference(usagePolicyEClass, USAGE_POLICY__ORGANISATION);
		createEReference(usagePolicyEClass, USAGE_POLICY__SERVICE);
		createEAttribute(usagePolicyEClass, USAGE_POLICY__PURPOSE);
		createEAttribute(usagePolicyEClass, USAGE_POLICY__DECISION);
		createEAttribute(usagePolicyEClass, USAGE_POLICY__MAX_LEVEL);

		positionEClass = createEClass(POSITION);
		createEReference(positionEClass, POSITION__HOLDER);
		createEReference(positionEClass, POSITION__SUBJECT);
		createEAttribute(positionEClass, POSITION__STANCE);

		scenarioEClass = createEClass(SCENARIO);
		createEReference(scenarioEClass, SCENARIO__REQUESTING_AUTHORITY);
		createEReference(scenarioEClass, SCENARIO__TARGET_SERVICE);
		createEReference(scenarioEClass, SCENARIO__TARGET_PROVIDER);
		createEReference(scenarioEClass, SCENARIO__OFFENCE);
		createEAttribute(scenarioEClass, SCENARIO__DATA_CATEGORY);
		createEAttribute(scenarioEClass, SCENARIO__URGENCY);
		createEAttribute(scenarioEClass, SCENARIO__EVENT_DATE);
		createEAttribute(scenarioEClass, SCENARIO__REQUEST_DATE);
		createEReference(scenarioEClass, SCENARIO__DEPENDS_ON);

		// Create enums
		sourceKindEEnum = createEEnum(SOURCE_KIND);
		verificationStatusEEnum = createEEnum(VERIFICATION_STATUS);
		jurisdictionKindEEnum = createEEnum(JURISDICTION_KIND);
		authorityKindEEnum = createEEnum(AUTHORITY_KIND);
		providerKindEEnum = createEEnum(PROVIDER_KIND);
		organisationKindEEnum = createEEnum(ORGANISATION_KIND);
		establishmentKindEEnum = createEEnum(ESTABLISHMENT_KIND);
		contactNetworkEEnum = createEEnum(CONTACT_NETWORK);
		dataStoreEEnum = createEEnum(DATA_STORE);
		encryptionModelEEnum = createEEnum(ENCRYPTION_MODEL);
		keyHolderEEnum = createEEnum(KEY_HOLDER);
		telemetryKindEEnum = createEEnum(TELEMETRY_KIND);
		classificationLevelEEnum = createEEnum(CLASSIFICATION_LEVEL);
		instrumentKindEEnum = createEEnum(INSTRUMENT_KIND);
		obligationKindEEnum = createEEnum(OBLIGATION_KIND);
		addresseeClassEEnum = createEEnum(ADDRESSEE_CLASS);
		dataCategoryEEnum = createEEnum(DATA_CATEGORY);
		routeKindEEnum = createEEnum(ROUTE_KIND);
		addresseeRoleEEnum = createEEnum(ADDRESSEE_ROLE);
		legalForceEEnum = createEEnum(LEGAL_FORCE);
		forceStatusEEnum = createEEnum(FORCE_STATUS);
		criminalityVenueEEnum = createEEnum(CRIMINALITY_VENUE);
		dualCriminalityEEnum = createEEnum(DUAL_CRIMINALITY);
		membershipStatusEEnum = createEEnum(MEMBERSHIP_STATUS);
		reservationEffectEEnum = createEEnum(RESERVATION_EFFECT);
		criminalisationStatusEEnum = createEEnum(CRIMINALISATION_STATUS);
		retentionBoundEEnum = createEEnum(RETENTION_BOUND);
		practiceOutcomeEEnum = createEEnum(PRACTICE_OUTCOME);
		usagePurposeEEnum = createEEnum(USAGE_PURPOSE);
		usageDecisionEEnum = createEEnum(USAGE_DECISION);
		stanceEEnum = createEEnum(STANCE);
		urgencyEEnum = createEEnum(URGENCY);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
		timeSpanEDataType = createEDataType(TIME_SPAN);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		partyEClass.getESuperTypes().add(this.getNamedElement());
		ecosystemEClass.getESuperTypes().add(this.getNamedElement());
		factEClass.getESuperTypes().add(this.getSourced());
		sourceEClass.getESuperTypes().add(this.getNamedElement());
		jurisdictionEClass.getESuperTypes().add(this.getParty());
		actorEClass.getESuperTypes().add(this.getParty());
		actorEClass.getESuperTypes().add(this.getSourced());
		authorityEClass.getESuperTypes().add(this.getActor());
		providerEClass.getESuperTypes().add(this.getActor());
		telecomOperatorEClass.getESuperTypes().add(this.getProvider());
		organisationEClass.getESuperTypes().add(this.getActor());
		corporateGroupEClass.getESuperTypes().add(this.getNamedElement());
		corporateGroupEClass.getESuperTypes().add(this.getSourced());
		establishmentEClass.getESuperTypes().add(this.getFact());
		serviceEClass.getESuperTypes().add(this.getNamedElement());
		serviceEClass.getESuperTypes().add(this.getSourced());
		encryptionProfileEClass.getESuperTypes().add(this.getFact());
		telemetryEClass.getESuperTypes().add(this.getFact());
		accreditationEClass.getESuperTypes().add(this.getFact());
		instrumentEClass.getESuperTypes().add(this.getNamedElement());
		instrumentEClass.getESuperTypes().add(this.getSourced());
		domesticObligationEClass.getESuperTypes().add(this.getInstrument());
		provisionEClass.getESuperTypes().add(this.getNamedElement());
		provisionEClass.getESuperTypes().add(this.getFact());
		membershipEClass.getESuperTypes().add(this.getFact());
		reservationEClass.getESuperTypes().add(this.getFact());
		offenceEClass.getESuperTypes().add(this.getNamedElement());
		criminalisationEClass.getESuperTypes().add(this.getFact());
		retentionRuleEClass.getESuperTypes().add(this.getFact());
		providerPracticeEClass.getESuperTypes().add(this.getFact());
		pointOfContactEClass.getESuperTypes().add(this.getFact());
		usagePolicyEClass.getESuperTypes().add(this.getFact());
		positionEClass.getESuperTypes().add(this.getFact());
		scenarioEClass.getESuperTypes().add(this.getNamedElement());
		scenarioEClass.getESuperTypes().add(this.getSourced());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNamedElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(sourcedEClass, Sourced.class, "Sourced", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getSourced_Citations(), this.getCitation(), null, "citations", null, 0, -1, Sourced.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(partyEClass, Party.class, "Party", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		initEClass(ecosystemEClass, Ecosystem.class, "Ecosystem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getEcosystem_AsOf(), this.getLocalDate(), "asOf", null, 1, 1, Ecosystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEcosystem_FormatVersion(), ecorePackage.getEInt(), "formatVersion", "2", 0, 1, Ecosystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getEcosystem_Sources(), this.getSource(), null, "sources", null, 0, -1, Ecosystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEcosystem_Jurisdictions(), this.getJurisdiction(), null, "jurisdictions", null, 0, -1, Ecosystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEcosystem_Groups(), this.getCorporateGroup(), null, "groups", null, 0, -1, Ecosystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEcosystem_Actors(), this.getActor(), null, "actors", null, 0, -1, Ecosystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEcosystem_Services(), this.getService(), null, "services", null, 0, -1, Ecosystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEcosystem_Instruments(), this.getInstrument(), null, "instruments", null, 0, -1, Ecosystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEcosystem_Offences(), this.getOffence(), null, "offences", null, 0, -1, Ecosystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEcosystem_Facts(), this.getFact(), null, "facts", null, 0, -1, Ecosystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEcosystem_Scenarios(), this.getScenario(), null, "scenarios", null, 0, -1, Ecosystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(factEClass, Fact.class, "Fact", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getFact_ValidFrom(), this.getLocalDate(), "validFrom", null, 0, 1, Fact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFact_ValidTo(), this.getLocalDate(), "validTo", null, 0, 1, Fact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		EOperation op = initEOperation(getFact__IsValidAt__LocalDate(), ecorePackage.getEBoolean(), "isValidAt", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, this.getLocalDate(), "date", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(sourceEClass, Source.class, "Source", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getSource_Title(), ecorePackage.getEString(), "title", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSource_Issuer(), ecorePackage.getEString(), "issuer", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSource_Date(), this.getLocalDate(), "date", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSource_Identifier(), ecorePackage.getEString(), "identifier", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSource_Url(), ecorePackage.getEString(), "url", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSource_Kind(), this.getSourceKind(), "kind", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSource_Verification(), this.getVerificationStatus(), "verification", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(citationEClass, Citation.class, "Citation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getCitation_Source(), this.getSource(), null, "source", null, 1, 1, Citation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCitation_Quote(), ecorePackage.getEString(), "quote", null, 0, 1, Citation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCitation_Locator(), ecorePackage.getEString(), "locator", null, 0, 1, Citation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(jurisdictionEClass, Jurisdiction.class, "Jurisdiction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getJurisdiction_Code(), ecorePackage.getEString(), "code", null, 1, 1, Jurisdiction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getJurisdiction_Kind(), this.getJurisdictionKind(), "kind", null, 0, 1, Jurisdiction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getJurisdiction_Parent(), this.getJurisdiction(), null, "parent", null, 0, 1, Jurisdiction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(actorEClass, Actor.class, "Actor", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getActor_Jurisdiction(), this.getJurisdiction(), null, "jurisdiction", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(authorityEClass, Authority.class, "Authority", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAuthority_Kind(), this.getAuthorityKind(), "kind", null, 0, 1, Authority.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(providerEClass, Provider.class, "Provider", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getProvider_Group(), this.getCorporateGroup(), null, "group", null, 0, 1, Provider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvider_Kinds(), this.getProviderKind(), "kinds", null, 0, -1, Provider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProvider_Services(), this.getService(), this.getService_Provider(), "services", null, 0, -1, Provider.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProvider_Establishments(), this.getEstablishment(), this.getEstablishment_Provider(), "establishments", null, 0, -1, Provider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getProvider__HasKind__ProviderKind(), ecorePackage.getEBoolean(), "hasKind", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, this.getProviderKind(), "kind", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(telecomOperatorEClass, TelecomOperator.class, "TelecomOperator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		op = initEOperation(getTelecomOperator__HasKind__ProviderKind(), ecorePackage.getEBoolean(), "hasKind", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, this.getProviderKind(), "kind", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(organisationEClass, Organisation.class, "Organisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getOrganisation_Kind(), this.getOrganisationKind(), "kind", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(corporateGroupEClass, CorporateGroup.class, "CorporateGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		initEClass(establishmentEClass, Establishment.class, "Establishment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getEstablishment_Provider(), this.getProvider(), this.getProvider_Establishments(), "provider", null, 1, 1, Establishment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEstablishment_Jurisdiction(), this.getJurisdiction(), null, "jurisdiction", null, 1, 1, Establishment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEstablishment_Kind(), this.getEstablishmentKind(), "kind", null, 0, 1, Establishment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEstablishment_Entity(), this.getActor(), null, "entity", null, 0, 1, Establishment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(serviceEClass, Service.class, "Service", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getService_Provider(), this.getProvider(), this.getProvider_Services(), "provider", null, 1, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getService_Encryption(), this.getEncryptionProfile(), null, "encryption", null, 0, -1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getService_Telemetry(), this.getTelemetry(), null, "telemetry", null, 0, -1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getService_Accreditations(), this.getAccreditation(), null, "accreditations", null, 0, -1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(encryptionProfileEClass, EncryptionProfile.class, "EncryptionProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getEncryptionProfile_DataStore(), this.getDataStore(), "dataStore", null, 0, 1, EncryptionProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEncryptionProfile_Model(), this.getEncryptionModel(), "model", null, 0, 1, EncryptionProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEncryptionProfile_KeyHolders(), this.getKeyHolder(), "keyHolders", null, 0, -1, EncryptionProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEncryptionProfile_ThirdPartyKeyHolders(), this.getActor(), null, "thirdPartyKeyHolders", null, 0, -1, EncryptionProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(telemetryEClass, Telemetry.class, "Telemetry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTelemetry_Kind(), this.getTelemetryKind(), "kind", null, 0, 1, Telemetry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTelemetry_Recipient(), this.getActor(), null, "recipient", null, 1, 1, Telemetry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(accreditationEClass, Accreditation.class, "Accreditation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAccreditation_Level(), this.getClassificationLevel(), "level", null, 0, 1, Accreditation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccreditation_AccreditedBy(), this.getActor(), null, "accreditedBy", null, 0, 1, Accreditation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(instrumentEClass, Instrument.class, "Instrument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getInstrument_Kind(), this.getInstrumentKind(), "kind", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstrument_Issuer(), this.getParty(), null, "issuer", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstrument_Supplements(), this.getInstrument(), null, "supplements", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInstrument_LegalCitation(), ecorePackage.getEString(), "legalCitation", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInstrument_AdoptedOn(), this.getLocalDate(), "adoptedOn", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInstrument_ForceStatus(), this.getForceStatus(), "forceStatus", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstrument_DependsOn(), this.getInstrument(), null, "dependsOn", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstrument_Provisions(), this.getProvision(), this.getProvision_Instrument(), "provisions", null, 0, -1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstrument_Memberships(), this.getMembership(), this.getMembership_Instrument(), "memberships", null, 0, -1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(domesticObligationEClass, DomesticObligation.class, "DomesticObligation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getDomesticObligation_ObligationKind(), this.getObligationKind(), "obligationKind", null, 0, 1, DomesticObligation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDomesticObligation_AddresseeClass(), this.getAddresseeClass(), "addresseeClass", null, 0, 1, DomesticObligation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(provisionEClass, Provision.class, "Provision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getProvision_Instrument(), this.getInstrument(), this.getInstrument_Provisions(), "instrument", null, 1, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_LegalCitation(), ecorePackage.getEString(), "legalCitation", null, 0, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_RouteKind(), this.getRouteKind(), "routeKind", null, 0, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_DataCategories(), this.getDataCategory(), "dataCategories", null, 0, -1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_IssuingRoles(), this.getAuthorityKind(), "issuingRoles", null, 0, -1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_AddresseeRole(), this.getAddresseeRole(), "addresseeRole", null, 0, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_LegalForce(), this.getLegalForce(), "legalForce", null, 0, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_ForceStatus(), this.getForceStatus(), "forceStatus", null, 0, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_DualCriminality(), this.getDualCriminality(), "dualCriminality", null, 0, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_DualCriminalityAssessedIn(), this.getCriminalityVenue(), "dualCriminalityAssessedIn", null, 0, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_MinLatency(), this.getTimeSpan(), "minLatency", null, 0, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_MaxLatency(), this.getTimeSpan(), "maxLatency", null, 0, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_EmergencyLatency(), this.getTimeSpan(), "emergencyLatency", null, 0, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_EmergencyOnly(), ecorePackage.getEBoolean(), "emergencyOnly", null, 0, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_ApplicableFrom(), this.getLocalDate(), "applicableFrom", null, 0, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_RequiredContactNetworks(), this.getContactNetwork(), "requiredContactNetworks", null, 0, -1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_PreservationPeriod(), this.getTimeSpan(), "preservationPeriod", null, 0, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvision_SeriousnessThreshold(), this.getTimeSpan(), "seriousnessThreshold", null, 0, 1, Provision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getProvision__IsApplicableAt__LocalDate(), ecorePackage.getEBoolean(), "isApplicableAt", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, this.getLocalDate(), "date", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(membershipEClass, Membership.class, "Membership", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getMembership_Instrument(), this.getInstrument(), this.getInstrument_Memberships(), "instrument", null, 1, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMembership_Party(), this.getParty(), null, "party", null, 1, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMembership_Status(), this.getMembershipStatus(), "status", null, 0, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMembership_Reservations(), this.getReservation(), null, "reservations", null, 0, -1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(reservationEClass, Reservation.class, "Reservation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getReservation_Provision(), this.getProvision(), null, "provision", null, 1, 1, Reservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getReservation_Effect(), this.getReservationEffect(), "effect", null, 0, 1, Reservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getReservation_Text(), ecorePackage.getEString(), "text", null, 0, 1, Reservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(offenceEClass, Offence.class, "Offence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		initEClass(criminalisationEClass, Criminalisation.class, "Criminalisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getCriminalisation_Offence(), this.getOffence(), null, "offence", null, 1, 1, Criminalisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCriminalisation_Jurisdiction(), this.getJurisdiction(), null, "jurisdiction", null, 1, 1, Criminalisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCriminalisation_Status(), this.getCriminalisationStatus(), "status", null, 0, 1, Criminalisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCriminalisation_Statute(), ecorePackage.getEString(), "statute", null, 0, 1, Criminalisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCriminalisation_MaxImprisonment(), this.getTimeSpan(), "maxImprisonment", null, 0, 1, Criminalisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCriminalisation_MaxFine(), ecorePackage.getEString(), "maxFine", null, 0, 1, Criminalisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(retentionRuleEClass, RetentionRule.class, "RetentionRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getRetentionRule_Jurisdiction(), this.getJurisdiction(), null, "jurisdiction", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRetentionRule_Provider(), this.getProvider(), null, "provider", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetentionRule_ProviderKinds(), this.getProviderKind(), "providerKinds", null, 0, -1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetentionRule_DataCategories(), this.getDataCategory(), "dataCategories", null, 0, -1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetentionRule_Duration(), this.getTimeSpan(), "duration", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetentionRule_Bound(), this.getRetentionBound(), "bound", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRetentionRule_LegalBasis(), this.getInstrument(), null, "legalBasis", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(providerPracticeEClass, ProviderPractice.class, "ProviderPractice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getProviderPractice_Provider(), this.getProvider(), null, "provider", null, 1, 1, ProviderPractice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProviderPractice_RequestingJurisdiction(), this.getJurisdiction(), null, "requestingJurisdiction", null, 1, 1, ProviderPractice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProviderPractice_RouteKinds(), this.getRouteKind(), "routeKinds", null, 0, -1, ProviderPractice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProviderPractice_Outcome(), this.getPracticeOutcome(), "outcome", null, 0, 1, ProviderPractice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProviderPractice_DataCategories(), this.getDataCategory(), "dataCategories", null, 0, -1, ProviderPractice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProviderPractice_Instrument(), this.getInstrument(), null, "instrument", null, 0, 1, ProviderPractice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(pointOfContactEClass, PointOfContact.class, "PointOfContact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getPointOfContact_Jurisdiction(), this.getJurisdiction(), null, "jurisdiction", null, 1, 1, PointOfContact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPointOfContact_DesignatedActor(), this.getActor(), null, "designatedActor", null, 0, 1, PointOfContact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPointOfContact_Network(), this.getContactNetwork(), "network", null, 0, 1, PointOfContact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPointOfContact_Counterpart(), this.getProvider(), null, "counterpart", null, 0, 1, PointOfContact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(usagePolicyEClass, UsagePolicy.class, "UsagePolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getUsagePolicy_Organisation(), this.getActor(), null, "organisation", null, 1, 1, UsagePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getUsagePolicy_Service(), this.getService(), null, "service", null, 1, 1, UsagePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUsagePolicy_Purpose(), this.getUsagePurpose(), "purpose", null, 0, 1, UsagePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUsagePolicy_Decision(), this.getUsageDecision(), "decision", null, 0, 1, UsagePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUsagePolicy_MaxLevel(), this.getClassificationLevel(), "maxLevel", null, 0, 1, UsagePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(positionEClass, Position.class, "Position", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getPosition_Holder(), this.getParty(), null, "holder", null, 1, 1, Position.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPosition_Subject(), this.getInstrument(), null, "subject", null, 1, 1, Position.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPosition_Stance(), this.getStance(), "stance", null, 0, 1, Position.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(scenarioEClass, Scenario.class, "Scenario", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getScenario_RequestingAuthority(), this.getAuthority(), null, "requestingAuthority", null, 1, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_TargetService(), this.getService(), null, "targetService", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_TargetProvider(), this.getProvider(), null, "targetProvider", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_Offence(), this.getOffence(), null, "offence", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScenario_DataCategory(), this.getDataCategory(), "dataCategory", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScenario_Urgency(), this.getUrgency(), "urgency", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScenario_EventDate(), this.getLocalDate(), "eventDate", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScenario_RequestDate(), this.getLocalDate(), "requestDate", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScenario_DependsOn(), this.getScenario(), null, "dependsOn", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(sourceKindEEnum, SourceKind.class, "SourceKind"); //$NON-NLS-1$
		addEEnumLiteral(sourceKindEEnum, SourceKind.OFFICIAL_TEXT);
		addEEnumLiteral(sourceKindEEnum, SourceKind.OFFICIAL_ANSWER);
		addEEnumLiteral(sourceKindEEnum, SourceKind.PRESS);
		addEEnumLiteral(sourceKindEEnum, SourceKind.COMMENT);
		addEEnumLiteral(sourceKindEEnum, SourceKind.ANALYST_ASSUMPTION);

		initEEnum(verificationStatusEEnum, VerificationStatus.class, "VerificationStatus"); //$NON-NLS-1$
		addEEnumLiteral(verificationStatusEEnum, VerificationStatus.UNVERIFIED);
		addEEnumLiteral(verificationStatusEEnum, VerificationStatus.VERIFIED);
		addEEnumLiteral(verificationStatusEEnum, VerificationStatus.DISPUTED);

		initEEnum(jurisdictionKindEEnum, JurisdictionKind.class, "JurisdictionKind"); //$NON-NLS-1$
		addEEnumLiteral(jurisdictionKindEEnum, JurisdictionKind.STATE);
		addEEnumLiteral(jurisdictionKindEEnum, JurisdictionKind.SUPRANATIONAL);
		addEEnumLiteral(jurisdictionKindEEnum, JurisdictionKind.SUBNATIONAL);

		initEEnum(authorityKindEEnum, AuthorityKind.class, "AuthorityKind"); //$NON-NLS-1$
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.POLICE);
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.PROSECUTION);
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.JUDICIARY);
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.INTELLIGENCE);
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.MINISTRY);
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.CENTRAL_AUTHORITY);
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.DEFENCE);
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.REGULATOR);
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.OTHER);

		initEEnum(providerKindEEnum, ProviderKind.class, "ProviderKind"); //$NON-NLS-1$
		addEEnumLiteral(providerKindEEnum, ProviderKind.TELECOM_OPERATOR);
		addEEnumLiteral(providerKindEEnum, ProviderKind.MESSAGING);
		addEEnumLiteral(providerKindEEnum, ProviderKind.SOCIAL_NETWORK);
		addEEnumLiteral(providerKindEEnum, ProviderKind.EMAIL);
		addEEnumLiteral(providerKindEEnum, ProviderKind.CLOUD_STORAGE);
		addEEnumLiteral(providerKindEEnum, ProviderKind.HOSTING);
		addEEnumLiteral(providerKindEEnum, ProviderKind.SEARCH);
		addEEnumLiteral(providerKindEEnum, ProviderKind.SOFTWARE);
		addEEnumLiteral(providerKindEEnum, ProviderKind.DEVICE_MANUFACTURER);
		addEEnumLiteral(providerKindEEnum, ProviderKind.OTHER);

		initEEnum(organisationKindEEnum, OrganisationKind.class, "OrganisationKind"); //$NON-NLS-1$
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.CIVIL_SOCIETY);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.INDUSTRY);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.ACADEMIC);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.INTERNATIONAL_ORGANISATION);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.OTHER);

		initEEnum(establishmentKindEEnum, EstablishmentKind.class, "EstablishmentKind"); //$NON-NLS-1$
		addEEnumLiteral(establishmentKindEEnum, EstablishmentKind.SUBSIDIARY);
		addEEnumLiteral(establishmentKindEEnum, EstablishmentKind.LEGAL_REPRESENTATIVE);
		addEEnumLiteral(establishmentKindEEnum, EstablishmentKind.ASSETS);
		addEEnumLiteral(establishmentKindEEnum, EstablishmentKind.OPERATOR_DECLARATION);

		initEEnum(contactNetworkEEnum, ContactNetwork.class, "ContactNetwork"); //$NON-NLS-1$
		addEEnumLiteral(contactNetworkEEnum, ContactNetwork.BUDAPEST_24_7);
		addEEnumLiteral(contactNetworkEEnum, ContactNetwork.G7);
		addEEnumLiteral(contactNetworkEEnum, ContactNetwork.EU_SPOC);
		addEEnumLiteral(contactNetworkEEnum, ContactNetwork.PROVIDER_SPECIFIC);

		initEEnum(dataStoreEEnum, DataStore.class, "DataStore"); //$NON-NLS-1$
		addEEnumLiteral(dataStoreEEnum, DataStore.IN_TRANSIT);
		addEEnumLiteral(dataStoreEEnum, DataStore.ON_DEVICE);
		addEEnumLiteral(dataStoreEEnum, DataStore.CLOUD_BACKUP);
		addEEnumLiteral(dataStoreEEnum, DataStore.PROVIDER_SERVERS);

		initEEnum(encryptionModelEEnum, EncryptionModel.class, "EncryptionModel"); //$NON-NLS-1$
		addEEnumLiteral(encryptionModelEEnum, EncryptionModel.NONE);
		addEEnumLiteral(encryptionModelEEnum, EncryptionModel.TRANSPORT);
		addEEnumLiteral(encryptionModelEEnum, EncryptionModel.E2E_OPTIONAL);
		addEEnumLiteral(encryptionModelEEnum, EncryptionModel.E2E_DEFAULT);

		initEEnum(keyHolderEEnum, KeyHolder.class, "KeyHolder"); //$NON-NLS-1$
		addEEnumLiteral(keyHolderEEnum, KeyHolder.USERS);
		addEEnumLiteral(keyHolderEEnum, KeyHolder.PROVIDER);
		addEEnumLiteral(keyHolderEEnum, KeyHolder.THIRD_PARTY);

		initEEnum(telemetryKindEEnum, TelemetryKind.class, "TelemetryKind"); //$NON-NLS-1$
		addEEnumLiteral(telemetryKindEEnum, TelemetryKind.DEBUG_LOGS);
		addEEnumLiteral(telemetryKindEEnum, TelemetryKind.CRASH_REPORTS);
		addEEnumLiteral(telemetryKindEEnum, TelemetryKind.CONNECTION_QUALITY);
		addEEnumLiteral(telemetryKindEEnum, TelemetryKind.USAGE_ANALYTICS);

		initEEnum(classificationLevelEEnum, ClassificationLevel.class, "ClassificationLevel"); //$NON-NLS-1$
		addEEnumLiteral(classificationLevelEEnum, ClassificationLevel.UNCLASSIFIED);
		addEEnumLiteral(classificationLevelEEnum, ClassificationLevel.RESTRICTED);
		addEEnumLiteral(classificationLevelEEnum, ClassificationLevel.CONFIDENTIAL);
		addEEnumLiteral(classificationLevelEEnum, ClassificationLevel.SECRET);
		addEEnumLiteral(classificationLevelEEnum, ClassificationLevel.TOP_SECRET);

		initEEnum(instrumentKindEEnum, InstrumentKind.class, "InstrumentKind"); //$NON-NLS-1$
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.MULTILATERAL_TREATY);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.BILATERAL_TREATY);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.EXECUTIVE_AGREEMENT);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.SUPRANATIONAL_LAW);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.DOMESTIC_LAW);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.VOLUNTARY_ARRANGEMENT);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.PROVIDER_POLICY);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.POLICY_STATEMENT);

		initEEnum(obligationKindEEnum, ObligationKind.class, "ObligationKind"); //$NON-NLS-1$
		addEEnumLiteral(obligationKindEEnum, ObligationKind.RETENTION);
		addEEnumLiteral(obligationKindEEnum, ObligationKind.INTERCEPTION_CAPABILITY);
		addEEnumLiteral(obligationKindEEnum, ObligationKind.DECRYPTION_KEY_DISCLOSURE);
		addEEnumLiteral(obligationKindEEnum, ObligationKind.DUTY_TO_COOPERATE);
		addEEnumLiteral(obligationKindEEnum, ObligationKind.PRODUCTION);
		addEEnumLiteral(obligationKindEEnum, ObligationKind.PRESERVATION);
		addEEnumLiteral(obligationKindEEnum, ObligationKind.DESIGNATE_REPRESENTATIVE);

		initEEnum(addresseeClassEEnum, AddresseeClass.class, "AddresseeClass"); //$NON-NLS-1$
		addEEnumLiteral(addresseeClassEEnum, AddresseeClass.ANY_PERSON);
		addEEnumLiteral(addresseeClassEEnum, AddresseeClass.ANY_PROVIDER);
		addEEnumLiteral(addresseeClassEEnum, AddresseeClass.ESTABLISHED_PROVIDERS);
		addEEnumLiteral(addresseeClassEEnum, AddresseeClass.DECLARED_OPERATORS);

		initEEnum(dataCategoryEEnum, DataCategory.class, "DataCategory"); //$NON-NLS-1$
		addEEnumLiteral(dataCategoryEEnum, DataCategory.SUBSCRIBER);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.TRAFFIC);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.CONTENT);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.REAL_TIME);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.DOMAIN_REGISTRATION);

		initEEnum(routeKindEEnum, RouteKind.class, "RouteKind"); //$NON-NLS-1$
		addEEnumLiteral(routeKindEEnum, RouteKind.DIRECT_REQUEST);
		addEEnumLiteral(routeKindEEnum, RouteKind.PRODUCTION_ORDER);
		addEEnumLiteral(routeKindEEnum, RouteKind.EMERGENCY_REQUEST);
		addEEnumLiteral(routeKindEEnum, RouteKind.MUTUAL_LEGAL_ASSISTANCE);
		addEEnumLiteral(routeKindEEnum, RouteKind.PRESERVATION);
		addEEnumLiteral(routeKindEEnum, RouteKind.INTERCEPTION);
		addEEnumLiteral(routeKindEEnum, RouteKind.KEY_DISCLOSURE);

		initEEnum(addresseeRoleEEnum, AddresseeRole.class, "AddresseeRole"); //$NON-NLS-1$
		addEEnumLiteral(addresseeRoleEEnum, AddresseeRole.PROVIDER);
		addEEnumLiteral(addresseeRoleEEnum, AddresseeRole.CENTRAL_AUTHORITY);
		addEEnumLiteral(addresseeRoleEEnum, AddresseeRole.POINT_OF_CONTACT);
		addEEnumLiteral(addresseeRoleEEnum, AddresseeRole.COMPETENT_AUTHORITY);
		addEEnumLiteral(addresseeRoleEEnum, AddresseeRole.ANY_PERSON);

		initEEnum(legalForceEEnum, LegalForce.class, "LegalForce"); //$NON-NLS-1$
		addEEnumLiteral(legalForceEEnum, LegalForce.UNSTATED);
		addEEnumLiteral(legalForceEEnum, LegalForce.BINDING);
		addEEnumLiteral(legalForceEEnum, LegalForce.VOLUNTARY);

		initEEnum(forceStatusEEnum, ForceStatus.class, "ForceStatus"); //$NON-NLS-1$
		addEEnumLiteral(forceStatusEEnum, ForceStatus.IN_FORCE);
		addEEnumLiteral(forceStatusEEnum, ForceStatus.NOT_YET_IN_FORCE);

		initEEnum(criminalityVenueEEnum, CriminalityVenue.class, "CriminalityVenue"); //$NON-NLS-1$
		addEEnumLiteral(criminalityVenueEEnum, CriminalityVenue.EXECUTING_STATE);
		addEEnumLiteral(criminalityVenueEEnum, CriminalityVenue.PROVIDER_SEAT);
		addEEnumLiteral(criminalityVenueEEnum, CriminalityVenue.ENFORCING_STATE);

		initEEnum(dualCriminalityEEnum, DualCriminality.class, "DualCriminality"); //$NON-NLS-1$
		addEEnumLiteral(dualCriminalityEEnum, DualCriminality.NOT_REQUIRED);
		addEEnumLiteral(dualCriminalityEEnum, DualCriminality.REQUIRED_BY_LAW);
		addEEnumLiteral(dualCriminalityEEnum, DualCriminality.REQUIRED_BY_ADDRESSEE_POLICY);
		addEEnumLiteral(dualCriminalityEEnum, DualCriminality.GROUND_FOR_REFUSAL);

		initEEnum(membershipStatusEEnum, MembershipStatus.class, "MembershipStatus"); //$NON-NLS-1$
		addEEnumLiteral(membershipStatusEEnum, MembershipStatus.UNSTATED);
		addEEnumLiteral(membershipStatusEEnum, MembershipStatus.SIGNATORY);
		addEEnumLiteral(membershipStatusEEnum, MembershipStatus.RATIFIED);
		addEEnumLiteral(membershipStatusEEnum, MembershipStatus.PARTY);

		initEEnum(reservationEffectEEnum, ReservationEffect.class, "ReservationEffect"); //$NON-NLS-1$
		addEEnumLiteral(reservationEffectEEnum, ReservationEffect.EXCLUDES);
		addEEnumLiteral(reservationEffectEEnum, ReservationEffect.RESTRICTS);
		addEEnumLiteral(reservationEffectEEnum, ReservationEffect.DECLARATION);

		initEEnum(criminalisationStatusEEnum, CriminalisationStatus.class, "CriminalisationStatus"); //$NON-NLS-1$
		addEEnumLiteral(criminalisationStatusEEnum, CriminalisationStatus.UNSTATED);
		addEEnumLiteral(criminalisationStatusEEnum, CriminalisationStatus.CRIMINAL);
		addEEnumLiteral(criminalisationStatusEEnum, CriminalisationStatus.NOT_CRIMINAL);

		initEEnum(retentionBoundEEnum, RetentionBound.class, "RetentionBound"); //$NON-NLS-1$
		addEEnumLiteral(retentionBoundEEnum, RetentionBound.MAXIMUM);
		addEEnumLiteral(retentionBoundEEnum, RetentionBound.MINIMUM);
		addEEnumLiteral(retentionBoundEEnum, RetentionBound.FIXED);

		initEEnum(practiceOutcomeEEnum, PracticeOutcome.class, "PracticeOutcome"); //$NON-NLS-1$
		addEEnumLiteral(practiceOutcomeEEnum, PracticeOutcome.UNSTATED);
		addEEnumLiteral(practiceOutcomeEEnum, PracticeOutcome.COMPLIES);
		addEEnumLiteral(practiceOutcomeEEnum, PracticeOutcome.REFUSES);
		addEEnumLiteral(practiceOutcomeEEnum, PracticeOutcome.CASE_BY_CASE);
		addEEnumLiteral(practiceOutcomeEEnum, PracticeOutcome.NO_RESPONSE);

		initEEnum(usagePurposeEEnum, UsagePurpose.class, "UsagePurpose"); //$NON-NLS-1$
		addEEnumLiteral(usagePurposeEEnum, UsagePurpose.PRIVATE);
		addEEnumLiteral(usagePurposeEEnum, UsagePurpose.PROFESSIONAL);
		addEEnumLiteral(usagePurposeEEnum, UsagePurpose.INTER_SERVICE_COORDINATION);
		addEEnumLiteral(usagePurposeEEnum, UsagePurpose.OPERATIONAL);
		addEEnumLiteral(usagePurposeEEnum, UsagePurpose.OTHER);

		initEEnum(usageDecisionEEnum, UsageDecision.class, "UsageDecision"); //$NON-NLS-1$
		addEEnumLiteral(usageDecisionEEnum, UsageDecision.ALLOWED);
		addEEnumLiteral(usageDecisionEEnum, UsageDecision.FORBIDDEN);

		initEEnum(stanceEEnum, Stance.class, "Stance"); //$NON-NLS-1$
		addEEnumLiteral(stanceEEnum, Stance.SUPPORTS);
		addEEnumLiteral(stanceEEnum, Stance.OPPOSES);
		addEEnumLiteral(stanceEEnum, Stance.NEUTRAL);
		addEEnumLiteral(stanceEEnum, Stance.CONDITIONAL);

		initEEnum(urgencyEEnum, Urgency.class, "Urgency"); //$NON-NLS-1$
		addEEnumLiteral(urgencyEEnum, Urgency.ROUTINE);
		addEEnumLiteral(urgencyEEnum, Urgency.URGENT);
		addEEnumLiteral(urgencyEEnum, Urgency.IMMINENT_THREAT);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEDataType(timeSpanEDataType, TimeSpan.class, "TimeSpan", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		// Create resource
		createResource(eNS_URI);
	}

} //LawfulPackageImpl
