/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The lawful-access ecosystem: who may ask whom for which data, under which legal instrument, with what observed result. Everything that is true only for a period and rests on a source is a Fact; findings (gaps, risks) are never stored, they are computed from the facts by the validation rules.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulFactory
 * @model kind="package"
 * @generated
 */
public interface LawfulPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://lawfulaccess.org/ns/ecosystem/2"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "lawful"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LawfulPackage eINSTANCE = org.lawfulaccess.model.impl.LawfulPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.NamedElementImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.SourcedImpl <em>Sourced</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.SourcedImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getSourced()
	 * @generated
	 */
	int SOURCED = 1;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCED__CITATIONS = 0;

	/**
	 * The number of structural features of the '<em>Sourced</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Sourced</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.PartyImpl <em>Party</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.PartyImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getParty()
	 * @generated
	 */
	int PARTY = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Party</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Party</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.EcosystemImpl <em>Ecosystem</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.EcosystemImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getEcosystem()
	 * @generated
	 */
	int ECOSYSTEM = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECOSYSTEM__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECOSYSTEM__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECOSYSTEM__AS_OF = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECOSYSTEM__FORMAT_VERSION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECOSYSTEM__SOURCES = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Jurisdictions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECOSYSTEM__JURISDICTIONS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECOSYSTEM__GROUPS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Actors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECOSYSTEM__ACTORS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Services</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECOSYSTEM__SERVICES = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Instruments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECOSYSTEM__INSTRUMENTS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Offences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECOSYSTEM__OFFENCES = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Facts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECOSYSTEM__FACTS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Scenarios</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECOSYSTEM__SCENARIOS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Ecosystem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECOSYSTEM_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Ecosystem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECOSYSTEM_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.FactImpl <em>Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.FactImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getFact()
	 * @generated
	 */
	int FACT = 4;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__CITATIONS = SOURCED__CITATIONS;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__VALID_FROM = SOURCED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__VALID_TO = SOURCED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_FEATURE_COUNT = SOURCED_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Is Valid At</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT___IS_VALID_AT__LOCALDATE = SOURCED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_OPERATION_COUNT = SOURCED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.SourceImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__TITLE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ISSUER = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__DATE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Identifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__IDENTIFIER = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__URL = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__KIND = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Verification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__VERIFICATION = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.CitationImpl <em>Citation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.CitationImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getCitation()
	 * @generated
	 */
	int CITATION = 6;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__QUOTE = 1;

	/**
	 * The feature id for the '<em><b>Locator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__LOCATOR = 2;

	/**
	 * The number of structural features of the '<em>Citation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Citation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.JurisdictionImpl <em>Jurisdiction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.JurisdictionImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getJurisdiction()
	 * @generated
	 */
	int JURISDICTION = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__NAME = PARTY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__DESCRIPTION = PARTY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__CODE = PARTY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__KIND = PARTY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__PARENT = PARTY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Jurisdiction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION_FEATURE_COUNT = PARTY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Jurisdiction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION_OPERATION_COUNT = PARTY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.ActorImpl <em>Actor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.ActorImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getActor()
	 * @generated
	 */
	int ACTOR = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__NAME = PARTY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__DESCRIPTION = PARTY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__CITATIONS = PARTY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__JURISDICTION = PARTY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_FEATURE_COUNT = PARTY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_OPERATION_COUNT = PARTY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.AuthorityImpl <em>Authority</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.AuthorityImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getAuthority()
	 * @generated
	 */
	int AUTHORITY = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY__NAME = ACTOR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY__DESCRIPTION = ACTOR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY__CITATIONS = ACTOR__CITATIONS;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY__JURISDICTION = ACTOR__JURISDICTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY__KIND = ACTOR_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Authority</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY_FEATURE_COUNT = ACTOR_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Authority</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY_OPERATION_COUNT = ACTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.ProviderImpl <em>Provider</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.ProviderImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getProvider()
	 * @generated
	 */
	int PROVIDER = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__NAME = ACTOR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__DESCRIPTION = ACTOR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__CITATIONS = ACTOR__CITATIONS;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__JURISDICTION = ACTOR__JURISDICTION;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__GROUP = ACTOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kinds</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__KINDS = ACTOR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Services</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__SERVICES = ACTOR_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Establishments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__ESTABLISHMENTS = ACTOR_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Provider</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_FEATURE_COUNT = ACTOR_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Has Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER___HAS_KIND__PROVIDERKIND = ACTOR_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Provider</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_OPERATION_COUNT = ACTOR_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.TelecomOperatorImpl <em>Telecom Operator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.TelecomOperatorImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getTelecomOperator()
	 * @generated
	 */
	int TELECOM_OPERATOR = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELECOM_OPERATOR__NAME = PROVIDER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELECOM_OPERATOR__DESCRIPTION = PROVIDER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELECOM_OPERATOR__CITATIONS = PROVIDER__CITATIONS;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELECOM_OPERATOR__JURISDICTION = PROVIDER__JURISDICTION;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELECOM_OPERATOR__GROUP = PROVIDER__GROUP;

	/**
	 * The feature id for the '<em><b>Kinds</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELECOM_OPERATOR__KINDS = PROVIDER__KINDS;

	/**
	 * The feature id for the '<em><b>Services</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELECOM_OPERATOR__SERVICES = PROVIDER__SERVICES;

	/**
	 * The feature id for the '<em><b>Establishments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELECOM_OPERATOR__ESTABLISHMENTS = PROVIDER__ESTABLISHMENTS;

	/**
	 * The number of structural features of the '<em>Telecom Operator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELECOM_OPERATOR_FEATURE_COUNT = PROVIDER_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Has Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELECOM_OPERATOR___HAS_KIND__PROVIDERKIND = PROVIDER_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Telecom Operator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELECOM_OPERATOR_OPERATION_COUNT = PROVIDER_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.OrganisationImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = ACTOR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__DESCRIPTION = ACTOR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__CITATIONS = ACTOR__CITATIONS;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__JURISDICTION = ACTOR__JURISDICTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__KIND = ACTOR_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = ACTOR_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = ACTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.CorporateGroupImpl <em>Corporate Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.CorporateGroupImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getCorporateGroup()
	 * @generated
	 */
	int CORPORATE_GROUP = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_GROUP__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_GROUP__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_GROUP__CITATIONS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Corporate Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_GROUP_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Corporate Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_GROUP_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.EstablishmentImpl <em>Establishment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.EstablishmentImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getEstablishment()
	 * @generated
	 */
	int ESTABLISHMENT = 14;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTABLISHMENT__CITATIONS = FACT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTABLISHMENT__VALID_FROM = FACT__VALID_FROM;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTABLISHMENT__VALID_TO = FACT__VALID_TO;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTABLISHMENT__PROVIDER = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTABLISHMENT__JURISDICTION = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTABLISHMENT__KIND = FACT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Entity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTABLISHMENT__ENTITY = FACT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Establishment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTABLISHMENT_FEATURE_COUNT = FACT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Is Valid At</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTABLISHMENT___IS_VALID_AT__LOCALDATE = FACT___IS_VALID_AT__LOCALDATE;

	/**
	 * The number of operations of the '<em>Establishment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTABLISHMENT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.ServiceImpl <em>Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.ServiceImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getService()
	 * @generated
	 */
	int SERVICE = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__CITATIONS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__PROVIDER = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Encryption</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ENCRYPTION = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Telemetry</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__TELEMETRY = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Accreditations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ACCREDITATIONS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.EncryptionProfileImpl <em>Encryption Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.EncryptionProfileImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getEncryptionProfile()
	 * @generated
	 */
	int ENCRYPTION_PROFILE = 16;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCRYPTION_PROFILE__CITATIONS = FACT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCRYPTION_PROFILE__VALID_FROM = FACT__VALID_FROM;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCRYPTION_PROFILE__VALID_TO = FACT__VALID_TO;

	/**
	 * The feature id for the '<em><b>Data Store</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCRYPTION_PROFILE__DATA_STORE = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCRYPTION_PROFILE__MODEL = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Key Holders</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCRYPTION_PROFILE__KEY_HOLDERS = FACT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Third Party Key Holders</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCRYPTION_PROFILE__THIRD_PARTY_KEY_HOLDERS = FACT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Encryption Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCRYPTION_PROFILE_FEATURE_COUNT = FACT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Is Valid At</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCRYPTION_PROFILE___IS_VALID_AT__LOCALDATE = FACT___IS_VALID_AT__LOCALDATE;

	/**
	 * The number of operations of the '<em>Encryption Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCRYPTION_PROFILE_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.TelemetryImpl <em>Telemetry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.TelemetryImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getTelemetry()
	 * @generated
	 */
	int TELEMETRY = 17;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY__CITATIONS = FACT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY__VALID_FROM = FACT__VALID_FROM;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY__VALID_TO = FACT__VALID_TO;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY__KIND = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Recipient</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY__RECIPIENT = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Telemetry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY_FEATURE_COUNT = FACT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Is Valid At</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY___IS_VALID_AT__LOCALDATE = FACT___IS_VALID_AT__LOCALDATE;

	/**
	 * The number of operations of the '<em>Telemetry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.AccreditationImpl <em>Accreditation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.AccreditationImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getAccreditation()
	 * @generated
	 */
	int ACCREDITATION = 18;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCREDITATION__CITATIONS = FACT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCREDITATION__VALID_FROM = FACT__VALID_FROM;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCREDITATION__VALID_TO = FACT__VALID_TO;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCREDITATION__LEVEL = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Accredited By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCREDITATION__ACCREDITED_BY = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Accreditation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCREDITATION_FEATURE_COUNT = FACT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Is Valid At</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCREDITATION___IS_VALID_AT__LOCALDATE = FACT___IS_VALID_AT__LOCALDATE;

	/**
	 * The number of operations of the '<em>Accreditation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCREDITATION_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.InstrumentImpl <em>Instrument</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.InstrumentImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getInstrument()
	 * @generated
	 */
	int INSTRUMENT = 19;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__CITATIONS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__KIND = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__ISSUER = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Supplements</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__SUPPLEMENTS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Legal Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__LEGAL_CITATION = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Adopted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__ADOPTED_ON = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Force Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__FORCE_STATUS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Depends On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__DEPENDS_ON = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Provisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__PROVISIONS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Memberships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__MEMBERSHIPS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.DomesticObligationImpl <em>Domestic Obligation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.DomesticObligationImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getDomesticObligation()
	 * @generated
	 */
	int DOMESTIC_OBLIGATION = 20;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OBLIGATION__NAME = INSTRUMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OBLIGATION__DESCRIPTION = INSTRUMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OBLIGATION__CITATIONS = INSTRUMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OBLIGATION__KIND = INSTRUMENT__KIND;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OBLIGATION__ISSUER = INSTRUMENT__ISSUER;

	/**
	 * The feature id for the '<em><b>Supplements</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OBLIGATION__SUPPLEMENTS = INSTRUMENT__SUPPLEMENTS;

	/**
	 * The feature id for the '<em><b>Legal Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OBLIGATION__LEGAL_CITATION = INSTRUMENT__LEGAL_CITATION;

	/**
	 * The feature id for the '<em><b>Adopted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OBLIGATION__ADOPTED_ON = INSTRUMENT__ADOPTED_ON;

	/**
	 * The feature id for the '<em><b>Force Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OBLIGATION__FORCE_STATUS = INSTRUMENT__FORCE_STATUS;

	/**
	 * The feature id for the '<em><b>Depends On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OBLIGATION__DEPENDS_ON = INSTRUMENT__DEPENDS_ON;

	/**
	 * The feature id for the '<em><b>Provisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OBLIGATION__PROVISIONS = INSTRUMENT__PROVISIONS;

	/**
	 * The feature id for the '<em><b>Memberships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OBLIGATION__MEMBERSHIPS = INSTRUMENT__MEMBERSHIPS;

	/**
	 * The feature id for the '<em><b>Obligation Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OBLIGATION__OBLIGATION_KIND = INSTRUMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Addressee Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OBLIGATION__ADDRESSEE_CLASS = INSTRUMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Domestic Obligation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OBLIGATION_FEATURE_COUNT = INSTRUMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Domestic Obligation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMESTIC_OBLIGATION_OPERATION_COUNT = INSTRUMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.ProvisionImpl <em>Provision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.ProvisionImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getProvision()
	 * @generated
	 */
	int PROVISION = 21;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__CITATIONS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__VALID_FROM = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__VALID_TO = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Instrument</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__INSTRUMENT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Legal Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__LEGAL_CITATION = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Route Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__ROUTE_KIND = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Data Categories</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__DATA_CATEGORIES = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Issuing Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__ISSUING_ROLES = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Addressee Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__ADDRESSEE_ROLE = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Legal Force</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__LEGAL_FORCE = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Force Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__FORCE_STATUS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Dual Criminality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__DUAL_CRIMINALITY = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Dual Criminality Assessed In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__DUAL_CRIMINALITY_ASSESSED_IN = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Min Latency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__MIN_LATENCY = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Max Latency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__MAX_LATENCY = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Emergency Latency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__EMERGENCY_LATENCY = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Emergency Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__EMERGENCY_ONLY = NAMED_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Applicable From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__APPLICABLE_FROM = NAMED_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Required Contact Networks</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__REQUIRED_CONTACT_NETWORKS = NAMED_ELEMENT_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Preservation Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__PRESERVATION_PERIOD = NAMED_ELEMENT_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Seriousness Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION__SERIOUSNESS_THRESHOLD = NAMED_ELEMENT_FEATURE_COUNT + 20;

	/**
	 * The number of structural features of the '<em>Provision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 21;

	/**
	 * The operation id for the '<em>Is Valid At</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION___IS_VALID_AT__LOCALDATE = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Is Applicable At</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION___IS_APPLICABLE_AT__LOCALDATE = NAMED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Provision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.MembershipImpl <em>Membership</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.MembershipImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getMembership()
	 * @generated
	 */
	int MEMBERSHIP = 22;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__CITATIONS = FACT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__VALID_FROM = FACT__VALID_FROM;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__VALID_TO = FACT__VALID_TO;

	/**
	 * The feature id for the '<em><b>Instrument</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__INSTRUMENT = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Party</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__PARTY = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__STATUS = FACT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reservations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__RESERVATIONS = FACT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Membership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_FEATURE_COUNT = FACT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Is Valid At</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP___IS_VALID_AT__LOCALDATE = FACT___IS_VALID_AT__LOCALDATE;

	/**
	 * The number of operations of the '<em>Membership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.ReservationImpl <em>Reservation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.ReservationImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getReservation()
	 * @generated
	 */
	int RESERVATION = 23;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVATION__CITATIONS = FACT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVATION__VALID_FROM = FACT__VALID_FROM;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVATION__VALID_TO = FACT__VALID_TO;

	/**
	 * The feature id for the '<em><b>Provision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVATION__PROVISION = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Effect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVATION__EFFECT = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVATION__TEXT = FACT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Reservation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVATION_FEATURE_COUNT = FACT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Is Valid At</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVATION___IS_VALID_AT__LOCALDATE = FACT___IS_VALID_AT__LOCALDATE;

	/**
	 * The number of operations of the '<em>Reservation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVATION_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.OffenceImpl <em>Offence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.OffenceImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getOffence()
	 * @generated
	 */
	int OFFENCE = 24;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFENCE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFENCE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Offence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFENCE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Offence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFENCE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.CriminalisationImpl <em>Criminalisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.CriminalisationImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getCriminalisation()
	 * @generated
	 */
	int CRIMINALISATION = 25;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRIMINALISATION__CITATIONS = FACT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRIMINALISATION__VALID_FROM = FACT__VALID_FROM;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRIMINALISATION__VALID_TO = FACT__VALID_TO;

	/**
	 * The feature id for the '<em><b>Offence</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRIMINALISATION__OFFENCE = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRIMINALISATION__JURISDICTION = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRIMINALISATION__STATUS = FACT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Statute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRIMINALISATION__STATUTE = FACT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Max Imprisonment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRIMINALISATION__MAX_IMPRISONMENT = FACT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Max Fine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRIMINALISATION__MAX_FINE = FACT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Criminalisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRIMINALISATION_FEATURE_COUNT = FACT_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Is Valid At</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRIMINALISATION___IS_VALID_AT__LOCALDATE = FACT___IS_VALID_AT__LOCALDATE;

	/**
	 * The number of operations of the '<em>Criminalisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRIMINALISATION_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.RetentionRuleImpl <em>Retention Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.RetentionRuleImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getRetentionRule()
	 * @generated
	 */
	int RETENTION_RULE = 26;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__CITATIONS = FACT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__VALID_FROM = FACT__VALID_FROM;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__VALID_TO = FACT__VALID_TO;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__JURISDICTION = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__PROVIDER = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Provider Kinds</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__PROVIDER_KINDS = FACT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Data Categories</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__DATA_CATEGORIES = FACT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__DURATION = FACT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__BOUND = FACT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Legal Basis</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__LEGAL_BASIS = FACT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Retention Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE_FEATURE_COUNT = FACT_FEATURE_COUNT + 7;

	/**
	 * The operation id for the '<em>Is Valid At</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE___IS_VALID_AT__LOCALDATE = FACT___IS_VALID_AT__LOCALDATE;

	/**
	 * The number of operations of the '<em>Retention Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.ProviderPracticeImpl <em>Provider Practice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.ProviderPracticeImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getProviderPractice()
	 * @generated
	 */
	int PROVIDER_PRACTICE = 27;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_PRACTICE__CITATIONS = FACT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_PRACTICE__VALID_FROM = FACT__VALID_FROM;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_PRACTICE__VALID_TO = FACT__VALID_TO;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_PRACTICE__PROVIDER = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Requesting Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_PRACTICE__REQUESTING_JURISDICTION = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Route Kinds</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_PRACTICE__ROUTE_KINDS = FACT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_PRACTICE__OUTCOME = FACT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Data Categories</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_PRACTICE__DATA_CATEGORIES = FACT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Instrument</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_PRACTICE__INSTRUMENT = FACT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Provider Practice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_PRACTICE_FEATURE_COUNT = FACT_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Is Valid At</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_PRACTICE___IS_VALID_AT__LOCALDATE = FACT___IS_VALID_AT__LOCALDATE;

	/**
	 * The number of operations of the '<em>Provider Practice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_PRACTICE_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.PointOfContactImpl <em>Point Of Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.PointOfContactImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getPointOfContact()
	 * @generated
	 */
	int POINT_OF_CONTACT = 28;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT_OF_CONTACT__CITATIONS = FACT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT_OF_CONTACT__VALID_FROM = FACT__VALID_FROM;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT_OF_CONTACT__VALID_TO = FACT__VALID_TO;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT_OF_CONTACT__JURISDICTION = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Designated Actor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT_OF_CONTACT__DESIGNATED_ACTOR = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT_OF_CONTACT__NETWORK = FACT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Counterpart</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT_OF_CONTACT__COUNTERPART = FACT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Point Of Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT_OF_CONTACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Is Valid At</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT_OF_CONTACT___IS_VALID_AT__LOCALDATE = FACT___IS_VALID_AT__LOCALDATE;

	/**
	 * The number of operations of the '<em>Point Of Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT_OF_CONTACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.UsagePolicyImpl <em>Usage Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.UsagePolicyImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getUsagePolicy()
	 * @generated
	 */
	int USAGE_POLICY = 29;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_POLICY__CITATIONS = FACT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_POLICY__VALID_FROM = FACT__VALID_FROM;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_POLICY__VALID_TO = FACT__VALID_TO;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_POLICY__ORGANISATION = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Service</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_POLICY__SERVICE = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_POLICY__PURPOSE = FACT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_POLICY__DECISION = FACT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Max Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_POLICY__MAX_LEVEL = FACT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Usage Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_POLICY_FEATURE_COUNT = FACT_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Is Valid At</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_POLICY___IS_VALID_AT__LOCALDATE = FACT___IS_VALID_AT__LOCALDATE;

	/**
	 * The number of operations of the '<em>Usage Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_POLICY_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.PositionImpl <em>Position</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.PositionImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getPosition()
	 * @generated
	 */
	int POSITION = 30;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITION__CITATIONS = FACT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITION__VALID_FROM = FACT__VALID_FROM;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITION__VALID_TO = FACT__VALID_TO;

	/**
	 * The feature id for the '<em><b>Holder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITION__HOLDER = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITION__SUBJECT = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Stance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITION__STANCE = FACT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Position</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITION_FEATURE_COUNT = FACT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Is Valid At</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITION___IS_VALID_AT__LOCALDATE = FACT___IS_VALID_AT__LOCALDATE;

	/**
	 * The number of operations of the '<em>Position</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITION_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.impl.ScenarioImpl
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 31;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__CITATIONS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Requesting Authority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__REQUESTING_AUTHORITY = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target Service</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__TARGET_SERVICE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__TARGET_PROVIDER = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Offence</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__OFFENCE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Data Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DATA_CATEGORY = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Urgency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__URGENCY = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Event Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__EVENT_DATE = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Request Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__REQUEST_DATE = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Depends On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DEPENDS_ON = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.SourceKind <em>Source Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.SourceKind
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getSourceKind()
	 * @generated
	 */
	int SOURCE_KIND = 32;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.VerificationStatus <em>Verification Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.VerificationStatus
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getVerificationStatus()
	 * @generated
	 */
	int VERIFICATION_STATUS = 33;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.JurisdictionKind <em>Jurisdiction Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.JurisdictionKind
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getJurisdictionKind()
	 * @generated
	 */
	int JURISDICTION_KIND = 34;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.AuthorityKind <em>Authority Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.AuthorityKind
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getAuthorityKind()
	 * @generated
	 */
	int AUTHORITY_KIND = 35;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.ProviderKind <em>Provider Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.ProviderKind
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getProviderKind()
	 * @generated
	 */
	int PROVIDER_KIND = 36;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.OrganisationKind <em>Organisation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.OrganisationKind
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getOrganisationKind()
	 * @generated
	 */
	int ORGANISATION_KIND = 37;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.EstablishmentKind <em>Establishment Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.EstablishmentKind
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getEstablishmentKind()
	 * @generated
	 */
	int ESTABLISHMENT_KIND = 38;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.ContactNetwork <em>Contact Network</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.ContactNetwork
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getContactNetwork()
	 * @generated
	 */
	int CONTACT_NETWORK = 39;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.DataStore <em>Data Store</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.DataStore
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getDataStore()
	 * @generated
	 */
	int DATA_STORE = 40;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.EncryptionModel <em>Encryption Model</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.EncryptionModel
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getEncryptionModel()
	 * @generated
	 */
	int ENCRYPTION_MODEL = 41;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.KeyHolder <em>Key Holder</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.KeyHolder
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getKeyHolder()
	 * @generated
	 */
	int KEY_HOLDER = 42;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.TelemetryKind <em>Telemetry Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.TelemetryKind
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getTelemetryKind()
	 * @generated
	 */
	int TELEMETRY_KIND = 43;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.ClassificationLevel <em>Classification Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.ClassificationLevel
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getClassificationLevel()
	 * @generated
	 */
	int CLASSIFICATION_LEVEL = 44;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.InstrumentKind <em>Instrument Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.InstrumentKind
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getInstrumentKind()
	 * @generated
	 */
	int INSTRUMENT_KIND = 45;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.ObligationKind <em>Obligation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.ObligationKind
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getObligationKind()
	 * @generated
	 */
	int OBLIGATION_KIND = 46;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.AddresseeClass <em>Addressee Class</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.AddresseeClass
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getAddresseeClass()
	 * @generated
	 */
	int ADDRESSEE_CLASS = 47;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.DataCategory <em>Data Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.DataCategory
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getDataCategory()
	 * @generated
	 */
	int DATA_CATEGORY = 48;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.RouteKind <em>Route Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.RouteKind
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getRouteKind()
	 * @generated
	 */
	int ROUTE_KIND = 49;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.AddresseeRole <em>Addressee Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.AddresseeRole
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getAddresseeRole()
	 * @generated
	 */
	int ADDRESSEE_ROLE = 50;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.LegalForce <em>Legal Force</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.LegalForce
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getLegalForce()
	 * @generated
	 */
	int LEGAL_FORCE = 51;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.ForceStatus <em>Force Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.ForceStatus
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getForceStatus()
	 * @generated
	 */
	int FORCE_STATUS = 52;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.CriminalityVenue <em>Criminality Venue</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.CriminalityVenue
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getCriminalityVenue()
	 * @generated
	 */
	int CRIMINALITY_VENUE = 53;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.DualCriminality <em>Dual Criminality</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.DualCriminality
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getDualCriminality()
	 * @generated
	 */
	int DUAL_CRIMINALITY = 54;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.MembershipStatus <em>Membership Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.MembershipStatus
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getMembershipStatus()
	 * @generated
	 */
	int MEMBERSHIP_STATUS = 55;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.ReservationEffect <em>Reservation Effect</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.ReservationEffect
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getReservationEffect()
	 * @generated
	 */
	int RESERVATION_EFFECT = 56;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.CriminalisationStatus <em>Criminalisation Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.CriminalisationStatus
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getCriminalisationStatus()
	 * @generated
	 */
	int CRIMINALISATION_STATUS = 57;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.RetentionBound <em>Retention Bound</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.RetentionBound
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getRetentionBound()
	 * @generated
	 */
	int RETENTION_BOUND = 58;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.PracticeOutcome <em>Practice Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.PracticeOutcome
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getPracticeOutcome()
	 * @generated
	 */
	int PRACTICE_OUTCOME = 59;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.UsagePurpose <em>Usage Purpose</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.UsagePurpose
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getUsagePurpose()
	 * @generated
	 */
	int USAGE_PURPOSE = 60;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.UsageDecision <em>Usage Decision</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.UsageDecision
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getUsageDecision()
	 * @generated
	 */
	int USAGE_DECISION = 61;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.Stance <em>Stance</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.Stance
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getStance()
	 * @generated
	 */
	int STANCE = 62;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.model.Urgency <em>Urgency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.Urgency
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getUrgency()
	 * @generated
	 */
	int URGENCY = 63;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 64;

	/**
	 * The meta object id for the '<em>Time Span</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.model.value.TimeSpan
	 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getTimeSpan()
	 * @generated
	 */
	int TIME_SPAN = 65;


	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.lawfulaccess.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.lawfulaccess.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.lawfulaccess.model.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Sourced <em>Sourced</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sourced</em>'.
	 * @see org.lawfulaccess.model.Sourced
	 * @generated
	 */
	EClass getSourced();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lawfulaccess.model.Sourced#getCitations <em>Citations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Citations</em>'.
	 * @see org.lawfulaccess.model.Sourced#getCitations()
	 * @see #getSourced()
	 * @generated
	 */
	EReference getSourced_Citations();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Party <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Party</em>'.
	 * @see org.lawfulaccess.model.Party
	 * @generated
	 */
	EClass getParty();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Ecosystem <em>Ecosystem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ecosystem</em>'.
	 * @see org.lawfulaccess.model.Ecosystem
	 * @generated
	 */
	EClass getEcosystem();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Ecosystem#getAsOf <em>As Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>As Of</em>'.
	 * @see org.lawfulaccess.model.Ecosystem#getAsOf()
	 * @see #getEcosystem()
	 * @generated
	 */
	EAttribute getEcosystem_AsOf();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Ecosystem#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.lawfulaccess.model.Ecosystem#getFormatVersion()
	 * @see #getEcosystem()
	 * @generated
	 */
	EAttribute getEcosystem_FormatVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lawfulaccess.model.Ecosystem#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.lawfulaccess.model.Ecosystem#getSources()
	 * @see #getEcosystem()
	 * @generated
	 */
	EReference getEcosystem_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lawfulaccess.model.Ecosystem#getJurisdictions <em>Jurisdictions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Jurisdictions</em>'.
	 * @see org.lawfulaccess.model.Ecosystem#getJurisdictions()
	 * @see #getEcosystem()
	 * @generated
	 */
	EReference getEcosystem_Jurisdictions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lawfulaccess.model.Ecosystem#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see org.lawfulaccess.model.Ecosystem#getGroups()
	 * @see #getEcosystem()
	 * @generated
	 */
	EReference getEcosystem_Groups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lawfulaccess.model.Ecosystem#getActors <em>Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actors</em>'.
	 * @see org.lawfulaccess.model.Ecosystem#getActors()
	 * @see #getEcosystem()
	 * @generated
	 */
	EReference getEcosystem_Actors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lawfulaccess.model.Ecosystem#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Services</em>'.
	 * @see org.lawfulaccess.model.Ecosystem#getServices()
	 * @see #getEcosystem()
	 * @generated
	 */
	EReference getEcosystem_Services();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lawfulaccess.model.Ecosystem#getInstruments <em>Instruments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Instruments</em>'.
	 * @see org.lawfulaccess.model.Ecosystem#getInstruments()
	 * @see #getEcosystem()
	 * @generated
	 */
	EReference getEcosystem_Instruments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lawfulaccess.model.Ecosystem#getOffences <em>Offences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Offences</em>'.
	 * @see org.lawfulaccess.model.Ecosystem#getOffences()
	 * @see #getEcosystem()
	 * @generated
	 */
	EReference getEcosystem_Offences();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lawfulaccess.model.Ecosystem#getFacts <em>Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Facts</em>'.
	 * @see org.lawfulaccess.model.Ecosystem#getFacts()
	 * @see #getEcosystem()
	 * @generated
	 */
	EReference getEcosystem_Facts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lawfulaccess.model.Ecosystem#getScenarios <em>Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scenarios</em>'.
	 * @see org.lawfulaccess.model.Ecosystem#getScenarios()
	 * @see #getEcosystem()
	 * @generated
	 */
	EReference getEcosystem_Scenarios();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Fact <em>Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fact</em>'.
	 * @see org.lawfulaccess.model.Fact
	 * @generated
	 */
	EClass getFact();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Fact#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see org.lawfulaccess.model.Fact#getValidFrom()
	 * @see #getFact()
	 * @generated
	 */
	EAttribute getFact_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Fact#getValidTo <em>Valid To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid To</em>'.
	 * @see org.lawfulaccess.model.Fact#getValidTo()
	 * @see #getFact()
	 * @generated
	 */
	EAttribute getFact_ValidTo();

	/**
	 * Returns the meta object for the '{@link org.lawfulaccess.model.Fact#isValidAt(java.time.LocalDate) <em>Is Valid At</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Valid At</em>' operation.
	 * @see org.lawfulaccess.model.Fact#isValidAt(java.time.LocalDate)
	 * @generated
	 */
	EOperation getFact__IsValidAt__LocalDate();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see org.lawfulaccess.model.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Source#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.lawfulaccess.model.Source#getTitle()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Source#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuer</em>'.
	 * @see org.lawfulaccess.model.Source#getIssuer()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Issuer();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Source#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.lawfulaccess.model.Source#getDate()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Source#getIdentifier <em>Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identifier</em>'.
	 * @see org.lawfulaccess.model.Source#getIdentifier()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Identifier();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Source#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.lawfulaccess.model.Source#getUrl()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Url();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Source#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.lawfulaccess.model.Source#getKind()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Source#getVerification <em>Verification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verification</em>'.
	 * @see org.lawfulaccess.model.Source#getVerification()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Verification();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Citation <em>Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Citation</em>'.
	 * @see org.lawfulaccess.model.Citation
	 * @generated
	 */
	EClass getCitation();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Citation#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.lawfulaccess.model.Citation#getSource()
	 * @see #getCitation()
	 * @generated
	 */
	EReference getCitation_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Citation#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see org.lawfulaccess.model.Citation#getQuote()
	 * @see #getCitation()
	 * @generated
	 */
	EAttribute getCitation_Quote();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Citation#getLocator <em>Locator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Locator</em>'.
	 * @see org.lawfulaccess.model.Citation#getLocator()
	 * @see #getCitation()
	 * @generated
	 */
	EAttribute getCitation_Locator();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Jurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Jurisdiction</em>'.
	 * @see org.lawfulaccess.model.Jurisdiction
	 * @generated
	 */
	EClass getJurisdiction();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Jurisdiction#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.lawfulaccess.model.Jurisdiction#getCode()
	 * @see #getJurisdiction()
	 * @generated
	 */
	EAttribute getJurisdiction_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Jurisdiction#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.lawfulaccess.model.Jurisdiction#getKind()
	 * @see #getJurisdiction()
	 * @generated
	 */
	EAttribute getJurisdiction_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Jurisdiction#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.lawfulaccess.model.Jurisdiction#getParent()
	 * @see #getJurisdiction()
	 * @generated
	 */
	EReference getJurisdiction_Parent();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Actor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Actor</em>'.
	 * @see org.lawfulaccess.model.Actor
	 * @generated
	 */
	EClass getActor();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Actor#getJurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Jurisdiction</em>'.
	 * @see org.lawfulaccess.model.Actor#getJurisdiction()
	 * @see #getActor()
	 * @generated
	 */
	EReference getActor_Jurisdiction();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Authority <em>Authority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Authority</em>'.
	 * @see org.lawfulaccess.model.Authority
	 * @generated
	 */
	EClass getAuthority();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Authority#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.lawfulaccess.model.Authority#getKind()
	 * @see #getAuthority()
	 * @generated
	 */
	EAttribute getAuthority_Kind();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Provider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Provider</em>'.
	 * @see org.lawfulaccess.model.Provider
	 * @generated
	 */
	EClass getProvider();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Provider#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Group</em>'.
	 * @see org.lawfulaccess.model.Provider#getGroup()
	 * @see #getProvider()
	 * @generated
	 */
	EReference getProvider_Group();

	/**
	 * Returns the meta object for the attribute list '{@link org.lawfulaccess.model.Provider#getKinds <em>Kinds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Kinds</em>'.
	 * @see org.lawfulaccess.model.Provider#getKinds()
	 * @see #getProvider()
	 * @generated
	 */
	EAttribute getProvider_Kinds();

	/**
	 * Returns the meta object for the reference list '{@link org.lawfulaccess.model.Provider#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Services</em>'.
	 * @see org.lawfulaccess.model.Provider#getServices()
	 * @see #getProvider()
	 * @generated
	 */
	EReference getProvider_Services();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lawfulaccess.model.Provider#getEstablishments <em>Establishments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Establishments</em>'.
	 * @see org.lawfulaccess.model.Provider#getEstablishments()
	 * @see #getProvider()
	 * @generated
	 */
	EReference getProvider_Establishments();

	/**
	 * Returns the meta object for the '{@link org.lawfulaccess.model.Provider#hasKind(org.lawfulaccess.model.ProviderKind) <em>Has Kind</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Kind</em>' operation.
	 * @see org.lawfulaccess.model.Provider#hasKind(org.lawfulaccess.model.ProviderKind)
	 * @generated
	 */
	EOperation getProvider__HasKind__ProviderKind();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.TelecomOperator <em>Telecom Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Telecom Operator</em>'.
	 * @see org.lawfulaccess.model.TelecomOperator
	 * @generated
	 */
	EClass getTelecomOperator();

	/**
	 * Returns the meta object for the '{@link org.lawfulaccess.model.TelecomOperator#hasKind(org.lawfulaccess.model.ProviderKind) <em>Has Kind</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Kind</em>' operation.
	 * @see org.lawfulaccess.model.TelecomOperator#hasKind(org.lawfulaccess.model.ProviderKind)
	 * @generated
	 */
	EOperation getTelecomOperator__HasKind__ProviderKind();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see org.lawfulaccess.model.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Organisation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.lawfulaccess.model.Organisation#getKind()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Kind();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.CorporateGroup <em>Corporate Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Corporate Group</em>'.
	 * @see org.lawfulaccess.model.CorporateGroup
	 * @generated
	 */
	EClass getCorporateGroup();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Establishment <em>Establishment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Establishment</em>'.
	 * @see org.lawfulaccess.model.Establishment
	 * @generated
	 */
	EClass getEstablishment();

	/**
	 * Returns the meta object for the container reference '{@link org.lawfulaccess.model.Establishment#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Provider</em>'.
	 * @see org.lawfulaccess.model.Establishment#getProvider()
	 * @see #getEstablishment()
	 * @generated
	 */
	EReference getEstablishment_Provider();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Establishment#getJurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Jurisdiction</em>'.
	 * @see org.lawfulaccess.model.Establishment#getJurisdiction()
	 * @see #getEstablishment()
	 * @generated
	 */
	EReference getEstablishment_Jurisdiction();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Establishment#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.lawfulaccess.model.Establishment#getKind()
	 * @see #getEstablishment()
	 * @generated
	 */
	EAttribute getEstablishment_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Establishment#getEntity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Entity</em>'.
	 * @see org.lawfulaccess.model.Establishment#getEntity()
	 * @see #getEstablishment()
	 * @generated
	 */
	EReference getEstablishment_Entity();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Service <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service</em>'.
	 * @see org.lawfulaccess.model.Service
	 * @generated
	 */
	EClass getService();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Service#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Provider</em>'.
	 * @see org.lawfulaccess.model.Service#getProvider()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Provider();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lawfulaccess.model.Service#getEncryption <em>Encryption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Encryption</em>'.
	 * @see org.lawfulaccess.model.Service#getEncryption()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Encryption();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lawfulaccess.model.Service#getTelemetry <em>Telemetry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Telemetry</em>'.
	 * @see org.lawfulaccess.model.Service#getTelemetry()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Telemetry();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lawfulaccess.model.Service#getAccreditations <em>Accreditations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Accreditations</em>'.
	 * @see org.lawfulaccess.model.Service#getAccreditations()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Accreditations();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.EncryptionProfile <em>Encryption Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Encryption Profile</em>'.
	 * @see org.lawfulaccess.model.EncryptionProfile
	 * @generated
	 */
	EClass getEncryptionProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.EncryptionProfile#getDataStore <em>Data Store</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Store</em>'.
	 * @see org.lawfulaccess.model.EncryptionProfile#getDataStore()
	 * @see #getEncryptionProfile()
	 * @generated
	 */
	EAttribute getEncryptionProfile_DataStore();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.EncryptionProfile#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see org.lawfulaccess.model.EncryptionProfile#getModel()
	 * @see #getEncryptionProfile()
	 * @generated
	 */
	EAttribute getEncryptionProfile_Model();

	/**
	 * Returns the meta object for the attribute list '{@link org.lawfulaccess.model.EncryptionProfile#getKeyHolders <em>Key Holders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Key Holders</em>'.
	 * @see org.lawfulaccess.model.EncryptionProfile#getKeyHolders()
	 * @see #getEncryptionProfile()
	 * @generated
	 */
	EAttribute getEncryptionProfile_KeyHolders();

	/**
	 * Returns the meta object for the reference list '{@link org.lawfulaccess.model.EncryptionProfile#getThirdPartyKeyHolders <em>Third Party Key Holders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Third Party Key Holders</em>'.
	 * @see org.lawfulaccess.model.EncryptionProfile#getThirdPartyKeyHolders()
	 * @see #getEncryptionProfile()
	 * @generated
	 */
	EReference getEncryptionProfile_ThirdPartyKeyHolders();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Telemetry <em>Telemetry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Telemetry</em>'.
	 * @see org.lawfulaccess.model.Telemetry
	 * @generated
	 */
	EClass getTelemetry();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Telemetry#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.lawfulaccess.model.Telemetry#getKind()
	 * @see #getTelemetry()
	 * @generated
	 */
	EAttribute getTelemetry_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Telemetry#getRecipient <em>Recipient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Recipient</em>'.
	 * @see org.lawfulaccess.model.Telemetry#getRecipient()
	 * @see #getTelemetry()
	 * @generated
	 */
	EReference getTelemetry_Recipient();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Accreditation <em>Accreditation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Accreditation</em>'.
	 * @see org.lawfulaccess.model.Accreditation
	 * @generated
	 */
	EClass getAccreditation();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Accreditation#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.lawfulaccess.model.Accreditation#getLevel()
	 * @see #getAccreditation()
	 * @generated
	 */
	EAttribute getAccreditation_Level();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Accreditation#getAccreditedBy <em>Accredited By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Accredited By</em>'.
	 * @see org.lawfulaccess.model.Accreditation#getAccreditedBy()
	 * @see #getAccreditation()
	 * @generated
	 */
	EReference getAccreditation_AccreditedBy();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Instrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instrument</em>'.
	 * @see org.lawfulaccess.model.Instrument
	 * @generated
	 */
	EClass getInstrument();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Instrument#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.lawfulaccess.model.Instrument#getKind()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Instrument#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Issuer</em>'.
	 * @see org.lawfulaccess.model.Instrument#getIssuer()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_Issuer();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Instrument#getSupplements <em>Supplements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Supplements</em>'.
	 * @see org.lawfulaccess.model.Instrument#getSupplements()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_Supplements();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Instrument#getLegalCitation <em>Legal Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legal Citation</em>'.
	 * @see org.lawfulaccess.model.Instrument#getLegalCitation()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_LegalCitation();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Instrument#getAdoptedOn <em>Adopted On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adopted On</em>'.
	 * @see org.lawfulaccess.model.Instrument#getAdoptedOn()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_AdoptedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Instrument#getForceStatus <em>Force Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Force Status</em>'.
	 * @see org.lawfulaccess.model.Instrument#getForceStatus()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_ForceStatus();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Instrument#getDependsOn <em>Depends On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Depends On</em>'.
	 * @see org.lawfulaccess.model.Instrument#getDependsOn()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_DependsOn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lawfulaccess.model.Instrument#getProvisions <em>Provisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Provisions</em>'.
	 * @see org.lawfulaccess.model.Instrument#getProvisions()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_Provisions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lawfulaccess.model.Instrument#getMemberships <em>Memberships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Memberships</em>'.
	 * @see org.lawfulaccess.model.Instrument#getMemberships()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_Memberships();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.DomesticObligation <em>Domestic Obligation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Domestic Obligation</em>'.
	 * @see org.lawfulaccess.model.DomesticObligation
	 * @generated
	 */
	EClass getDomesticObligation();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.DomesticObligation#getObligationKind <em>Obligation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Obligation Kind</em>'.
	 * @see org.lawfulaccess.model.DomesticObligation#getObligationKind()
	 * @see #getDomesticObligation()
	 * @generated
	 */
	EAttribute getDomesticObligation_ObligationKind();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.DomesticObligation#getAddresseeClass <em>Addressee Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Addressee Class</em>'.
	 * @see org.lawfulaccess.model.DomesticObligation#getAddresseeClass()
	 * @see #getDomesticObligation()
	 * @generated
	 */
	EAttribute getDomesticObligation_AddresseeClass();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Provision <em>Provision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Provision</em>'.
	 * @see org.lawfulaccess.model.Provision
	 * @generated
	 */
	EClass getProvision();

	/**
	 * Returns the meta object for the container reference '{@link org.lawfulaccess.model.Provision#getInstrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Instrument</em>'.
	 * @see org.lawfulaccess.model.Provision#getInstrument()
	 * @see #getProvision()
	 * @generated
	 */
	EReference getProvision_Instrument();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Provision#getLegalCitation <em>Legal Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legal Citation</em>'.
	 * @see org.lawfulaccess.model.Provision#getLegalCitation()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_LegalCitation();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Provision#getRouteKind <em>Route Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Route Kind</em>'.
	 * @see org.lawfulaccess.model.Provision#getRouteKind()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_RouteKind();

	/**
	 * Returns the meta object for the attribute list '{@link org.lawfulaccess.model.Provision#getDataCategories <em>Data Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Data Categories</em>'.
	 * @see org.lawfulaccess.model.Provision#getDataCategories()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_DataCategories();

	/**
	 * Returns the meta object for the attribute list '{@link org.lawfulaccess.model.Provision#getIssuingRoles <em>Issuing Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Issuing Roles</em>'.
	 * @see org.lawfulaccess.model.Provision#getIssuingRoles()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_IssuingRoles();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Provision#getAddresseeRole <em>Addressee Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Addressee Role</em>'.
	 * @see org.lawfulaccess.model.Provision#getAddresseeRole()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_AddresseeRole();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Provision#getLegalForce <em>Legal Force</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legal Force</em>'.
	 * @see org.lawfulaccess.model.Provision#getLegalForce()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_LegalForce();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Provision#getForceStatus <em>Force Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Force Status</em>'.
	 * @see org.lawfulaccess.model.Provision#getForceStatus()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_ForceStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Provision#getDualCriminality <em>Dual Criminality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dual Criminality</em>'.
	 * @see org.lawfulaccess.model.Provision#getDualCriminality()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_DualCriminality();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Provision#getDualCriminalityAssessedIn <em>Dual Criminality Assessed In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dual Criminality Assessed In</em>'.
	 * @see org.lawfulaccess.model.Provision#getDualCriminalityAssessedIn()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_DualCriminalityAssessedIn();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Provision#getMinLatency <em>Min Latency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Latency</em>'.
	 * @see org.lawfulaccess.model.Provision#getMinLatency()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_MinLatency();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Provision#getMaxLatency <em>Max Latency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Latency</em>'.
	 * @see org.lawfulaccess.model.Provision#getMaxLatency()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_MaxLatency();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Provision#getEmergencyLatency <em>Emergency Latency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Emergency Latency</em>'.
	 * @see org.lawfulaccess.model.Provision#getEmergencyLatency()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_EmergencyLatency();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Provision#isEmergencyOnly <em>Emergency Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Emergency Only</em>'.
	 * @see org.lawfulaccess.model.Provision#isEmergencyOnly()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_EmergencyOnly();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Provision#getApplicableFrom <em>Applicable From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Applicable From</em>'.
	 * @see org.lawfulaccess.model.Provision#getApplicableFrom()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_ApplicableFrom();

	/**
	 * Returns the meta object for the attribute list '{@link org.lawfulaccess.model.Provision#getRequiredContactNetworks <em>Required Contact Networks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Required Contact Networks</em>'.
	 * @see org.lawfulaccess.model.Provision#getRequiredContactNetworks()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_RequiredContactNetworks();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Provision#getPreservationPeriod <em>Preservation Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preservation Period</em>'.
	 * @see org.lawfulaccess.model.Provision#getPreservationPeriod()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_PreservationPeriod();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Provision#getSeriousnessThreshold <em>Seriousness Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seriousness Threshold</em>'.
	 * @see org.lawfulaccess.model.Provision#getSeriousnessThreshold()
	 * @see #getProvision()
	 * @generated
	 */
	EAttribute getProvision_SeriousnessThreshold();

	/**
	 * Returns the meta object for the '{@link org.lawfulaccess.model.Provision#isApplicableAt(java.time.LocalDate) <em>Is Applicable At</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Applicable At</em>' operation.
	 * @see org.lawfulaccess.model.Provision#isApplicableAt(java.time.LocalDate)
	 * @generated
	 */
	EOperation getProvision__IsApplicableAt__LocalDate();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Membership <em>Membership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Membership</em>'.
	 * @see org.lawfulaccess.model.Membership
	 * @generated
	 */
	EClass getMembership();

	/**
	 * Returns the meta object for the container reference '{@link org.lawfulaccess.model.Membership#getInstrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Instrument</em>'.
	 * @see org.lawfulaccess.model.Membership#getInstrument()
	 * @see #getMembership()
	 * @generated
	 */
	EReference getMembership_Instrument();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Membership#getParty <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Party</em>'.
	 * @see org.lawfulaccess.model.Membership#getParty()
	 * @see #getMembership()
	 * @generated
	 */
	EReference getMembership_Party();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Membership#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.lawfulaccess.model.Membership#getStatus()
	 * @see #getMembership()
	 * @generated
	 */
	EAttribute getMembership_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lawfulaccess.model.Membership#getReservations <em>Reservations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reservations</em>'.
	 * @see org.lawfulaccess.model.Membership#getReservations()
	 * @see #getMembership()
	 * @generated
	 */
	EReference getMembership_Reservations();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Reservation <em>Reservation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reservation</em>'.
	 * @see org.lawfulaccess.model.Reservation
	 * @generated
	 */
	EClass getReservation();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Reservation#getProvision <em>Provision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Provision</em>'.
	 * @see org.lawfulaccess.model.Reservation#getProvision()
	 * @see #getReservation()
	 * @generated
	 */
	EReference getReservation_Provision();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Reservation#getEffect <em>Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effect</em>'.
	 * @see org.lawfulaccess.model.Reservation#getEffect()
	 * @see #getReservation()
	 * @generated
	 */
	EAttribute getReservation_Effect();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Reservation#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.lawfulaccess.model.Reservation#getText()
	 * @see #getReservation()
	 * @generated
	 */
	EAttribute getReservation_Text();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Offence <em>Offence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Offence</em>'.
	 * @see org.lawfulaccess.model.Offence
	 * @generated
	 */
	EClass getOffence();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Criminalisation <em>Criminalisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criminalisation</em>'.
	 * @see org.lawfulaccess.model.Criminalisation
	 * @generated
	 */
	EClass getCriminalisation();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Criminalisation#getOffence <em>Offence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Offence</em>'.
	 * @see org.lawfulaccess.model.Criminalisation#getOffence()
	 * @see #getCriminalisation()
	 * @generated
	 */
	EReference getCriminalisation_Offence();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Criminalisation#getJurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Jurisdiction</em>'.
	 * @see org.lawfulaccess.model.Criminalisation#getJurisdiction()
	 * @see #getCriminalisation()
	 * @generated
	 */
	EReference getCriminalisation_Jurisdiction();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Criminalisation#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.lawfulaccess.model.Criminalisation#getStatus()
	 * @see #getCriminalisation()
	 * @generated
	 */
	EAttribute getCriminalisation_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Criminalisation#getStatute <em>Statute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statute</em>'.
	 * @see org.lawfulaccess.model.Criminalisation#getStatute()
	 * @see #getCriminalisation()
	 * @generated
	 */
	EAttribute getCriminalisation_Statute();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Criminalisation#getMaxImprisonment <em>Max Imprisonment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Imprisonment</em>'.
	 * @see org.lawfulaccess.model.Criminalisation#getMaxImprisonment()
	 * @see #getCriminalisation()
	 * @generated
	 */
	EAttribute getCriminalisation_MaxImprisonment();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Criminalisation#getMaxFine <em>Max Fine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Fine</em>'.
	 * @see org.lawfulaccess.model.Criminalisation#getMaxFine()
	 * @see #getCriminalisation()
	 * @generated
	 */
	EAttribute getCriminalisation_MaxFine();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.RetentionRule <em>Retention Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Retention Rule</em>'.
	 * @see org.lawfulaccess.model.RetentionRule
	 * @generated
	 */
	EClass getRetentionRule();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.RetentionRule#getJurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Jurisdiction</em>'.
	 * @see org.lawfulaccess.model.RetentionRule#getJurisdiction()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EReference getRetentionRule_Jurisdiction();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.RetentionRule#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Provider</em>'.
	 * @see org.lawfulaccess.model.RetentionRule#getProvider()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EReference getRetentionRule_Provider();

	/**
	 * Returns the meta object for the attribute list '{@link org.lawfulaccess.model.RetentionRule#getProviderKinds <em>Provider Kinds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Provider Kinds</em>'.
	 * @see org.lawfulaccess.model.RetentionRule#getProviderKinds()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_ProviderKinds();

	/**
	 * Returns the meta object for the attribute list '{@link org.lawfulaccess.model.RetentionRule#getDataCategories <em>Data Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Data Categories</em>'.
	 * @see org.lawfulaccess.model.RetentionRule#getDataCategories()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_DataCategories();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.RetentionRule#getDuration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration</em>'.
	 * @see org.lawfulaccess.model.RetentionRule#getDuration()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_Duration();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.RetentionRule#getBound <em>Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bound</em>'.
	 * @see org.lawfulaccess.model.RetentionRule#getBound()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_Bound();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.RetentionRule#getLegalBasis <em>Legal Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Legal Basis</em>'.
	 * @see org.lawfulaccess.model.RetentionRule#getLegalBasis()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EReference getRetentionRule_LegalBasis();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.ProviderPractice <em>Provider Practice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Provider Practice</em>'.
	 * @see org.lawfulaccess.model.ProviderPractice
	 * @generated
	 */
	EClass getProviderPractice();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.ProviderPractice#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Provider</em>'.
	 * @see org.lawfulaccess.model.ProviderPractice#getProvider()
	 * @see #getProviderPractice()
	 * @generated
	 */
	EReference getProviderPractice_Provider();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.ProviderPractice#getRequestingJurisdiction <em>Requesting Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Requesting Jurisdiction</em>'.
	 * @see org.lawfulaccess.model.ProviderPractice#getRequestingJurisdiction()
	 * @see #getProviderPractice()
	 * @generated
	 */
	EReference getProviderPractice_RequestingJurisdiction();

	/**
	 * Returns the meta object for the attribute list '{@link org.lawfulaccess.model.ProviderPractice#getRouteKinds <em>Route Kinds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Route Kinds</em>'.
	 * @see org.lawfulaccess.model.ProviderPractice#getRouteKinds()
	 * @see #getProviderPractice()
	 * @generated
	 */
	EAttribute getProviderPractice_RouteKinds();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.ProviderPractice#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.lawfulaccess.model.ProviderPractice#getOutcome()
	 * @see #getProviderPractice()
	 * @generated
	 */
	EAttribute getProviderPractice_Outcome();

	/**
	 * Returns the meta object for the attribute list '{@link org.lawfulaccess.model.ProviderPractice#getDataCategories <em>Data Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Data Categories</em>'.
	 * @see org.lawfulaccess.model.ProviderPractice#getDataCategories()
	 * @see #getProviderPractice()
	 * @generated
	 */
	EAttribute getProviderPractice_DataCategories();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.ProviderPractice#getInstrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Instrument</em>'.
	 * @see org.lawfulaccess.model.ProviderPractice#getInstrument()
	 * @see #getProviderPractice()
	 * @generated
	 */
	EReference getProviderPractice_Instrument();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.PointOfContact <em>Point Of Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Point Of Contact</em>'.
	 * @see org.lawfulaccess.model.PointOfContact
	 * @generated
	 */
	EClass getPointOfContact();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.PointOfContact#getJurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Jurisdiction</em>'.
	 * @see org.lawfulaccess.model.PointOfContact#getJurisdiction()
	 * @see #getPointOfContact()
	 * @generated
	 */
	EReference getPointOfContact_Jurisdiction();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.PointOfContact#getDesignatedActor <em>Designated Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Designated Actor</em>'.
	 * @see org.lawfulaccess.model.PointOfContact#getDesignatedActor()
	 * @see #getPointOfContact()
	 * @generated
	 */
	EReference getPointOfContact_DesignatedActor();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.PointOfContact#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Network</em>'.
	 * @see org.lawfulaccess.model.PointOfContact#getNetwork()
	 * @see #getPointOfContact()
	 * @generated
	 */
	EAttribute getPointOfContact_Network();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.PointOfContact#getCounterpart <em>Counterpart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Counterpart</em>'.
	 * @see org.lawfulaccess.model.PointOfContact#getCounterpart()
	 * @see #getPointOfContact()
	 * @generated
	 */
	EReference getPointOfContact_Counterpart();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.UsagePolicy <em>Usage Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Usage Policy</em>'.
	 * @see org.lawfulaccess.model.UsagePolicy
	 * @generated
	 */
	EClass getUsagePolicy();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.UsagePolicy#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see org.lawfulaccess.model.UsagePolicy#getOrganisation()
	 * @see #getUsagePolicy()
	 * @generated
	 */
	EReference getUsagePolicy_Organisation();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.UsagePolicy#getService <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Service</em>'.
	 * @see org.lawfulaccess.model.UsagePolicy#getService()
	 * @see #getUsagePolicy()
	 * @generated
	 */
	EReference getUsagePolicy_Service();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.UsagePolicy#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.lawfulaccess.model.UsagePolicy#getPurpose()
	 * @see #getUsagePolicy()
	 * @generated
	 */
	EAttribute getUsagePolicy_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.UsagePolicy#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see org.lawfulaccess.model.UsagePolicy#getDecision()
	 * @see #getUsagePolicy()
	 * @generated
	 */
	EAttribute getUsagePolicy_Decision();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.UsagePolicy#getMaxLevel <em>Max Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Level</em>'.
	 * @see org.lawfulaccess.model.UsagePolicy#getMaxLevel()
	 * @see #getUsagePolicy()
	 * @generated
	 */
	EAttribute getUsagePolicy_MaxLevel();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Position <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Position</em>'.
	 * @see org.lawfulaccess.model.Position
	 * @generated
	 */
	EClass getPosition();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Position#getHolder <em>Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Holder</em>'.
	 * @see org.lawfulaccess.model.Position#getHolder()
	 * @see #getPosition()
	 * @generated
	 */
	EReference getPosition_Holder();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Position#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject</em>'.
	 * @see org.lawfulaccess.model.Position#getSubject()
	 * @see #getPosition()
	 * @generated
	 */
	EReference getPosition_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Position#getStance <em>Stance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stance</em>'.
	 * @see org.lawfulaccess.model.Position#getStance()
	 * @see #getPosition()
	 * @generated
	 */
	EAttribute getPosition_Stance();

	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see org.lawfulaccess.model.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Scenario#getRequestingAuthority <em>Requesting Authority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Requesting Authority</em>'.
	 * @see org.lawfulaccess.model.Scenario#getRequestingAuthority()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_RequestingAuthority();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Scenario#getTargetService <em>Target Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Service</em>'.
	 * @see org.lawfulaccess.model.Scenario#getTargetService()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_TargetService();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Scenario#getTargetProvider <em>Target Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Provider</em>'.
	 * @see org.lawfulaccess.model.Scenario#getTargetProvider()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_TargetProvider();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Scenario#getOffence <em>Offence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Offence</em>'.
	 * @see org.lawfulaccess.model.Scenario#getOffence()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Offence();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Scenario#getDataCategory <em>Data Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Category</em>'.
	 * @see org.lawfulaccess.model.Scenario#getDataCategory()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_DataCategory();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Scenario#getUrgency <em>Urgency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Urgency</em>'.
	 * @see org.lawfulaccess.model.Scenario#getUrgency()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Urgency();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Scenario#getEventDate <em>Event Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Date</em>'.
	 * @see org.lawfulaccess.model.Scenario#getEventDate()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_EventDate();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.model.Scenario#getRequestDate <em>Request Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Request Date</em>'.
	 * @see org.lawfulaccess.model.Scenario#getRequestDate()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_RequestDate();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.model.Scenario#getDependsOn <em>Depends On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Depends On</em>'.
	 * @see org.lawfulaccess.model.Scenario#getDependsOn()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_DependsOn();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.SourceKind <em>Source Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Source Kind</em>'.
	 * @see org.lawfulaccess.model.SourceKind
	 * @generated
	 */
	EEnum getSourceKind();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.VerificationStatus <em>Verification Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verification Status</em>'.
	 * @see org.lawfulaccess.model.VerificationStatus
	 * @generated
	 */
	EEnum getVerificationStatus();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.JurisdictionKind <em>Jurisdiction Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Jurisdiction Kind</em>'.
	 * @see org.lawfulaccess.model.JurisdictionKind
	 * @generated
	 */
	EEnum getJurisdictionKind();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.AuthorityKind <em>Authority Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Authority Kind</em>'.
	 * @see org.lawfulaccess.model.AuthorityKind
	 * @generated
	 */
	EEnum getAuthorityKind();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.ProviderKind <em>Provider Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Provider Kind</em>'.
	 * @see org.lawfulaccess.model.ProviderKind
	 * @generated
	 */
	EEnum getProviderKind();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.OrganisationKind <em>Organisation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organisation Kind</em>'.
	 * @see org.lawfulaccess.model.OrganisationKind
	 * @generated
	 */
	EEnum getOrganisationKind();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.EstablishmentKind <em>Establishment Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Establishment Kind</em>'.
	 * @see org.lawfulaccess.model.EstablishmentKind
	 * @generated
	 */
	EEnum getEstablishmentKind();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.ContactNetwork <em>Contact Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Contact Network</em>'.
	 * @see org.lawfulaccess.model.ContactNetwork
	 * @generated
	 */
	EEnum getContactNetwork();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.DataStore <em>Data Store</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Store</em>'.
	 * @see org.lawfulaccess.model.DataStore
	 * @generated
	 */
	EEnum getDataStore();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.EncryptionModel <em>Encryption Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Encryption Model</em>'.
	 * @see org.lawfulaccess.model.EncryptionModel
	 * @generated
	 */
	EEnum getEncryptionModel();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.KeyHolder <em>Key Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Key Holder</em>'.
	 * @see org.lawfulaccess.model.KeyHolder
	 * @generated
	 */
	EEnum getKeyHolder();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.TelemetryKind <em>Telemetry Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Telemetry Kind</em>'.
	 * @see org.lawfulaccess.model.TelemetryKind
	 * @generated
	 */
	EEnum getTelemetryKind();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.ClassificationLevel <em>Classification Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Classification Level</em>'.
	 * @see org.lawfulaccess.model.ClassificationLevel
	 * @generated
	 */
	EEnum getClassificationLevel();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.InstrumentKind <em>Instrument Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Instrument Kind</em>'.
	 * @see org.lawfulaccess.model.InstrumentKind
	 * @generated
	 */
	EEnum getInstrumentKind();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.ObligationKind <em>Obligation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Obligation Kind</em>'.
	 * @see org.lawfulaccess.model.ObligationKind
	 * @generated
	 */
	EEnum getObligationKind();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.AddresseeClass <em>Addressee Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Addressee Class</em>'.
	 * @see org.lawfulaccess.model.AddresseeClass
	 * @generated
	 */
	EEnum getAddresseeClass();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.DataCategory <em>Data Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Category</em>'.
	 * @see org.lawfulaccess.model.DataCategory
	 * @generated
	 */
	EEnum getDataCategory();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.RouteKind <em>Route Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Route Kind</em>'.
	 * @see org.lawfulaccess.model.RouteKind
	 * @generated
	 */
	EEnum getRouteKind();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.AddresseeRole <em>Addressee Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Addressee Role</em>'.
	 * @see org.lawfulaccess.model.AddresseeRole
	 * @generated
	 */
	EEnum getAddresseeRole();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.LegalForce <em>Legal Force</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Legal Force</em>'.
	 * @see org.lawfulaccess.model.LegalForce
	 * @generated
	 */
	EEnum getLegalForce();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.ForceStatus <em>Force Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Force Status</em>'.
	 * @see org.lawfulaccess.model.ForceStatus
	 * @generated
	 */
	EEnum getForceStatus();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.CriminalityVenue <em>Criminality Venue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Criminality Venue</em>'.
	 * @see org.lawfulaccess.model.CriminalityVenue
	 * @generated
	 */
	EEnum getCriminalityVenue();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.DualCriminality <em>Dual Criminality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dual Criminality</em>'.
	 * @see org.lawfulaccess.model.DualCriminality
	 * @generated
	 */
	EEnum getDualCriminality();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.MembershipStatus <em>Membership Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Membership Status</em>'.
	 * @see org.lawfulaccess.model.MembershipStatus
	 * @generated
	 */
	EEnum getMembershipStatus();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.ReservationEffect <em>Reservation Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Reservation Effect</em>'.
	 * @see org.lawfulaccess.model.ReservationEffect
	 * @generated
	 */
	EEnum getReservationEffect();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.CriminalisationStatus <em>Criminalisation Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Criminalisation Status</em>'.
	 * @see org.lawfulaccess.model.CriminalisationStatus
	 * @generated
	 */
	EEnum getCriminalisationStatus();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.RetentionBound <em>Retention Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Retention Bound</em>'.
	 * @see org.lawfulaccess.model.RetentionBound
	 * @generated
	 */
	EEnum getRetentionBound();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.PracticeOutcome <em>Practice Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Practice Outcome</em>'.
	 * @see org.lawfulaccess.model.PracticeOutcome
	 * @generated
	 */
	EEnum getPracticeOutcome();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.UsagePurpose <em>Usage Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Usage Purpose</em>'.
	 * @see org.lawfulaccess.model.UsagePurpose
	 * @generated
	 */
	EEnum getUsagePurpose();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.UsageDecision <em>Usage Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Usage Decision</em>'.
	 * @see org.lawfulaccess.model.UsageDecision
	 * @generated
	 */
	EEnum getUsageDecision();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.Stance <em>Stance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Stance</em>'.
	 * @see org.lawfulaccess.model.Stance
	 * @generated
	 */
	EEnum getStance();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.model.Urgency <em>Urgency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Urgency</em>'.
	 * @see org.lawfulaccess.model.Urgency
	 * @generated
	 */
	EEnum getUrgency();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar day (ISO-8601, e.g. 2021-04-22), without time of day or time zone, so that a file reads the same everywhere.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link org.lawfulaccess.model.value.TimeSpan <em>Time Span</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An amount of time with its unit as stated by the source, e.g. '180 days', '12 months', '8 hours'. An immutable value: it has no identity and is stored as one attribute.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Time Span</em>'.
	 * @see org.lawfulaccess.model.value.TimeSpan
	 * @model instanceClass="org.lawfulaccess.model.value.TimeSpan"
	 * @generated
	 */
	EDataType getTimeSpan();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	LawfulFactory getLawfulFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.NamedElementImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.SourcedImpl <em>Sourced</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.SourcedImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getSourced()
		 * @generated
		 */
		EClass SOURCED = eINSTANCE.getSourced();

		/**
		 * The meta object literal for the '<em><b>Citations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCED__CITATIONS = eINSTANCE.getSourced_Citations();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.PartyImpl <em>Party</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.PartyImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getParty()
		 * @generated
		 */
		EClass PARTY = eINSTANCE.getParty();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.EcosystemImpl <em>Ecosystem</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.EcosystemImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getEcosystem()
		 * @generated
		 */
		EClass ECOSYSTEM = eINSTANCE.getEcosystem();

		/**
		 * The meta object literal for the '<em><b>As Of</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECOSYSTEM__AS_OF = eINSTANCE.getEcosystem_AsOf();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECOSYSTEM__FORMAT_VERSION = eINSTANCE.getEcosystem_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECOSYSTEM__SOURCES = eINSTANCE.getEcosystem_Sources();

		/**
		 * The meta object literal for the '<em><b>Jurisdictions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECOSYSTEM__JURISDICTIONS = eINSTANCE.getEcosystem_Jurisdictions();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECOSYSTEM__GROUPS = eINSTANCE.getEcosystem_Groups();

		/**
		 * The meta object literal for the '<em><b>Actors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECOSYSTEM__ACTORS = eINSTANCE.getEcosystem_Actors();

		/**
		 * The meta object literal for the '<em><b>Services</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECOSYSTEM__SERVICES = eINSTANCE.getEcosystem_Services();

		/**
		 * The meta object literal for the '<em><b>Instruments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECOSYSTEM__INSTRUMENTS = eINSTANCE.getEcosystem_Instruments();

		/**
		 * The meta object literal for the '<em><b>Offences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECOSYSTEM__OFFENCES = eINSTANCE.getEcosystem_Offences();

		/**
		 * The meta object literal for the '<em><b>Facts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECOSYSTEM__FACTS = eINSTANCE.getEcosystem_Facts();

		/**
		 * The meta object literal for the '<em><b>Scenarios</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECOSYSTEM__SCENARIOS = eINSTANCE.getEcosystem_Scenarios();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.FactImpl <em>Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.FactImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getFact()
		 * @generated
		 */
		EClass FACT = eINSTANCE.getFact();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT__VALID_FROM = eINSTANCE.getFact_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT__VALID_TO = eINSTANCE.getFact_ValidTo();

		/**
		 * The meta object literal for the '<em><b>Is Valid At</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FACT___IS_VALID_AT__LOCALDATE = eINSTANCE.getFact__IsValidAt__LocalDate();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.SourceImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__TITLE = eINSTANCE.getSource_Title();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ISSUER = eINSTANCE.getSource_Issuer();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__DATE = eINSTANCE.getSource_Date();

		/**
		 * The meta object literal for the '<em><b>Identifier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__IDENTIFIER = eINSTANCE.getSource_Identifier();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__URL = eINSTANCE.getSource_Url();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__KIND = eINSTANCE.getSource_Kind();

		/**
		 * The meta object literal for the '<em><b>Verification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__VERIFICATION = eINSTANCE.getSource_Verification();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.CitationImpl <em>Citation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.CitationImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getCitation()
		 * @generated
		 */
		EClass CITATION = eINSTANCE.getCitation();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CITATION__SOURCE = eINSTANCE.getCitation_Source();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITATION__QUOTE = eINSTANCE.getCitation_Quote();

		/**
		 * The meta object literal for the '<em><b>Locator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITATION__LOCATOR = eINSTANCE.getCitation_Locator();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.JurisdictionImpl <em>Jurisdiction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.JurisdictionImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getJurisdiction()
		 * @generated
		 */
		EClass JURISDICTION = eINSTANCE.getJurisdiction();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JURISDICTION__CODE = eINSTANCE.getJurisdiction_Code();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JURISDICTION__KIND = eINSTANCE.getJurisdiction_Kind();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JURISDICTION__PARENT = eINSTANCE.getJurisdiction_Parent();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.ActorImpl <em>Actor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.ActorImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getActor()
		 * @generated
		 */
		EClass ACTOR = eINSTANCE.getActor();

		/**
		 * The meta object literal for the '<em><b>Jurisdiction</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTOR__JURISDICTION = eINSTANCE.getActor_Jurisdiction();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.AuthorityImpl <em>Authority</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.AuthorityImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getAuthority()
		 * @generated
		 */
		EClass AUTHORITY = eINSTANCE.getAuthority();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHORITY__KIND = eINSTANCE.getAuthority_Kind();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.ProviderImpl <em>Provider</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.ProviderImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getProvider()
		 * @generated
		 */
		EClass PROVIDER = eINSTANCE.getProvider();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROVIDER__GROUP = eINSTANCE.getProvider_Group();

		/**
		 * The meta object literal for the '<em><b>Kinds</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER__KINDS = eINSTANCE.getProvider_Kinds();

		/**
		 * The meta object literal for the '<em><b>Services</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROVIDER__SERVICES = eINSTANCE.getProvider_Services();

		/**
		 * The meta object literal for the '<em><b>Establishments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROVIDER__ESTABLISHMENTS = eINSTANCE.getProvider_Establishments();

		/**
		 * The meta object literal for the '<em><b>Has Kind</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PROVIDER___HAS_KIND__PROVIDERKIND = eINSTANCE.getProvider__HasKind__ProviderKind();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.TelecomOperatorImpl <em>Telecom Operator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.TelecomOperatorImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getTelecomOperator()
		 * @generated
		 */
		EClass TELECOM_OPERATOR = eINSTANCE.getTelecomOperator();

		/**
		 * The meta object literal for the '<em><b>Has Kind</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TELECOM_OPERATOR___HAS_KIND__PROVIDERKIND = eINSTANCE.getTelecomOperator__HasKind__ProviderKind();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.OrganisationImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__KIND = eINSTANCE.getOrganisation_Kind();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.CorporateGroupImpl <em>Corporate Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.CorporateGroupImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getCorporateGroup()
		 * @generated
		 */
		EClass CORPORATE_GROUP = eINSTANCE.getCorporateGroup();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.EstablishmentImpl <em>Establishment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.EstablishmentImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getEstablishment()
		 * @generated
		 */
		EClass ESTABLISHMENT = eINSTANCE.getEstablishment();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESTABLISHMENT__PROVIDER = eINSTANCE.getEstablishment_Provider();

		/**
		 * The meta object literal for the '<em><b>Jurisdiction</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESTABLISHMENT__JURISDICTION = eINSTANCE.getEstablishment_Jurisdiction();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESTABLISHMENT__KIND = eINSTANCE.getEstablishment_Kind();

		/**
		 * The meta object literal for the '<em><b>Entity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESTABLISHMENT__ENTITY = eINSTANCE.getEstablishment_Entity();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.ServiceImpl <em>Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.ServiceImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getService()
		 * @generated
		 */
		EClass SERVICE = eINSTANCE.getService();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__PROVIDER = eINSTANCE.getService_Provider();

		/**
		 * The meta object literal for the '<em><b>Encryption</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__ENCRYPTION = eINSTANCE.getService_Encryption();

		/**
		 * The meta object literal for the '<em><b>Telemetry</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__TELEMETRY = eINSTANCE.getService_Telemetry();

		/**
		 * The meta object literal for the '<em><b>Accreditations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__ACCREDITATIONS = eINSTANCE.getService_Accreditations();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.EncryptionProfileImpl <em>Encryption Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.EncryptionProfileImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getEncryptionProfile()
		 * @generated
		 */
		EClass ENCRYPTION_PROFILE = eINSTANCE.getEncryptionProfile();

		/**
		 * The meta object literal for the '<em><b>Data Store</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENCRYPTION_PROFILE__DATA_STORE = eINSTANCE.getEncryptionProfile_DataStore();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENCRYPTION_PROFILE__MODEL = eINSTANCE.getEncryptionProfile_Model();

		/**
		 * The meta object literal for the '<em><b>Key Holders</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENCRYPTION_PROFILE__KEY_HOLDERS = eINSTANCE.getEncryptionProfile_KeyHolders();

		/**
		 * The meta object literal for the '<em><b>Third Party Key Holders</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENCRYPTION_PROFILE__THIRD_PARTY_KEY_HOLDERS = eINSTANCE.getEncryptionProfile_ThirdPartyKeyHolders();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.TelemetryImpl <em>Telemetry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.TelemetryImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getTelemetry()
		 * @generated
		 */
		EClass TELEMETRY = eINSTANCE.getTelemetry();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TELEMETRY__KIND = eINSTANCE.getTelemetry_Kind();

		/**
		 * The meta object literal for the '<em><b>Recipient</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TELEMETRY__RECIPIENT = eINSTANCE.getTelemetry_Recipient();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.AccreditationImpl <em>Accreditation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.AccreditationImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getAccreditation()
		 * @generated
		 */
		EClass ACCREDITATION = eINSTANCE.getAccreditation();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCREDITATION__LEVEL = eINSTANCE.getAccreditation_Level();

		/**
		 * The meta object literal for the '<em><b>Accredited By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCREDITATION__ACCREDITED_BY = eINSTANCE.getAccreditation_AccreditedBy();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.InstrumentImpl <em>Instrument</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.InstrumentImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getInstrument()
		 * @generated
		 */
		EClass INSTRUMENT = eINSTANCE.getInstrument();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__KIND = eINSTANCE.getInstrument_Kind();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__ISSUER = eINSTANCE.getInstrument_Issuer();

		/**
		 * The meta object literal for the '<em><b>Supplements</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__SUPPLEMENTS = eINSTANCE.getInstrument_Supplements();

		/**
		 * The meta object literal for the '<em><b>Legal Citation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__LEGAL_CITATION = eINSTANCE.getInstrument_LegalCitation();

		/**
		 * The meta object literal for the '<em><b>Adopted On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__ADOPTED_ON = eINSTANCE.getInstrument_AdoptedOn();

		/**
		 * The meta object literal for the '<em><b>Force Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__FORCE_STATUS = eINSTANCE.getInstrument_ForceStatus();

		/**
		 * The meta object literal for the '<em><b>Depends On</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__DEPENDS_ON = eINSTANCE.getInstrument_DependsOn();

		/**
		 * The meta object literal for the '<em><b>Provisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__PROVISIONS = eINSTANCE.getInstrument_Provisions();

		/**
		 * The meta object literal for the '<em><b>Memberships</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__MEMBERSHIPS = eINSTANCE.getInstrument_Memberships();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.DomesticObligationImpl <em>Domestic Obligation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.DomesticObligationImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getDomesticObligation()
		 * @generated
		 */
		EClass DOMESTIC_OBLIGATION = eINSTANCE.getDomesticObligation();

		/**
		 * The meta object literal for the '<em><b>Obligation Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMESTIC_OBLIGATION__OBLIGATION_KIND = eINSTANCE.getDomesticObligation_ObligationKind();

		/**
		 * The meta object literal for the '<em><b>Addressee Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMESTIC_OBLIGATION__ADDRESSEE_CLASS = eINSTANCE.getDomesticObligation_AddresseeClass();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.ProvisionImpl <em>Provision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.ProvisionImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getProvision()
		 * @generated
		 */
		EClass PROVISION = eINSTANCE.getProvision();

		/**
		 * The meta object literal for the '<em><b>Instrument</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROVISION__INSTRUMENT = eINSTANCE.getProvision_Instrument();

		/**
		 * The meta object literal for the '<em><b>Legal Citation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__LEGAL_CITATION = eINSTANCE.getProvision_LegalCitation();

		/**
		 * The meta object literal for the '<em><b>Route Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__ROUTE_KIND = eINSTANCE.getProvision_RouteKind();

		/**
		 * The meta object literal for the '<em><b>Data Categories</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__DATA_CATEGORIES = eINSTANCE.getProvision_DataCategories();

		/**
		 * The meta object literal for the '<em><b>Issuing Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__ISSUING_ROLES = eINSTANCE.getProvision_IssuingRoles();

		/**
		 * The meta object literal for the '<em><b>Addressee Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__ADDRESSEE_ROLE = eINSTANCE.getProvision_AddresseeRole();

		/**
		 * The meta object literal for the '<em><b>Legal Force</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__LEGAL_FORCE = eINSTANCE.getProvision_LegalForce();

		/**
		 * The meta object literal for the '<em><b>Force Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__FORCE_STATUS = eINSTANCE.getProvision_ForceStatus();

		/**
		 * The meta object literal for the '<em><b>Dual Criminality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__DUAL_CRIMINALITY = eINSTANCE.getProvision_DualCriminality();

		/**
		 * The meta object literal for the '<em><b>Dual Criminality Assessed In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__DUAL_CRIMINALITY_ASSESSED_IN = eINSTANCE.getProvision_DualCriminalityAssessedIn();

		/**
		 * The meta object literal for the '<em><b>Min Latency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__MIN_LATENCY = eINSTANCE.getProvision_MinLatency();

		/**
		 * The meta object literal for the '<em><b>Max Latency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__MAX_LATENCY = eINSTANCE.getProvision_MaxLatency();

		/**
		 * The meta object literal for the '<em><b>Emergency Latency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__EMERGENCY_LATENCY = eINSTANCE.getProvision_EmergencyLatency();

		/**
		 * The meta object literal for the '<em><b>Emergency Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__EMERGENCY_ONLY = eINSTANCE.getProvision_EmergencyOnly();

		/**
		 * The meta object literal for the '<em><b>Applicable From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__APPLICABLE_FROM = eINSTANCE.getProvision_ApplicableFrom();

		/**
		 * The meta object literal for the '<em><b>Required Contact Networks</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__REQUIRED_CONTACT_NETWORKS = eINSTANCE.getProvision_RequiredContactNetworks();

		/**
		 * The meta object literal for the '<em><b>Preservation Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__PRESERVATION_PERIOD = eINSTANCE.getProvision_PreservationPeriod();

		/**
		 * The meta object literal for the '<em><b>Seriousness Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVISION__SERIOUSNESS_THRESHOLD = eINSTANCE.getProvision_SeriousnessThreshold();

		/**
		 * The meta object literal for the '<em><b>Is Applicable At</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PROVISION___IS_APPLICABLE_AT__LOCALDATE = eINSTANCE.getProvision__IsApplicableAt__LocalDate();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.MembershipImpl <em>Membership</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.MembershipImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getMembership()
		 * @generated
		 */
		EClass MEMBERSHIP = eINSTANCE.getMembership();

		/**
		 * The meta object literal for the '<em><b>Instrument</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBERSHIP__INSTRUMENT = eINSTANCE.getMembership_Instrument();

		/**
		 * The meta object literal for the '<em><b>Party</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBERSHIP__PARTY = eINSTANCE.getMembership_Party();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP__STATUS = eINSTANCE.getMembership_Status();

		/**
		 * The meta object literal for the '<em><b>Reservations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBERSHIP__RESERVATIONS = eINSTANCE.getMembership_Reservations();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.ReservationImpl <em>Reservation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.ReservationImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getReservation()
		 * @generated
		 */
		EClass RESERVATION = eINSTANCE.getReservation();

		/**
		 * The meta object literal for the '<em><b>Provision</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESERVATION__PROVISION = eINSTANCE.getReservation_Provision();

		/**
		 * The meta object literal for the '<em><b>Effect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESERVATION__EFFECT = eINSTANCE.getReservation_Effect();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESERVATION__TEXT = eINSTANCE.getReservation_Text();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.OffenceImpl <em>Offence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.OffenceImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getOffence()
		 * @generated
		 */
		EClass OFFENCE = eINSTANCE.getOffence();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.CriminalisationImpl <em>Criminalisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.CriminalisationImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getCriminalisation()
		 * @generated
		 */
		EClass CRIMINALISATION = eINSTANCE.getCriminalisation();

		/**
		 * The meta object literal for the '<em><b>Offence</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRIMINALISATION__OFFENCE = eINSTANCE.getCriminalisation_Offence();

		/**
		 * The meta object literal for the '<em><b>Jurisdiction</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRIMINALISATION__JURISDICTION = eINSTANCE.getCriminalisation_Jurisdiction();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRIMINALISATION__STATUS = eINSTANCE.getCriminalisation_Status();

		/**
		 * The meta object literal for the '<em><b>Statute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRIMINALISATION__STATUTE = eINSTANCE.getCriminalisation_Statute();

		/**
		 * The meta object literal for the '<em><b>Max Imprisonment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRIMINALISATION__MAX_IMPRISONMENT = eINSTANCE.getCriminalisation_MaxImprisonment();

		/**
		 * The meta object literal for the '<em><b>Max Fine</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRIMINALISATION__MAX_FINE = eINSTANCE.getCriminalisation_MaxFine();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.RetentionRuleImpl <em>Retention Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.RetentionRuleImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getRetentionRule()
		 * @generated
		 */
		EClass RETENTION_RULE = eINSTANCE.getRetentionRule();

		/**
		 * The meta object literal for the '<em><b>Jurisdiction</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RETENTION_RULE__JURISDICTION = eINSTANCE.getRetentionRule_Jurisdiction();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RETENTION_RULE__PROVIDER = eINSTANCE.getRetentionRule_Provider();

		/**
		 * The meta object literal for the '<em><b>Provider Kinds</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__PROVIDER_KINDS = eINSTANCE.getRetentionRule_ProviderKinds();

		/**
		 * The meta object literal for the '<em><b>Data Categories</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__DATA_CATEGORIES = eINSTANCE.getRetentionRule_DataCategories();

		/**
		 * The meta object literal for the '<em><b>Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__DURATION = eINSTANCE.getRetentionRule_Duration();

		/**
		 * The meta object literal for the '<em><b>Bound</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__BOUND = eINSTANCE.getRetentionRule_Bound();

		/**
		 * The meta object literal for the '<em><b>Legal Basis</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RETENTION_RULE__LEGAL_BASIS = eINSTANCE.getRetentionRule_LegalBasis();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.ProviderPracticeImpl <em>Provider Practice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.ProviderPracticeImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getProviderPractice()
		 * @generated
		 */
		EClass PROVIDER_PRACTICE = eINSTANCE.getProviderPractice();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROVIDER_PRACTICE__PROVIDER = eINSTANCE.getProviderPractice_Provider();

		/**
		 * The meta object literal for the '<em><b>Requesting Jurisdiction</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROVIDER_PRACTICE__REQUESTING_JURISDICTION = eINSTANCE.getProviderPractice_RequestingJurisdiction();

		/**
		 * The meta object literal for the '<em><b>Route Kinds</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER_PRACTICE__ROUTE_KINDS = eINSTANCE.getProviderPractice_RouteKinds();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER_PRACTICE__OUTCOME = eINSTANCE.getProviderPractice_Outcome();

		/**
		 * The meta object literal for the '<em><b>Data Categories</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER_PRACTICE__DATA_CATEGORIES = eINSTANCE.getProviderPractice_DataCategories();

		/**
		 * The meta object literal for the '<em><b>Instrument</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROVIDER_PRACTICE__INSTRUMENT = eINSTANCE.getProviderPractice_Instrument();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.PointOfContactImpl <em>Point Of Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.PointOfContactImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getPointOfContact()
		 * @generated
		 */
		EClass POINT_OF_CONTACT = eINSTANCE.getPointOfContact();

		/**
		 * The meta object literal for the '<em><b>Jurisdiction</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POINT_OF_CONTACT__JURISDICTION = eINSTANCE.getPointOfContact_Jurisdiction();

		/**
		 * The meta object literal for the '<em><b>Designated Actor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POINT_OF_CONTACT__DESIGNATED_ACTOR = eINSTANCE.getPointOfContact_DesignatedActor();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POINT_OF_CONTACT__NETWORK = eINSTANCE.getPointOfContact_Network();

		/**
		 * The meta object literal for the '<em><b>Counterpart</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POINT_OF_CONTACT__COUNTERPART = eINSTANCE.getPointOfContact_Counterpart();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.UsagePolicyImpl <em>Usage Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.UsagePolicyImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getUsagePolicy()
		 * @generated
		 */
		EClass USAGE_POLICY = eINSTANCE.getUsagePolicy();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USAGE_POLICY__ORGANISATION = eINSTANCE.getUsagePolicy_Organisation();

		/**
		 * The meta object literal for the '<em><b>Service</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USAGE_POLICY__SERVICE = eINSTANCE.getUsagePolicy_Service();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USAGE_POLICY__PURPOSE = eINSTANCE.getUsagePolicy_Purpose();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USAGE_POLICY__DECISION = eINSTANCE.getUsagePolicy_Decision();

		/**
		 * The meta object literal for the '<em><b>Max Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USAGE_POLICY__MAX_LEVEL = eINSTANCE.getUsagePolicy_MaxLevel();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.PositionImpl <em>Position</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.PositionImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getPosition()
		 * @generated
		 */
		EClass POSITION = eINSTANCE.getPosition();

		/**
		 * The meta object literal for the '<em><b>Holder</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POSITION__HOLDER = eINSTANCE.getPosition_Holder();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POSITION__SUBJECT = eINSTANCE.getPosition_Subject();

		/**
		 * The meta object literal for the '<em><b>Stance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POSITION__STANCE = eINSTANCE.getPosition_Stance();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.impl.ScenarioImpl
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Requesting Authority</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__REQUESTING_AUTHORITY = eINSTANCE.getScenario_RequestingAuthority();

		/**
		 * The meta object literal for the '<em><b>Target Service</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__TARGET_SERVICE = eINSTANCE.getScenario_TargetService();

		/**
		 * The meta object literal for the '<em><b>Target Provider</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__TARGET_PROVIDER = eINSTANCE.getScenario_TargetProvider();

		/**
		 * The meta object literal for the '<em><b>Offence</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__OFFENCE = eINSTANCE.getScenario_Offence();

		/**
		 * The meta object literal for the '<em><b>Data Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__DATA_CATEGORY = eINSTANCE.getScenario_DataCategory();

		/**
		 * The meta object literal for the '<em><b>Urgency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__URGENCY = eINSTANCE.getScenario_Urgency();

		/**
		 * The meta object literal for the '<em><b>Event Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__EVENT_DATE = eINSTANCE.getScenario_EventDate();

		/**
		 * The meta object literal for the '<em><b>Request Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__REQUEST_DATE = eINSTANCE.getScenario_RequestDate();

		/**
		 * The meta object literal for the '<em><b>Depends On</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__DEPENDS_ON = eINSTANCE.getScenario_DependsOn();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.SourceKind <em>Source Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.SourceKind
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getSourceKind()
		 * @generated
		 */
		EEnum SOURCE_KIND = eINSTANCE.getSourceKind();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.VerificationStatus <em>Verification Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.VerificationStatus
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getVerificationStatus()
		 * @generated
		 */
		EEnum VERIFICATION_STATUS = eINSTANCE.getVerificationStatus();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.JurisdictionKind <em>Jurisdiction Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.JurisdictionKind
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getJurisdictionKind()
		 * @generated
		 */
		EEnum JURISDICTION_KIND = eINSTANCE.getJurisdictionKind();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.AuthorityKind <em>Authority Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.AuthorityKind
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getAuthorityKind()
		 * @generated
		 */
		EEnum AUTHORITY_KIND = eINSTANCE.getAuthorityKind();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.ProviderKind <em>Provider Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.ProviderKind
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getProviderKind()
		 * @generated
		 */
		EEnum PROVIDER_KIND = eINSTANCE.getProviderKind();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.OrganisationKind <em>Organisation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.OrganisationKind
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getOrganisationKind()
		 * @generated
		 */
		EEnum ORGANISATION_KIND = eINSTANCE.getOrganisationKind();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.EstablishmentKind <em>Establishment Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.EstablishmentKind
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getEstablishmentKind()
		 * @generated
		 */
		EEnum ESTABLISHMENT_KIND = eINSTANCE.getEstablishmentKind();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.ContactNetwork <em>Contact Network</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.ContactNetwork
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getContactNetwork()
		 * @generated
		 */
		EEnum CONTACT_NETWORK = eINSTANCE.getContactNetwork();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.DataStore <em>Data Store</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.DataStore
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getDataStore()
		 * @generated
		 */
		EEnum DATA_STORE = eINSTANCE.getDataStore();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.EncryptionModel <em>Encryption Model</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.EncryptionModel
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getEncryptionModel()
		 * @generated
		 */
		EEnum ENCRYPTION_MODEL = eINSTANCE.getEncryptionModel();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.KeyHolder <em>Key Holder</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.KeyHolder
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getKeyHolder()
		 * @generated
		 */
		EEnum KEY_HOLDER = eINSTANCE.getKeyHolder();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.TelemetryKind <em>Telemetry Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.TelemetryKind
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getTelemetryKind()
		 * @generated
		 */
		EEnum TELEMETRY_KIND = eINSTANCE.getTelemetryKind();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.ClassificationLevel <em>Classification Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.ClassificationLevel
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getClassificationLevel()
		 * @generated
		 */
		EEnum CLASSIFICATION_LEVEL = eINSTANCE.getClassificationLevel();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.InstrumentKind <em>Instrument Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.InstrumentKind
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getInstrumentKind()
		 * @generated
		 */
		EEnum INSTRUMENT_KIND = eINSTANCE.getInstrumentKind();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.ObligationKind <em>Obligation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.ObligationKind
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getObligationKind()
		 * @generated
		 */
		EEnum OBLIGATION_KIND = eINSTANCE.getObligationKind();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.AddresseeClass <em>Addressee Class</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.AddresseeClass
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getAddresseeClass()
		 * @generated
		 */
		EEnum ADDRESSEE_CLASS = eINSTANCE.getAddresseeClass();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.DataCategory <em>Data Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.DataCategory
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getDataCategory()
		 * @generated
		 */
		EEnum DATA_CATEGORY = eINSTANCE.getDataCategory();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.RouteKind <em>Route Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.RouteKind
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getRouteKind()
		 * @generated
		 */
		EEnum ROUTE_KIND = eINSTANCE.getRouteKind();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.AddresseeRole <em>Addressee Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.AddresseeRole
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getAddresseeRole()
		 * @generated
		 */
		EEnum ADDRESSEE_ROLE = eINSTANCE.getAddresseeRole();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.LegalForce <em>Legal Force</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.LegalForce
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getLegalForce()
		 * @generated
		 */
		EEnum LEGAL_FORCE = eINSTANCE.getLegalForce();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.ForceStatus <em>Force Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.ForceStatus
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getForceStatus()
		 * @generated
		 */
		EEnum FORCE_STATUS = eINSTANCE.getForceStatus();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.CriminalityVenue <em>Criminality Venue</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.CriminalityVenue
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getCriminalityVenue()
		 * @generated
		 */
		EEnum CRIMINALITY_VENUE = eINSTANCE.getCriminalityVenue();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.DualCriminality <em>Dual Criminality</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.DualCriminality
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getDualCriminality()
		 * @generated
		 */
		EEnum DUAL_CRIMINALITY = eINSTANCE.getDualCriminality();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.MembershipStatus <em>Membership Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.MembershipStatus
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getMembershipStatus()
		 * @generated
		 */
		EEnum MEMBERSHIP_STATUS = eINSTANCE.getMembershipStatus();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.ReservationEffect <em>Reservation Effect</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.ReservationEffect
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getReservationEffect()
		 * @generated
		 */
		EEnum RESERVATION_EFFECT = eINSTANCE.getReservationEffect();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.CriminalisationStatus <em>Criminalisation Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.CriminalisationStatus
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getCriminalisationStatus()
		 * @generated
		 */
		EEnum CRIMINALISATION_STATUS = eINSTANCE.getCriminalisationStatus();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.RetentionBound <em>Retention Bound</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.RetentionBound
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getRetentionBound()
		 * @generated
		 */
		EEnum RETENTION_BOUND = eINSTANCE.getRetentionBound();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.PracticeOutcome <em>Practice Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.PracticeOutcome
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getPracticeOutcome()
		 * @generated
		 */
		EEnum PRACTICE_OUTCOME = eINSTANCE.getPracticeOutcome();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.UsagePurpose <em>Usage Purpose</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.UsagePurpose
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getUsagePurpose()
		 * @generated
		 */
		EEnum USAGE_PURPOSE = eINSTANCE.getUsagePurpose();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.UsageDecision <em>Usage Decision</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.UsageDecision
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getUsageDecision()
		 * @generated
		 */
		EEnum USAGE_DECISION = eINSTANCE.getUsageDecision();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.Stance <em>Stance</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.Stance
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getStance()
		 * @generated
		 */
		EEnum STANCE = eINSTANCE.getStance();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.model.Urgency <em>Urgency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.Urgency
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getUrgency()
		 * @generated
		 */
		EEnum URGENCY = eINSTANCE.getUrgency();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Time Span</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.model.value.TimeSpan
		 * @see org.lawfulaccess.model.impl.LawfulPackageImpl#getTimeSpan()
		 * @generated
		 */
		EDataType TIME_SPAN = eINSTANCE.getTimeSpan();

	}

} //LawfulPackage
