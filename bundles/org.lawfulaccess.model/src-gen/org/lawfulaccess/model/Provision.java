/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.lawfulaccess.model.value.TimeSpan;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Provision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An article of an instrument that allows or requires a request: who may issue it, to whom, for which data, how binding, how fast. Its validity is its entry into force and end.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.Provision#getInstrument <em>Instrument</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Provision#getLegalCitation <em>Legal Citation</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Provision#getRouteKind <em>Route Kind</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Provision#getDataCategories <em>Data Categories</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Provision#getIssuingRoles <em>Issuing Roles</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Provision#getAddresseeRole <em>Addressee Role</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Provision#getLegalForce <em>Legal Force</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Provision#getForceStatus <em>Force Status</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Provision#getDualCriminality <em>Dual Criminality</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Provision#getDualCriminalityAssessedIn <em>Dual Criminality Assessed In</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Provision#getMinLatency <em>Min Latency</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Provision#getMaxLatency <em>Max Latency</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Provision#getEmergencyLatency <em>Emergency Latency</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Provision#isEmergencyOnly <em>Emergency Only</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Provision#getApplicableFrom <em>Applicable From</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Provision#getRequiredContactNetworks <em>Required Contact Networks</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Provision#getPreservationPeriod <em>Preservation Period</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Provision#getSeriousnessThreshold <em>Seriousness Threshold</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getProvision()
 * @model
 * @generated
 */
public interface Provision extends NamedElement, Fact {
	/**
	 * Returns the value of the '<em><b>Instrument</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.lawfulaccess.model.Instrument#getProvisions <em>Provisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The instrument it belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instrument</em>' container reference.
	 * @see #setInstrument(Instrument)
	 * @see org.lawfulaccess.model.LawfulPackage#getProvision_Instrument()
	 * @see org.lawfulaccess.model.Instrument#getProvisions
	 * @model opposite="provisions" required="true" transient="false"
	 * @generated
	 */
	Instrument getInstrument();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Provision#getInstrument <em>Instrument</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument</em>' container reference.
	 * @see #getInstrument()
	 * @generated
	 */
	void setInstrument(Instrument value);

	/**
	 * Returns the value of the '<em><b>Legal Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the provision is cited, e.g. 'Art. 35'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Legal Citation</em>' attribute.
	 * @see #setLegalCitation(String)
	 * @see org.lawfulaccess.model.LawfulPackage#getProvision_LegalCitation()
	 * @model
	 * @generated
	 */
	String getLegalCitation();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Provision#getLegalCitation <em>Legal Citation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Citation</em>' attribute.
	 * @see #getLegalCitation()
	 * @generated
	 */
	void setLegalCitation(String value);

	/**
	 * Returns the value of the '<em><b>Route Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.RouteKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of step it allows.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Route Kind</em>' attribute.
	 * @see org.lawfulaccess.model.RouteKind
	 * @see #setRouteKind(RouteKind)
	 * @see org.lawfulaccess.model.LawfulPackage#getProvision_RouteKind()
	 * @model
	 * @generated
	 */
	RouteKind getRouteKind();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Provision#getRouteKind <em>Route Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Route Kind</em>' attribute.
	 * @see org.lawfulaccess.model.RouteKind
	 * @see #getRouteKind()
	 * @generated
	 */
	void setRouteKind(RouteKind value);

	/**
	 * Returns the value of the '<em><b>Data Categories</b></em>' attribute list.
	 * The list contents are of type {@link org.lawfulaccess.model.DataCategory}.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.DataCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data it covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Categories</em>' attribute list.
	 * @see org.lawfulaccess.model.DataCategory
	 * @see org.lawfulaccess.model.LawfulPackage#getProvision_DataCategories()
	 * @model
	 * @generated
	 */
	EList<DataCategory> getDataCategories();

	/**
	 * Returns the value of the '<em><b>Issuing Roles</b></em>' attribute list.
	 * The list contents are of type {@link org.lawfulaccess.model.AuthorityKind}.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.AuthorityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who may issue a request.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issuing Roles</em>' attribute list.
	 * @see org.lawfulaccess.model.AuthorityKind
	 * @see org.lawfulaccess.model.LawfulPackage#getProvision_IssuingRoles()
	 * @model
	 * @generated
	 */
	EList<AuthorityKind> getIssuingRoles();

	/**
	 * Returns the value of the '<em><b>Addressee Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.AddresseeRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who receives the request.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addressee Role</em>' attribute.
	 * @see org.lawfulaccess.model.AddresseeRole
	 * @see #setAddresseeRole(AddresseeRole)
	 * @see org.lawfulaccess.model.LawfulPackage#getProvision_AddresseeRole()
	 * @model
	 * @generated
	 */
	AddresseeRole getAddresseeRole();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Provision#getAddresseeRole <em>Addressee Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addressee Role</em>' attribute.
	 * @see org.lawfulaccess.model.AddresseeRole
	 * @see #getAddresseeRole()
	 * @generated
	 */
	void setAddresseeRole(AddresseeRole value);

	/**
	 * Returns the value of the '<em><b>Legal Force</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.LegalForce}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the addressee must comply.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Legal Force</em>' attribute.
	 * @see org.lawfulaccess.model.LegalForce
	 * @see #setLegalForce(LegalForce)
	 * @see org.lawfulaccess.model.LawfulPackage#getProvision_LegalForce()
	 * @model
	 * @generated
	 */
	LegalForce getLegalForce();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Provision#getLegalForce <em>Legal Force</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Force</em>' attribute.
	 * @see org.lawfulaccess.model.LegalForce
	 * @see #getLegalForce()
	 * @generated
	 */
	void setLegalForce(LegalForce value);

	/**
	 * Returns the value of the '<em><b>Force Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.ForceStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the provision is in force, when its date of entry into force is not known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Force Status</em>' attribute.
	 * @see org.lawfulaccess.model.ForceStatus
	 * @see #setForceStatus(ForceStatus)
	 * @see org.lawfulaccess.model.LawfulPackage#getProvision_ForceStatus()
	 * @model
	 * @generated
	 */
	ForceStatus getForceStatus();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Provision#getForceStatus <em>Force Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Force Status</em>' attribute.
	 * @see org.lawfulaccess.model.ForceStatus
	 * @see #getForceStatus()
	 * @generated
	 */
	void setForceStatus(ForceStatus value);

	/**
	 * Returns the value of the '<em><b>Dual Criminality</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.DualCriminality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the conduct must be criminal where the request is executed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dual Criminality</em>' attribute.
	 * @see org.lawfulaccess.model.DualCriminality
	 * @see #setDualCriminality(DualCriminality)
	 * @see org.lawfulaccess.model.LawfulPackage#getProvision_DualCriminality()
	 * @model
	 * @generated
	 */
	DualCriminality getDualCriminality();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Provision#getDualCriminality <em>Dual Criminality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dual Criminality</em>' attribute.
	 * @see org.lawfulaccess.model.DualCriminality
	 * @see #getDualCriminality()
	 * @generated
	 */
	void setDualCriminality(DualCriminality value);

	/**
	 * Returns the value of the '<em><b>Dual Criminality Assessed In</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.CriminalityVenue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where dual criminality is assessed for this provision.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dual Criminality Assessed In</em>' attribute.
	 * @see org.lawfulaccess.model.CriminalityVenue
	 * @see #setDualCriminalityAssessedIn(CriminalityVenue)
	 * @see org.lawfulaccess.model.LawfulPackage#getProvision_DualCriminalityAssessedIn()
	 * @model
	 * @generated
	 */
	CriminalityVenue getDualCriminalityAssessedIn();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Provision#getDualCriminalityAssessedIn <em>Dual Criminality Assessed In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dual Criminality Assessed In</em>' attribute.
	 * @see org.lawfulaccess.model.CriminalityVenue
	 * @see #getDualCriminalityAssessedIn()
	 * @generated
	 */
	void setDualCriminalityAssessedIn(CriminalityVenue value);

	/**
	 * Returns the value of the '<em><b>Min Latency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shortest time to obtain the data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Latency</em>' attribute.
	 * @see #setMinLatency(TimeSpan)
	 * @see org.lawfulaccess.model.LawfulPackage#getProvision_MinLatency()
	 * @model dataType="org.lawfulaccess.model.TimeSpan"
	 * @generated
	 */
	TimeSpan getMinLatency();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Provision#getMinLatency <em>Min Latency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Latency</em>' attribute.
	 * @see #getMinLatency()
	 * @generated
	 */
	void setMinLatency(TimeSpan value);

	/**
	 * Returns the value of the '<em><b>Max Latency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Longest usual time to obtain the data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Latency</em>' attribute.
	 * @see #setMaxLatency(TimeSpan)
	 * @see org.lawfulaccess.model.LawfulPackage#getProvision_MaxLatency()
	 * @model dataType="org.lawfulaccess.model.TimeSpan"
	 * @generated
	 */
	TimeSpan getMaxLatency();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Provision#getMaxLatency <em>Max Latency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Latency</em>' attribute.
	 * @see #getMaxLatency()
	 * @generated
	 */
	void setMaxLatency(TimeSpan value);

	/**
	 * Returns the value of the '<em><b>Emergency Latency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time in an emergency; unset when the provision has no emergency procedure.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Emergency Latency</em>' attribute.
	 * @see #setEmergencyLatency(TimeSpan)
	 * @see org.lawfulaccess.model.LawfulPackage#getProvision_EmergencyLatency()
	 * @model dataType="org.lawfulaccess.model.TimeSpan"
	 * @generated
	 */
	TimeSpan getEmergencyLatency();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Provision#getEmergencyLatency <em>Emergency Latency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Emergency Latency</em>' attribute.
	 * @see #getEmergencyLatency()
	 * @generated
	 */
	void setEmergencyLatency(TimeSpan value);

	/**
	 * Returns the value of the '<em><b>Emergency Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the provision can only be used in an emergency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Emergency Only</em>' attribute.
	 * @see #setEmergencyOnly(boolean)
	 * @see org.lawfulaccess.model.LawfulPackage#getProvision_EmergencyOnly()
	 * @model
	 * @generated
	 */
	boolean isEmergencyOnly();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Provision#isEmergencyOnly <em>Emergency Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Emergency Only</em>' attribute.
	 * @see #isEmergencyOnly()
	 * @generated
	 */
	void setEmergencyOnly(boolean value);

	/**
	 * Returns the value of the '<em><b>Applicable From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date from which it can be used, when later than entry into force.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applicable From</em>' attribute.
	 * @see #setApplicableFrom(LocalDate)
	 * @see org.lawfulaccess.model.LawfulPackage#getProvision_ApplicableFrom()
	 * @model dataType="org.lawfulaccess.model.LocalDate"
	 * @generated
	 */
	LocalDate getApplicableFrom();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Provision#getApplicableFrom <em>Applicable From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Applicable From</em>' attribute.
	 * @see #getApplicableFrom()
	 * @generated
	 */
	void setApplicableFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Required Contact Networks</b></em>' attribute list.
	 * The list contents are of type {@link org.lawfulaccess.model.ContactNetwork}.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.ContactNetwork}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Points of contact each party must designate under this provision.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Required Contact Networks</em>' attribute list.
	 * @see org.lawfulaccess.model.ContactNetwork
	 * @see org.lawfulaccess.model.LawfulPackage#getProvision_RequiredContactNetworks()
	 * @model
	 * @generated
	 */
	EList<ContactNetwork> getRequiredContactNetworks();

	/**
	 * Returns the value of the '<em><b>Preservation Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long data must be kept once preserved under this provision.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Preservation Period</em>' attribute.
	 * @see #setPreservationPeriod(TimeSpan)
	 * @see org.lawfulaccess.model.LawfulPackage#getProvision_PreservationPeriod()
	 * @model dataType="org.lawfulaccess.model.TimeSpan"
	 * @generated
	 */
	TimeSpan getPreservationPeriod();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Provision#getPreservationPeriod <em>Preservation Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preservation Period</em>' attribute.
	 * @see #getPreservationPeriod()
	 * @generated
	 */
	void setPreservationPeriod(TimeSpan value);

	/**
	 * Returns the value of the '<em><b>Seriousness Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minimum maximum-imprisonment an offence must carry for the provision to apply ('serious crime only').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seriousness Threshold</em>' attribute.
	 * @see #setSeriousnessThreshold(TimeSpan)
	 * @see org.lawfulaccess.model.LawfulPackage#getProvision_SeriousnessThreshold()
	 * @model dataType="org.lawfulaccess.model.TimeSpan"
	 * @generated
	 */
	TimeSpan getSeriousnessThreshold();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Provision#getSeriousnessThreshold <em>Seriousness Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seriousness Threshold</em>' attribute.
	 * @see #getSeriousnessThreshold()
	 * @generated
	 */
	void setSeriousnessThreshold(TimeSpan value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the provision is in force and applicable on the given day.
	 * <!-- end-model-doc -->
	 * @model dateDataType="org.lawfulaccess.model.LocalDate"
	 * @generated
	 */
	boolean isApplicableAt(LocalDate date);

} // Provision
