/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.lawfulaccess.model.AddresseeRole;
import org.lawfulaccess.model.AuthorityKind;
import org.lawfulaccess.model.Citation;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.CriminalityVenue;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.DualCriminality;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.ForceStatus;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.LegalForce;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.RouteKind;
import org.lawfulaccess.model.Sourced;

import org.lawfulaccess.model.value.TimeSpan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Provision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#getCitations <em>Citations</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#getValidTo <em>Valid To</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#getInstrument <em>Instrument</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#getLegalCitation <em>Legal Citation</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#getRouteKind <em>Route Kind</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#getDataCategories <em>Data Categories</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#getIssuingRoles <em>Issuing Roles</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#getAddresseeRole <em>Addressee Role</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#getLegalForce <em>Legal Force</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#getForceStatus <em>Force Status</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#getDualCriminality <em>Dual Criminality</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#getDualCriminalityAssessedIn <em>Dual Criminality Assessed In</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#getMinLatency <em>Min Latency</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#getMaxLatency <em>Max Latency</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#getEmergencyLatency <em>Emergency Latency</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#isEmergencyOnly <em>Emergency Only</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#getApplicableFrom <em>Applicable From</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#getRequiredContactNetworks <em>Required Contact Networks</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#getPreservationPeriod <em>Preservation Period</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.ProvisionImpl#getSeriousnessThreshold <em>Seriousness Threshold</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProvisionImpl extends NamedElementImpl implements Provision {
	/**
	 * The cached value of the '{@link #getCitations() <em>Citations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCitations()
	 * @generated
	 * @ordered
	 */
	protected EList<Citation> citations;

	/**
	 * The default value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VALID_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate validFrom = VALID_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidTo() <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidTo()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VALID_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidTo() <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidTo()
	 * @generated
	 * @ordered
	 */
	protected LocalDate validTo = VALID_TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getLegalCitation() <em>Legal Citation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalCitation()
	 * @generated
	 * @ordered
	 */
	protected static final String LEGAL_CITATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLegalCitation() <em>Legal Citation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalCitation()
	 * @generated
	 * @ordered
	 */
	protected String legalCitation = LEGAL_CITATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRouteKind() <em>Route Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouteKind()
	 * @generated
	 * @ordered
	 */
	protected static final RouteKind ROUTE_KIND_EDEFAULT = RouteKind.DIRECT_REQUEST;

	/**
	 * The cached value of the '{@link #getRouteKind() <em>Route Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouteKind()
	 * @generated
	 * @ordered
	 */
	protected RouteKind routeKind = ROUTE_KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDataCategories() <em>Data Categories</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<DataCategory> dataCategories;

	/**
	 * The cached value of the '{@link #getIssuingRoles() <em>Issuing Roles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuingRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<AuthorityKind> issuingRoles;

	/**
	 * The default value of the '{@link #getAddresseeRole() <em>Addressee Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresseeRole()
	 * @generated
	 * @ordered
	 */
	protected static final AddresseeRole ADDRESSEE_ROLE_EDEFAULT = AddresseeRole.PROVIDER;

	/**
	 * The cached value of the '{@link #getAddresseeRole() <em>Addressee Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresseeRole()
	 * @generated
	 * @ordered
	 */
	protected AddresseeRole addresseeRole = ADDRESSEE_ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLegalForce() <em>Legal Force</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalForce()
	 * @generated
	 * @ordered
	 */
	protected static final LegalForce LEGAL_FORCE_EDEFAULT = LegalForce.UNSTATED;

	/**
	 * The cached value of the '{@link #getLegalForce() <em>Legal Force</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalForce()
	 * @generated
	 * @ordered
	 */
	protected LegalForce legalForce = LEGAL_FORCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getForceStatus() <em>Force Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForceStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ForceStatus FORCE_STATUS_EDEFAULT = ForceStatus.IN_FORCE;

	/**
	 * The cached value of the '{@link #getForceStatus() <em>Force Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForceStatus()
	 * @generated
	 * @ordered
	 */
	protected ForceStatus forceStatus = FORCE_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDualCriminality() <em>Dual Criminality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDualCriminality()
	 * @generated
	 * @ordered
	 */
	protected static final DualCriminality DUAL_CRIMINALITY_EDEFAULT = DualCriminality.NOT_REQUIRED;

	/**
	 * The cached value of the '{@link #getDualCriminality() <em>Dual Criminality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDualCriminality()
	 * @generated
	 * @ordered
	 */
	protected DualCriminality dualCriminality = DUAL_CRIMINALITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDualCriminalityAssessedIn() <em>Dual Criminality Assessed In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDualCriminalityAssessedIn()
	 * @generated
	 * @ordered
	 */
	protected static final CriminalityVenue DUAL_CRIMINALITY_ASSESSED_IN_EDEFAULT = CriminalityVenue.EXECUTING_STATE;

	/**
	 * The cached value of the '{@link #getDualCriminalityAssessedIn() <em>Dual Criminality Assessed In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDualCriminalityAssessedIn()
	 * @generated
	 * @ordered
	 */
	protected CriminalityVenue dualCriminalityAssessedIn = DUAL_CRIMINALITY_ASSESSED_IN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinLatency() <em>Min Latency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinLatency()
	 * @generated
	 * @ordered
	 */
	protected static final TimeSpan MIN_LATENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinLatency() <em>Min Latency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinLatency()
	 * @generated
	 * @ordered
	 */
	protected TimeSpan minLatency = MIN_LATENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxLatency() <em>Max Latency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxLatency()
	 * @generated
	 * @ordered
	 */
	protected static final TimeSpan MAX_LATENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxLatency() <em>Max Latency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxLatency()
	 * @generated
	 * @ordered
	 */
	protected TimeSpan maxLatency = MAX_LATENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmergencyLatency() <em>Emergency Latency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmergencyLatency()
	 * @generated
	 * @ordered
	 */
	protected static final TimeSpan EMERGENCY_LATENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmergencyLatency() <em>Emergency Latency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmergencyLatency()
	 * @generated
	 * @ordered
	 */
	protected TimeSpan emergencyLatency = EMERGENCY_LATENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #isEmergencyOnly() <em>Emergency Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEmergencyOnly()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EMERGENCY_ONLY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEmergencyOnly() <em>Emergency Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEmergencyOnly()
	 * @generated
	 * @ordered
	 */
	protected boolean emergencyOnly = EMERGENCY_ONLY_EDEFAULT;

	/**
	 * The default value of the '{@link #getApplicableFrom() <em>Applicable From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplicableFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate APPLICABLE_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApplicableFrom() <em>Applicable From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplicableFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate applicableFrom = APPLICABLE_FROM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRequiredContactNetworks() <em>Required Contact Networks</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredContactNetworks()
	 * @generated
	 * @ordered
	 */
	protected EList<ContactNetwork> requiredContactNetworks;

	/**
	 * The default value of the '{@link #getPreservationPeriod() <em>Preservation Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreservationPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final TimeSpan PRESERVATION_PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreservationPeriod() <em>Preservation Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreservationPeriod()
	 * @generated
	 * @ordered
	 */
	protected TimeSpan preservationPeriod = PRESERVATION_PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeriousnessThreshold() <em>Seriousness Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeriousnessThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final TimeSpan SERIOUSNESS_THRESHOLD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSeriousnessThreshold() <em>Seriousness Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeriousnessThreshold()
	 * @generated
	 * @ordered
	 */
	protected TimeSpan seriousnessThreshold = SERIOUSNESS_THRESHOLD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProvisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LawfulPackage.Literals.PROVISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Citation> getCitations() {
		if (citations == null) {
			citations = new EObjectContainmentEList<Citation>(Citation.class, this, LawfulPackage.PROVISION__CITATIONS);
		}
		return citations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getValidFrom() {
		return validFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidFrom(LocalDate newValidFrom) {
		LocalDate oldValidFrom = validFrom;
		validFrom = newValidFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVISION__VALID_FROM, oldValidFrom, validFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getValidTo() {
		return validTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidTo(LocalDate newValidTo) {
		LocalDate oldValidTo = validTo;
		validTo = newValidTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVISION__VALID_TO, oldValidTo, validTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instrument getInstrument() {
		if (eContainerFeatureID() != LawfulPackage.PROVISION__INSTRUMENT) return null;
		return (Instrument)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInstrument(Instrument newInstrument, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newInstrument, LawfulPackage.PROVISION__INSTRUMENT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrument(Instrument newInstrument) {
		if (newInstrument != eInternalContainer() || (eContainerFeatureID() != LawfulPackage.PROVISION__INSTRUMENT && newInstrument != null)) {
			if (EcoreUtil.isAncestor(this, newInstrument))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString()); //$NON-NLS-1$
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newInstrument != null)
				msgs = ((InternalEObject)newInstrument).eInverseAdd(this, LawfulPackage.INSTRUMENT__PROVISIONS, Instrument.class, msgs);
			msgs = basicSetInstrument(newInstrument, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVISION__INSTRUMENT, newInstrument, newInstrument));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLegalCitation() {
		return legalCitation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegalCitation(String newLegalCitation) {
		String oldLegalCitation = legalCitation;
		legalCitation = newLegalCitation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVISION__LEGAL_CITATION, oldLegalCitation, legalCitation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RouteKind getRouteKind() {
		return routeKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRouteKind(RouteKind newRouteKind) {
		RouteKind oldRouteKind = routeKind;
		routeKind = newRouteKind == null ? ROUTE_KIND_EDEFAULT : newRouteKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVISION__ROUTE_KIND, oldRouteKind, routeKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataCategory> getDataCategories() {
		if (dataCategories == null) {
			dataCategories = new EDataTypeUniqueEList<DataCategory>(DataCategory.class, this, LawfulPackage.PROVISION__DATA_CATEGORIES);
		}
		return dataCategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AuthorityKind> getIssuingRoles() {
		if (issuingRoles == null) {
			issuingRoles = new EDataTypeUniqueEList<AuthorityKind>(AuthorityKind.class, this, LawfulPackage.PROVISION__ISSUING_ROLES);
		}
		return issuingRoles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AddresseeRole getAddresseeRole() {
		return addresseeRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddresseeRole(AddresseeRole newAddresseeRole) {
		AddresseeRole oldAddresseeRole = addresseeRole;
		addresseeRole = newAddresseeRole == null ? ADDRESSEE_ROLE_EDEFAULT : newAddresseeRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVISION__ADDRESSEE_ROLE, oldAddresseeRole, addresseeRole));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LegalForce getLegalForce() {
		return legalForce;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegalForce(LegalForce newLegalForce) {
		LegalForce oldLegalForce = legalForce;
		legalForce = newLegalForce == null ? LEGAL_FORCE_EDEFAULT : newLegalForce;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVISION__LEGAL_FORCE, oldLegalForce, legalForce));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ForceStatus getForceStatus() {
		return forceStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForceStatus(ForceStatus newForceStatus) {
		ForceStatus oldForceStatus = forceStatus;
		forceStatus = newForceStatus == null ? FORCE_STATUS_EDEFAULT : newForceStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVISION__FORCE_STATUS, oldForceStatus, forceStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DualCriminality getDualCriminality() {
		return dualCriminality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDualCriminality(DualCriminality newDualCriminality) {
		DualCriminality oldDualCriminality = dualCriminality;
		dualCriminality = newDualCriminality == null ? DUAL_CRIMINALITY_EDEFAULT : newDualCriminality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVISION__DUAL_CRIMINALITY, oldDualCriminality, dualCriminality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CriminalityVenue getDualCriminalityAssessedIn() {
		return dualCriminalityAssessedIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDualCriminalityAssessedIn(CriminalityVenue newDualCriminalityAssessedIn) {
		CriminalityVenue oldDualCriminalityAssessedIn = dualCriminalityAssessedIn;
		dualCriminalityAssessedIn = newDualCriminalityAssessedIn == null ? DUAL_CRIMINALITY_ASSESSED_IN_EDEFAULT : newDualCriminalityAssessedIn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVISION__DUAL_CRIMINALITY_ASSESSED_IN, oldDualCriminalityAssessedIn, dualCriminalityAssessedIn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeSpan getMinLatency() {
		return minLatency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinLatency(TimeSpan newMinLatency) {
		TimeSpan oldMinLatency = minLatency;
		minLatency = newMinLatency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVISION__MIN_LATENCY, oldMinLatency, minLatency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeSpan getMaxLatency() {
		return maxLatency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxLatency(TimeSpan newMaxLatency) {
		TimeSpan oldMaxLatency = maxLatency;
		maxLatency = newMaxLatency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVISION__MAX_LATENCY, oldMaxLatency, maxLatency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeSpan getEmergencyLatency() {
		return emergencyLatency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmergencyLatency(TimeSpan newEmergencyLatency) {
		TimeSpan oldEmergencyLatency = emergencyLatency;
		emergencyLatency = newEmergencyLatency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVISION__EMERGENCY_LATENCY, oldEmergencyLatency, emergencyLatency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEmergencyOnly() {
		return emergencyOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmergencyOnly(boolean newEmergencyOnly) {
		boolean oldEmergencyOnly = emergencyOnly;
		emergencyOnly = newEmergencyOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVISION__EMERGENCY_ONLY, oldEmergencyOnly, emergencyOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getApplicableFrom() {
		return applicableFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApplicableFrom(LocalDate newApplicableFrom) {
		LocalDate oldApplicableFrom = applicableFrom;
		applicableFrom = newApplicableFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVISION__APPLICABLE_FROM, oldApplicableFrom, applicableFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContactNetwork> getRequiredContactNetworks() {
		if (requiredContactNetworks == null) {
			requiredContactNetworks = new EDataTypeUniqueEList<ContactNetwork>(ContactNetwork.class, this, LawfulPackage.PROVISION__REQUIRED_CONTACT_NETWORKS);
		}
		return requiredContactNetworks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeSpan getPreservationPeriod() {
		return preservationPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreservationPeriod(TimeSpan newPreservationPeriod) {
		TimeSpan oldPreservationPeriod = preservationPeriod;
		preservationPeriod = newPreservationPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVISION__PRESERVATION_PERIOD, oldPreservationPeriod, preservationPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeSpan getSeriousnessThreshold() {
		return seriousnessThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeriousnessThreshold(TimeSpan newSeriousnessThreshold) {
		TimeSpan oldSeriousnessThreshold = seriousnessThreshold;
		seriousnessThreshold = newSeriousnessThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.PROVISION__SERIOUSNESS_THRESHOLD, oldSeriousnessThreshold, seriousnessThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isApplicableAt(final LocalDate date) {
		return isValidAt(date) && (getApplicableFrom() == null || !date.isBefore(getApplicableFrom()));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isValidAt(final LocalDate date) {
		return (getValidFrom() == null || !date.isBefore(getValidFrom())) && (getValidTo() == null || date.isBefore(getValidTo()));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LawfulPackage.PROVISION__INSTRUMENT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetInstrument((Instrument)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LawfulPackage.PROVISION__CITATIONS:
				return ((InternalEList<?>)getCitations()).basicRemove(otherEnd, msgs);
			case LawfulPackage.PROVISION__INSTRUMENT:
				return basicSetInstrument(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case LawfulPackage.PROVISION__INSTRUMENT:
				return eInternalContainer().eInverseRemove(this, LawfulPackage.INSTRUMENT__PROVISIONS, Instrument.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LawfulPackage.PROVISION__CITATIONS:
				return getCitations();
			case LawfulPackage.PROVISION__VALID_FROM:
				return getValidFrom();
			case LawfulPackage.PROVISION__VALID_TO:
				return getValidTo();
			case LawfulPackage.PROVISION__INSTRUMENT:
				return getInstrument();
			case LawfulPackage.PROVISION__LEGAL_CITATION:
				return getLegalCitation();
			case LawfulPackage.PROVISION__ROUTE_KIND:
				return getRouteKind();
			case LawfulPackage.PROVISION__DATA_CATEGORIES:
				return getDataCategories();
			case LawfulPackage.PROVISION__ISSUING_ROLES:
				return getIssuingRoles();
			case LawfulPackage.PROVISION__ADDRESSEE_ROLE:
				return getAddresseeRole();
			case LawfulPackage.PROVISION__LEGAL_FORCE:
				return getLegalForce();
			case LawfulPackage.PROVISION__FORCE_STATUS:
				return getForceStatus();
			case LawfulPackage.PROVISION__DUAL_CRIMINALITY:
				return getDualCriminality();
			case LawfulPackage.PROVISION__DUAL_CRIMINALITY_ASSESSED_IN:
				return getDualCriminalityAssessedIn();
			case LawfulPackage.PROVISION__MIN_LATENCY:
				return getMinLatency();
			case LawfulPackage.PROVISION__MAX_LATENCY:
				return getMaxLatency();
			case LawfulPackage.PROVISION__EMERGENCY_LATENCY:
				return getEmergencyLatency();
			case LawfulPackage.PROVISION__EMERGENCY_ONLY:
				return isEmergencyOnly();
			case LawfulPackage.PROVISION__APPLICABLE_FROM:
				return getApplicableFrom();
			case LawfulPackage.PROVISION__REQUIRED_CONTACT_NETWORKS:
				return getRequiredContactNetworks();
			case LawfulPackage.PROVISION__PRESERVATION_PERIOD:
				return getPreservationPeriod();
			case LawfulPackage.PROVISION__SERIOUSNESS_THRESHOLD:
				return getSeriousnessThreshold();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LawfulPackage.PROVISION__CITATIONS:
				getCitations().clear();
				getCitations().addAll((Collection<? extends Citation>)newValue);
				return;
			case LawfulPackage.PROVISION__VALID_FROM:
				setValidFrom((LocalDate)newValue);
				return;
			case LawfulPackage.PROVISION__VALID_TO:
				setValidTo((LocalDate)newValue);
				return;
			case LawfulPackage.PROVISION__INSTRUMENT:
				setInstrument((Instrument)newValue);
				return;
			case LawfulPackage.PROVISION__LEGAL_CITATION:
				setLegalCitation((String)newValue);
				return;
			case LawfulPackage.PROVISION__ROUTE_KIND:
				setRouteKind((RouteKind)newValue);
				return;
			case LawfulPackage.PROVISION__DATA_CATEGORIES:
				getDataCategories().clear();
				getDataCategories().addAll((Collection<? extends DataCategory>)newValue);
				return;
			case LawfulPackage.PROVISION__ISSUING_ROLES:
				getIssuingRoles().clear();
				getIssuingRoles().addAll((Collection<? extends AuthorityKind>)newValue);
				return;
			case LawfulPackage.PROVISION__ADDRESSEE_ROLE:
				setAddresseeRole((AddresseeRole)newValue);
				return;
			case LawfulPackage.PROVISION__LEGAL_FORCE:
				setLegalForce((LegalForce)newValue);
				return;
			case LawfulPackage.PROVISION__FORCE_STATUS:
				setForceStatus((ForceStatus)newValue);
				return;
			case LawfulPackage.PROVISION__DUAL_CRIMINALITY:
				setDualCriminality((DualCriminality)newValue);
				return;
			case LawfulPackage.PROVISION__DUAL_CRIMINALITY_ASSESSED_IN:
				setDualCriminalityAssessedIn((CriminalityVenue)newValue);
				return;
			case LawfulPackage.PROVISION__MIN_LATENCY:
				setMinLatency((TimeSpan)newValue);
				return;
			case LawfulPackage.PROVISION__MAX_LATENCY:
				setMaxLatency((TimeSpan)newValue);
				return;
			case LawfulPackage.PROVISION__EMERGENCY_LATENCY:
				setEmergencyLatency((TimeSpan)newValue);
				return;
			case LawfulPackage.PROVISION__EMERGENCY_ONLY:
				setEmergencyOnly((Boolean)newValue);
				return;
			case LawfulPackage.PROVISION__APPLICABLE_FROM:
				setApplicableFrom((LocalDate)newValue);
				return;
			case LawfulPackage.PROVISION__REQUIRED_CONTACT_NETWORKS:
				getRequiredContactNetworks().clear();
				getRequiredContactNetworks().addAll((Collection<? extends ContactNetwork>)newValue);
				return;
			case LawfulPackage.PROVISION__PRESERVATION_PERIOD:
				setPreservationPeriod((TimeSpan)newValue);
				return;
			case LawfulPackage.PROVISION__SERIOUSNESS_THRESHOLD:
				setSeriousnessThreshold((TimeSpan)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LawfulPackage.PROVISION__CITATIONS:
				getCitations().clear();
				return;
			case LawfulPackage.PROVISION__VALID_FROM:
				setValidFrom(VALID_FROM_EDEFAULT);
				return;
			case LawfulPackage.PROVISION__VALID_TO:
				setValidTo(VALID_TO_EDEFAULT);
				return;
			case LawfulPackage.PROVISION__INSTRUMENT:
				setInstrument((Instrument)null);
				return;
			case LawfulPackage.PROVISION__LEGAL_CITATION:
				setLegalCitation(LEGAL_CITATION_EDEFAULT);
				return;
			case LawfulPackage.PROVISION__ROUTE_KIND:
				setRouteKind(ROUTE_KIND_EDEFAULT);
				return;
			case LawfulPackage.PROVISION__DATA_CATEGORIES:
				getDataCategories().clear();
				return;
			case LawfulPackage.PROVISION__ISSUING_ROLES:
				getIssuingRoles().clear();
				return;
			case LawfulPackage.PROVISION__ADDRESSEE_ROLE:
				setAddresseeRole(ADDRESSEE_ROLE_EDEFAULT);
				return;
			case LawfulPackage.PROVISION__LEGAL_FORCE:
				setLegalForce(LEGAL_FORCE_EDEFAULT);
				return;
			case LawfulPackage.PROVISION__FORCE_STATUS:
				setForceStatus(FORCE_STATUS_EDEFAULT);
				return;
			case LawfulPackage.PROVISION__DUAL_CRIMINALITY:
				setDualCriminality(DUAL_CRIMINALITY_EDEFAULT);
				return;
			case LawfulPackage.PROVISION__DUAL_CRIMINALITY_ASSESSED_IN:
				setDualCriminalityAssessedIn(DUAL_CRIMINALITY_ASSESSED_IN_EDEFAULT);
				return;
			case LawfulPackage.PROVISION__MIN_LATENCY:
				setMinLatency(MIN_LATENCY_EDEFAULT);
				return;
			case LawfulPackage.PROVISION__MAX_LATENCY:
				setMaxLatency(MAX_LATENCY_EDEFAULT);
				return;
			case LawfulPackage.PROVISION__EMERGENCY_LATENCY:
				setEmergencyLatency(EMERGENCY_LATENCY_EDEFAULT);
				return;
			case LawfulPackage.PROVISION__EMERGENCY_ONLY:
				setEmergencyOnly(EMERGENCY_ONLY_EDEFAULT);
				return;
			case LawfulPackage.PROVISION__APPLICABLE_FROM:
				setApplicableFrom(APPLICABLE_FROM_EDEFAULT);
				return;
			case LawfulPackage.PROVISION__REQUIRED_CONTACT_NETWORKS:
				getRequiredContactNetworks().clear();
				return;
			case LawfulPackage.PROVISION__PRESERVATION_PERIOD:
				setPreservationPeriod(PRESERVATION_PERIOD_EDEFAULT);
				return;
			case LawfulPackage.PROVISION__SERIOUSNESS_THRESHOLD:
				setSeriousnessThreshold(SERIOUSNESS_THRESHOLD_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LawfulPackage.PROVISION__CITATIONS:
				return citations != null && !citations.isEmpty();
			case LawfulPackage.PROVISION__VALID_FROM:
				return VALID_FROM_EDEFAULT == null ? validFrom != null : !VALID_FROM_EDEFAULT.equals(validFrom);
			case LawfulPackage.PROVISION__VALID_TO:
				return VALID_TO_EDEFAULT == null ? validTo != null : !VALID_TO_EDEFAULT.equals(validTo);
			case LawfulPackage.PROVISION__INSTRUMENT:
				return getInstrument() != null;
			case LawfulPackage.PROVISION__LEGAL_CITATION:
				return LEGAL_CITATION_EDEFAULT == null ? legalCitation != null : !LEGAL_CITATION_EDEFAULT.equals(legalCitation);
			case LawfulPackage.PROVISION__ROUTE_KIND:
				return routeKind != ROUTE_KIND_EDEFAULT;
			case LawfulPackage.PROVISION__DATA_CATEGORIES:
				return dataCategories != null && !dataCategories.isEmpty();
			case LawfulPackage.PROVISION__ISSUING_ROLES:
				return issuingRoles != null && !issuingRoles.isEmpty();
			case LawfulPackage.PROVISION__ADDRESSEE_ROLE:
				return addresseeRole != ADDRESSEE_ROLE_EDEFAULT;
			case LawfulPackage.PROVISION__LEGAL_FORCE:
				return legalForce != LEGAL_FORCE_EDEFAULT;
			case LawfulPackage.PROVISION__FORCE_STATUS:
				return forceStatus != FORCE_STATUS_EDEFAULT;
			case LawfulPackage.PROVISION__DUAL_CRIMINALITY:
				return dualCriminality != DUAL_CRIMINALITY_EDEFAULT;
			case LawfulPackage.PROVISION__DUAL_CRIMINALITY_ASSESSED_IN:
				return dualCriminalityAssessedIn != DUAL_CRIMINALITY_ASSESSED_IN_EDEFAULT;
			case LawfulPackage.PROVISION__MIN_LATENCY:
				return MIN_LATENCY_EDEFAULT == null ? minLatency != null : !MIN_LATENCY_EDEFAULT.equals(minLatency);
			case LawfulPackage.PROVISION__MAX_LATENCY:
				return MAX_LATENCY_EDEFAULT == null ? maxLatency != null : !MAX_LATENCY_EDEFAULT.equals(maxLatency);
			case LawfulPackage.PROVISION__EMERGENCY_LATENCY:
				return EMERGENCY_LATENCY_EDEFAULT == null ? emergencyLatency != null : !EMERGENCY_LATENCY_EDEFAULT.equals(emergencyLatency);
			case LawfulPackage.PROVISION__EMERGENCY_ONLY:
				return emergencyOnly != EMERGENCY_ONLY_EDEFAULT;
			case LawfulPackage.PROVISION__APPLICABLE_FROM:
				return APPLICABLE_FROM_EDEFAULT == null ? applicableFrom != null : !APPLICABLE_FROM_EDEFAULT.equals(applicableFrom);
			case LawfulPackage.PROVISION__REQUIRED_CONTACT_NETWORKS:
				return requiredContactNetworks != null && !requiredContactNetworks.isEmpty();
			case LawfulPackage.PROVISION__PRESERVATION_PERIOD:
				return PRESERVATION_PERIOD_EDEFAULT == null ? preservationPeriod != null : !PRESERVATION_PERIOD_EDEFAULT.equals(preservationPeriod);
			case LawfulPackage.PROVISION__SERIOUSNESS_THRESHOLD:
				return SERIOUSNESS_THRESHOLD_EDEFAULT == null ? seriousnessThreshold != null : !SERIOUSNESS_THRESHOLD_EDEFAULT.equals(seriousnessThreshold);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == Sourced.class) {
			switch (derivedFeatureID) {
				case LawfulPackage.PROVISION__CITATIONS: return LawfulPackage.SOURCED__CITATIONS;
				default: return -1;
			}
		}
		if (baseClass == Fact.class) {
			switch (derivedFeatureID) {
				case LawfulPackage.PROVISION__VALID_FROM: return LawfulPackage.FACT__VALID_FROM;
				case LawfulPackage.PROVISION__VALID_TO: return LawfulPackage.FACT__VALID_TO;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == Sourced.class) {
			switch (baseFeatureID) {
				case LawfulPackage.SOURCED__CITATIONS: return LawfulPackage.PROVISION__CITATIONS;
				default: return -1;
			}
		}
		if (baseClass == Fact.class) {
			switch (baseFeatureID) {
				case LawfulPackage.FACT__VALID_FROM: return LawfulPackage.PROVISION__VALID_FROM;
				case LawfulPackage.FACT__VALID_TO: return LawfulPackage.PROVISION__VALID_TO;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedOperationID(int baseOperationID, Class<?> baseClass) {
		if (baseClass == Sourced.class) {
			switch (baseOperationID) {
				default: return -1;
			}
		}
		if (baseClass == Fact.class) {
			switch (baseOperationID) {
				case LawfulPackage.FACT___IS_VALID_AT__LOCALDATE: return LawfulPackage.PROVISION___IS_VALID_AT__LOCALDATE;
				default: return -1;
			}
		}
		return super.eDerivedOperationID(baseOperationID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case LawfulPackage.PROVISION___IS_APPLICABLE_AT__LOCALDATE:
				return isApplicableAt((LocalDate)arguments.get(0));
			case LawfulPackage.PROVISION___IS_VALID_AT__LOCALDATE:
				return isValidAt((LocalDate)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (validFrom: "); //$NON-NLS-1$
		result.append(validFrom);
		result.append(", validTo: "); //$NON-NLS-1$
		result.append(validTo);
		result.append(", legalCitation: "); //$NON-NLS-1$
		result.append(legalCitation);
		result.append(", routeKind: "); //$NON-NLS-1$
		result.append(routeKind);
		result.append(", dataCategories: "); //$NON-NLS-1$
		result.append(dataCategories);
		result.append(", issuingRoles: "); //$NON-NLS-1$
		result.append(issuingRoles);
		result.append(", addresseeRole: "); //$NON-NLS-1$
		result.append(addresseeRole);
		result.append(", legalForce: "); //$NON-NLS-1$
		result.append(legalForce);
		result.append(", forceStatus: "); //$NON-NLS-1$
		result.append(forceStatus);
		result.append(", dualCriminality: "); //$NON-NLS-1$
		result.append(dualCriminality);
		result.append(", dualCriminalityAssessedIn: "); //$NON-NLS-1$
		result.append(dualCriminalityAssessedIn);
		result.append(", minLatency: "); //$NON-NLS-1$
		result.append(minLatency);
		result.append(", maxLatency: "); //$NON-NLS-1$
		result.append(maxLatency);
		result.append(", emergencyLatency: "); //$NON-NLS-1$
		result.append(emergencyLatency);
		result.append(", emergencyOnly: "); //$NON-NLS-1$
		result.append(emergencyOnly);
		result.append(", applicableFrom: "); //$NON-NLS-1$
		result.append(applicableFrom);
		result.append(", requiredContactNetworks: "); //$NON-NLS-1$
		result.append(requiredContactNetworks);
		result.append(", preservationPeriod: "); //$NON-NLS-1$
		result.append(preservationPeriod);
		result.append(", seriousnessThreshold: "); //$NON-NLS-1$
		result.append(seriousnessThreshold);
		result.append(')');
		return result.toString();
	}

} //ProvisionImpl
