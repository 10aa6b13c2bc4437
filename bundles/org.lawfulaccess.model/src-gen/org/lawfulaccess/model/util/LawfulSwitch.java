/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.lawfulaccess.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.lawfulaccess.model.LawfulPackage
 * @generated
 */
public class LawfulSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static LawfulPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LawfulSwitch() {
		if (modelPackage == null) {
			modelPackage = LawfulPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case LawfulPackage.NAMED_ELEMENT: {
				NamedElement namedElement = (NamedElement)theEObject;
				T result = caseNamedElement(namedElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.SOURCED: {
				Sourced sourced = (Sourced)theEObject;
				T result = caseSourced(sourced);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.PARTY: {
				Party party = (Party)theEObject;
				T result = caseParty(party);
				if (result == null) result = caseNamedElement(party);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.ECOSYSTEM: {
				Ecosystem ecosystem = (Ecosystem)theEObject;
				T result = caseEcosystem(ecosystem);
				if (result == null) result = caseNamedElement(ecosystem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.FACT: {
				Fact fact = (Fact)theEObject;
				T result = caseFact(fact);
				if (result == null) result = caseSourced(fact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.SOURCE: {
				Source source = (Source)theEObject;
				T result = caseSource(source);
				if (result == null) result = caseNamedElement(source);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.CITATION: {
				Citation citation = (Citation)theEObject;
				T result = caseCitation(citation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.JURISDICTION: {
				Jurisdiction jurisdiction = (Jurisdiction)theEObject;
				T result = caseJurisdiction(jurisdiction);
				if (result == null) result = caseParty(jurisdiction);
				if (result == null) result = caseNamedElement(jurisdiction);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.ACTOR: {
				Actor actor = (Actor)theEObject;
				T result = caseActor(actor);
				if (result == null) result = caseParty(actor);
				if (result == null) result = caseSourced(actor);
				if (result == null) result = caseNamedElement(actor);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.AUTHORITY: {
				Authority authority = (Authority)theEObject;
				T result = caseAuthority(authority);
				if (result == null) result = caseActor(authority);
				if (result == null) result = caseParty(authority);
				if (result == null) result = caseSourced(authority);
				if (result == null) result = caseNamedElement(authority);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.PROVIDER: {
				Provider provider = (Provider)theEObject;
				T result = caseProvider(provider);
				if (result == null) result = caseActor(provider);
				if (result == null) result = caseParty(provider);
				if (result == null) result = caseSourced(provider);
				if (result == null) result = caseNamedElement(provider);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.TELECOM_OPERATOR: {
				TelecomOperator telecomOperator = (TelecomOperator)theEObject;
				T result = caseTelecomOperator(telecomOperator);
				if (result == null) result = caseProvider(telecomOperator);
				if (result == null) result = caseActor(telecomOperator);
				if (result == null) result = caseParty(telecomOperator);
				if (result == null) result = caseSourced(telecomOperator);
				if (result == null) result = caseNamedElement(telecomOperator);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.ORGANISATION: {
				Organisation organisation = (Organisation)theEObject;
				T result = caseOrganisation(organisation);
				if (result == null) result = caseActor(organisation);
				if (result == null) result = caseParty(organisation);
				if (result == null) result = caseSourced(organisation);
				if (result == null) result = caseNamedElement(organisation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.CORPORATE_GROUP: {
				CorporateGroup corporateGroup = (CorporateGroup)theEObject;
				T result = caseCorporateGroup(corporateGroup);
				if (result == null) result = caseNamedElement(corporateGroup);
				if (result == null) result = caseSourced(corporateGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.ESTABLISHMENT: {
				Establishment establishment = (Establishment)theEObject;
				T result = caseEstablishment(establishment);
				if (result == null) result = caseFact(establishment);
				if (result == null) result = caseSourced(establishment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.SERVICE: {
				Service service = (Service)theEObject;
				T result = caseService(service);
				if (result == null) result = caseNamedElement(service);
				if (result == null) result = caseSourced(service);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.ENCRYPTION_PROFILE: {
				EncryptionProfile encryptionProfile = (EncryptionProfile)theEObject;
				T result = caseEncryptionProfile(encryptionProfile);
				if (result == null) result = caseFact(encryptionProfile);
				if (result == null) result = caseSourced(encryptionProfile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.TELEMETRY: {
				Telemetry telemetry = (Telemetry)theEObject;
				T result = caseTelemetry(telemetry);
				if (result == null) result = caseFact(telemetry);
				if (result == null) result = caseSourced(telemetry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.ACCREDITATION: {
				Accreditation accreditation = (Accreditation)theEObject;
				T result = caseAccreditation(accreditation);
				if (result == null) result = caseFact(accreditation);
				if (result == null) result = caseSourced(accreditation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.INSTRUMENT: {
				Instrument instrument = (Instrument)theEObject;
				T result = caseInstrument(instrument);
				if (result == null) result = caseNamedElement(instrument);
				if (result == null) result = caseSourced(instrument);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.DOMESTIC_OBLIGATION: {
				DomesticObligation domesticObligation = (DomesticObligation)theEObject;
				T result = caseDomesticObligation(domesticObligation);
				if (result == null) result = caseInstrument(domesticObligation);
				if (result == null) result = caseNamedElement(domesticObligation);
				if (result == null) result = caseSourced(domesticObligation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.PROVISION: {
				Provision provision = (Provision)theEObject;
				T result = caseProvision(provision);
				if (result == null) result = caseNamedElement(provision);
				if (result == null) result = caseFact(provision);
				if (result == null) result = caseSourced(provision);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.MEMBERSHIP: {
				Membership membership = (Membership)theEObject;
				T result = caseMembership(membership);
				if (result == null) result = caseFact(membership);
				if (result == null) result = caseSourced(membership);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.RESERVATION: {
				Reservation reservation = (Reservation)theEObject;
				T result = caseReservation(reservation);
				if (result == null) result = caseFact(reservation);
				if (result == null) result = caseSourced(reservation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.OFFENCE: {
				Offence offence = (Offence)theEObject;
				T result = caseOffence(offence);
				if (result == null) result = caseNamedElement(offence);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.CRIMINALISATION: {
				Criminalisation criminalisation = (Criminalisation)theEObject;
				T result = caseCriminalisation(criminalisation);
				if (result == null) result = caseFact(criminalisation);
				if (result == null) result = caseSourced(criminalisation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.RETENTION_RULE: {
				RetentionRule retentionRule = (RetentionRule)theEObject;
				T result = caseRetentionRule(retentionRule);
				if (result == null) result = caseFact(retentionRule);
				if (result == null) result = caseSourced(retentionRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.PROVIDER_PRACTICE: {
				ProviderPractice providerPractice = (ProviderPractice)theEObject;
				T result = caseProviderPractice(providerPractice);
				if (result == null) result = caseFact(providerPractice);
				if (result == null) result = caseSourced(providerPractice);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.POINT_OF_CONTACT: {
				PointOfContact pointOfContact = (PointOfContact)theEObject;
				T result = casePointOfContact(pointOfContact);
				if (result == null) result = caseFact(pointOfContact);
				if (result == null) result = caseSourced(pointOfContact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.USAGE_POLICY: {
				UsagePolicy usagePolicy = (UsagePolicy)theEObject;
				T result = caseUsagePolicy(usagePolicy);
				if (result == null) result = caseFact(usagePolicy);
				if (result == null) result = caseSourced(usagePolicy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.POSITION: {
				Position position = (Position)theEObject;
				T result = casePosition(position);
				if (result == null) result = caseFact(position);
				if (result == null) result = caseSourced(position);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LawfulPackage.SCENARIO: {
				Scenario scenario = (Scenario)theEObject;
				T result = caseScenario(scenario);
				if (result == null) result = caseNamedElement(scenario);
				if (result == null) result = caseSourced(scenario);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedElement(NamedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sourced</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sourced</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSourced(Sourced object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Party</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Party</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseParty(Party object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ecosystem</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ecosystem</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEcosystem(Ecosystem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFact(Fact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSource(Source object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Citation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Citation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCitation(Citation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Jurisdiction</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Jurisdiction</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseJurisdiction(Jurisdiction object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Actor</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Actor</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActor(Actor object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Authority</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Authority</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAuthority(Authority object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Provider</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Provider</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProvider(Provider object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Telecom Operator</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Telecom Operator</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTelecomOperator(TelecomOperator object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Organisation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Organisation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOrganisation(Organisation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Corporate Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Corporate Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCorporateGroup(CorporateGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Establishment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Establishment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEstablishment(Establishment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Service</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Service</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseService(Service object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Encryption Profile</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Encryption Profile</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEncryptionProfile(EncryptionProfile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Telemetry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Telemetry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTelemetry(Telemetry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Accreditation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Accreditation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAccreditation(Accreditation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Instrument</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Instrument</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInstrument(Instrument object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Domestic Obligation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Domestic Obligation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDomesticObligation(DomesticObligation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Provision</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Provision</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProvision(Provision object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Membership</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Membership</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMembership(Membership object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reservation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reservation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReservation(Reservation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Offence</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Offence</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOffence(Offence object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Criminalisation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Criminalisation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCriminalisation(Criminalisation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Retention Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Retention Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRetentionRule(RetentionRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Provider Practice</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Provider Practice</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProviderPractice(ProviderPractice object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Point Of Contact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Point Of Contact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePointOfContact(PointOfContact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Usage Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Usage Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUsagePolicy(UsagePolicy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Position</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Position</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePosition(Position object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScenario(Scenario object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //LawfulSwitch
