/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instrument</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A legal instrument or arrangement: treaty, agreement, law, provider policy or statement. Its provisions say what can be requested; its memberships say who is bound.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.Instrument#getKind <em>Kind</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Instrument#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Instrument#getSupplements <em>Supplements</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Instrument#getLegalCitation <em>Legal Citation</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Instrument#getAdoptedOn <em>Adopted On</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Instrument#getForceStatus <em>Force Status</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Instrument#getDependsOn <em>Depends On</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Instrument#getProvisions <em>Provisions</em>}</li>
 *   <li>{@link org.lawfulaccess.model.Instrument#getMemberships <em>Memberships</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.model.LawfulPackage#getInstrument()
 * @model
 * @generated
 */
public interface Instrument extends NamedElement, Sourced {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.InstrumentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The legal nature of the instrument.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.lawfulaccess.model.InstrumentKind
	 * @see #setKind(InstrumentKind)
	 * @see org.lawfulaccess.model.LawfulPackage#getInstrument_Kind()
	 * @model
	 * @generated
	 */
	InstrumentKind getKind();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Instrument#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.lawfulaccess.model.InstrumentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(InstrumentKind value);

	/**
	 * Returns the value of the '<em><b>Issuer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The author of a unilateral instrument: the legislating jurisdiction of a law, the provider of a policy. Unset for treaties and agreements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issuer</em>' reference.
	 * @see #setIssuer(Party)
	 * @see org.lawfulaccess.model.LawfulPackage#getInstrument_Issuer()
	 * @model
	 * @generated
	 */
	Party getIssuer();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Instrument#getIssuer <em>Issuer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuer</em>' reference.
	 * @see #getIssuer()
	 * @generated
	 */
	void setIssuer(Party value);

	/**
	 * Returns the value of the '<em><b>Supplements</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The instrument this one supplements, e.g. a protocol's convention.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supplements</em>' reference.
	 * @see #setSupplements(Instrument)
	 * @see org.lawfulaccess.model.LawfulPackage#getInstrument_Supplements()
	 * @model
	 * @generated
	 */
	Instrument getSupplements();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Instrument#getSupplements <em>Supplements</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supplements</em>' reference.
	 * @see #getSupplements()
	 * @generated
	 */
	void setSupplements(Instrument value);

	/**
	 * Returns the value of the '<em><b>Legal Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the instrument is cited, e.g. 'ETS No. 185'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Legal Citation</em>' attribute.
	 * @see #setLegalCitation(String)
	 * @see org.lawfulaccess.model.LawfulPackage#getInstrument_LegalCitation()
	 * @model
	 * @generated
	 */
	String getLegalCitation();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Instrument#getLegalCitation <em>Legal Citation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Citation</em>' attribute.
	 * @see #getLegalCitation()
	 * @generated
	 */
	void setLegalCitation(String value);

	/**
	 * Returns the value of the '<em><b>Adopted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of adoption or signature.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adopted On</em>' attribute.
	 * @see #setAdoptedOn(LocalDate)
	 * @see org.lawfulaccess.model.LawfulPackage#getInstrument_AdoptedOn()
	 * @model dataType="org.lawfulaccess.model.LocalDate"
	 * @generated
	 */
	LocalDate getAdoptedOn();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Instrument#getAdoptedOn <em>Adopted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adopted On</em>' attribute.
	 * @see #getAdoptedOn()
	 * @generated
	 */
	void setAdoptedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Force Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.ForceStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the instrument is in force; NOT_YET_IN_FORCE makes every provision unavailable until it changes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Force Status</em>' attribute.
	 * @see org.lawfulaccess.model.ForceStatus
	 * @see #setForceStatus(ForceStatus)
	 * @see org.lawfulaccess.model.LawfulPackage#getInstrument_ForceStatus()
	 * @model
	 * @generated
	 */
	ForceStatus getForceStatus();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Instrument#getForceStatus <em>Force Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Force Status</em>' attribute.
	 * @see org.lawfulaccess.model.ForceStatus
	 * @see #getForceStatus()
	 * @generated
	 */
	void setForceStatus(ForceStatus value);

	/**
	 * Returns the value of the '<em><b>Depends On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The instrument this one exists under: its provisions apply only while that instrument is in force and binds the jurisdictions involved, e.g. a production-order act that implements an executive agreement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Depends On</em>' reference.
	 * @see #setDependsOn(Instrument)
	 * @see org.lawfulaccess.model.LawfulPackage#getInstrument_DependsOn()
	 * @model
	 * @generated
	 */
	Instrument getDependsOn();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.model.Instrument#getDependsOn <em>Depends On</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Depends On</em>' reference.
	 * @see #getDependsOn()
	 * @generated
	 */
	void setDependsOn(Instrument value);

	/**
	 * Returns the value of the '<em><b>Provisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.lawfulaccess.model.Provision}.
	 * It is bidirectional and its opposite is '{@link org.lawfulaccess.model.Provision#getInstrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its provisions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provisions</em>' containment reference list.
	 * @see org.lawfulaccess.model.LawfulPackage#getInstrument_Provisions()
	 * @see org.lawfulaccess.model.Provision#getInstrument
	 * @model opposite="instrument" containment="true"
	 * @generated
	 */
	EList<Provision> getProvisions();

	/**
	 * Returns the value of the '<em><b>Memberships</b></em>' containment reference list.
	 * The list contents are of type {@link org.lawfulaccess.model.Membership}.
	 * It is bidirectional and its opposite is '{@link org.lawfulaccess.model.Membership#getInstrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signatories and parties.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memberships</em>' containment reference list.
	 * @see org.lawfulaccess.model.LawfulPackage#getInstrument_Memberships()
	 * @see org.lawfulaccess.model.Membership#getInstrument
	 * @model opposite="instrument" containment="true"
	 * @generated
	 */
	EList<Membership> getMemberships();

} // Instrument
