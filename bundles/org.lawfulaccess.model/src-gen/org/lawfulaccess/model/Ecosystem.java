/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ecosystem</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a model: the lawful-access ecosystem as of a date. It contains every element of the model; facts outside their validity at the as-of date do not count.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.Ecosystem#getAsOf <em>As Of</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Ecosystem#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Ecosystem#getSources <em>Sources</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Ecosystem#getJurisdictions <em>Jurisdictions</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Ecosystem#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Ecosystem#getActors <em>Actors</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Ecosystem#getServices <em>Services</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Ecosystem#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Ecosystem#getOffences <em>Offences</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Ecosystem#getFacts <em>Facts</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Ecosystem#getScenarios <em>Scenarios</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getEcosystem()
 * @model
 * @generated
 */
public interface Ecosystem extends NamedElement {
	/**
	 * Returns the value of the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date the model describes; rules evaluate validity at this date unless told otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>As Of</em>' attribute.
	 * @see #setAsOf(LocalDate)
	 * @see org.lawfulaccess.model.LawfulPackage#getEcosystem_AsOf()
	 * @model dataType="org.lawfulaccess.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getAsOf();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Ecosystem#getAsOf <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>As Of</em>' attribute.
	 * @see #getAsOf()
	 * @generated
	 */
	void setAsOf(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version of the file format this model was saved with; the persistence layer stamps it on every save and migrates older files before loading.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #isSetFormatVersion()
	 * @see #unsetFormatVersion()
	 * @see #setFormatVersion(int)
	 * @see org.lawfulaccess.model.LawfulPackage#getEcosystem_FormatVersion()
	 * @model default="2" unsettable="true"
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Ecosystem#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #isSetFormatVersion()
	 * @see #unsetFormatVersion()
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Unsets the value of the '{@link org.lawfulaccess.model.Ecosystem#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFormatVersion()
	 * @see #getFormatVersion()
	 * @see #setFormatVersion(int)
	 * @generated
	 */
	void unsetFormatVersion();

	/**
	 * Returns whether the value of the '{@link org.lawfulaccess.model.Ecosystem#getFormatVersion <em>Format Version</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Format Version</em>' attribute is set.
	 * @see #unsetFormatVersion()
	 * @see #getFormatVersion()
	 * @see #setFormatVersion(int)
	 * @generated
	 */
	boolean isSetFormatVersion();

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.lawfulaccess.model.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Source documents.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.lawfulaccess.model.LawfulPackage#getEcosystem_Sources()
	 * @model containment="true"
	 * @generated
	 */
	EList<Source> getSources();

	/**
	 * Returns the value of the '<em><b>Jurisdictions</b></em>' containment reference list.
	 * The list contents are of type {@link org.lawfulaccess.model.Jurisdiction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Jurisdictions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jurisdictions</em>' containment reference list.
	 * @see org.lawfulaccess.model.LawfulPackage#getEcosystem_Jurisdictions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Jurisdiction> getJurisdictions();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.lawfulaccess.model.CorporateGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Corporate groups.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see org.lawfulaccess.model.LawfulPackage#getEcosystem_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<CorporateGroup> getGroups();

	/**
	 * Returns the value of the '<em><b>Actors</b></em>' containment reference list.
	 * The list contents are of type {@link org.lawfulaccess.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Authorities, providers, operators and organisations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actors</em>' containment reference list.
	 * @see org.lawfulaccess.model.LawfulPackage#getEcosystem_Actors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Actor> getActors();

	/**
	 * Returns the value of the '<em><b>Services</b></em>' containment reference list.
	 * The list contents are of type {@link org.lawfulaccess.model.Service}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Services offered by providers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Services</em>' containment reference list.
	 * @see org.lawfulaccess.model.LawfulPackage#getEcosystem_Services()
	 * @model containment="true"
	 * @generated
	 */
	EList<Service> getServices();

	/**
	 * Returns the value of the '<em><b>Instruments</b></em>' containment reference list.
	 * The list contents are of type {@link org.lawfulaccess.model.Instrument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Legal instruments, agreements, policies and statements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instruments</em>' containment reference list.
	 * @see org.lawfulaccess.model.LawfulPackage#getEcosystem_Instruments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Instrument> getInstruments();

	/**
	 * Returns the value of the '<em><b>Offences</b></em>' containment reference list.
	 * The list contents are of type {@link org.lawfulaccess.model.Offence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offences scenarios refer to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offences</em>' containment reference list.
	 * @see org.lawfulaccess.model.LawfulPackage#getEcosystem_Offences()
	 * @model containment="true"
	 * @generated
	 */
	EList<Offence> getOffences();

	/**
	 * Returns the value of the '<em><b>Facts</b></em>' containment reference list.
	 * The list contents are of type {@link org.lawfulaccess.model.Fact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Facts that relate independent elements: criminalisations, retention rules, practices, points of contact, usage policies, positions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Facts</em>' containment reference list.
	 * @see org.lawfulaccess.model.LawfulPackage#getEcosystem_Facts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Fact> getFacts();

	/**
	 * Returns the value of the '<em><b>Scenarios</b></em>' containment reference list.
	 * The list contents are of type {@link org.lawfulaccess.model.Scenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cases to analyse.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scenarios</em>' containment reference list.
	 * @see org.lawfulaccess.model.LawfulPackage#getEcosystem_Scenarios()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scenario> getScenarios();

} // Ecosystem
