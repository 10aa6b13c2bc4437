/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.lawfulaccess.model.Citation;
import org.lawfulaccess.model.ForceStatus;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.InstrumentKind;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.Party;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.Sourced;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Instrument</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.impl.InstrumentImpl#getCitations <em>Citations</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.InstrumentImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.InstrumentImpl#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.InstrumentImpl#getSupplements <em>Supplements</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.InstrumentImpl#getLegalCitation <em>Legal Citation</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.InstrumentImpl#getAdoptedOn <em>Adopted On</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.InstrumentImpl#getForceStatus <em>Force Status</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.InstrumentImpl#getDependsOn <em>Depends On</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.InstrumentImpl#getProvisions <em>Provisions</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.InstrumentImpl#getMemberships <em>Memberships</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstrumentImpl extends NamedElementImpl implements Instrument {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final InstrumentKind KIND_EDEFAULT = InstrumentKind.MULTILATERAL_TREATY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected InstrumentKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIssuer() <em>Issuer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuer()
	 * @generated
	 * @ordered
	 */
	protected Party issuer;

	/**
	 * The cached value of the '{@link #getSupplements() <em>Supplements</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplements()
	 * @generated
	 * @ordered
	 */
	protected Instrument supplements;

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
	 * The default value of the '{@link #getAdoptedOn() <em>Adopted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdoptedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ADOPTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdoptedOn() <em>Adopted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdoptedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate adoptedOn = ADOPTED_ON_EDEFAULT;

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
	 * The cached value of the '{@link #getDependsOn() <em>Depends On</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependsOn()
	 * @generated
	 * @ordered
	 */
	protected Instrument dependsOn;

	/**
	 * The cached value of the '{@link #getProvisions() <em>Provisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvisions()
	 * @generated
	 * @ordered
	 */
	protected EList<Provision> provisions;

	/**
	 * The cached value of the '{@link #getMemberships() <em>Memberships</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberships()
	 * @generated
	 * @ordered
	 */
	protected EList<Membership> memberships;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstrumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LawfulPackage.Literals.INSTRUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Citation> getCitations() {
		if (citations == null) {
			citations = new EObjectContainmentEList<Citation>(Citation.class, this, LawfulPackage.INSTRUMENT__CITATIONS);
		}
		return citations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstrumentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(InstrumentKind newKind) {
		InstrumentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.INSTRUMENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Party getIssuer() {
		if (issuer != null && issuer.eIsProxy()) {
			InternalEObject oldIssuer = (InternalEObject)issuer;
			issuer = (Party)eResolveProxy(oldIssuer);
			if (issuer != oldIssuer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.INSTRUMENT__ISSUER, oldIssuer, issuer));
			}
		}
		return issuer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Party basicGetIssuer() {
		return issuer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuer(Party newIssuer) {
		Party oldIssuer = issuer;
		issuer = newIssuer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.INSTRUMENT__ISSUER, oldIssuer, issuer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instrument getSupplements() {
		if (supplements != null && supplements.eIsProxy()) {
			InternalEObject oldSupplements = (InternalEObject)supplements;
			supplements = (Instrument)eResolveProxy(oldSupplements);
			if (supplements != oldSupplements) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.INSTRUMENT__SUPPLEMENTS, oldSupplements, supplements));
			}
		}
		return supplements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instrument basicGetSupplements() {
		return supplements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupplements(Instrument newSupplements) {
		Instrument oldSupplements = supplements;
		supplements = newSupplements;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.INSTRUMENT__SUPPLEMENTS, oldSupplements, supplements));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.INSTRUMENT__LEGAL_CITATION, oldLegalCitation, legalCitation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAdoptedOn() {
		return adoptedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdoptedOn(LocalDate newAdoptedOn) {
		LocalDate oldAdoptedOn = adoptedOn;
		adoptedOn = newAdoptedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.INSTRUMENT__ADOPTED_ON, oldAdoptedOn, adoptedOn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.INSTRUMENT__FORCE_STATUS, oldForceStatus, forceStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instrument getDependsOn() {
		if (dependsOn != null && dependsOn.eIsProxy()) {
			InternalEObject oldDependsOn = (InternalEObject)dependsOn;
			dependsOn = (Instrument)eResolveProxy(oldDependsOn);
			if (dependsOn != oldDependsOn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.INSTRUMENT__DEPENDS_ON, oldDependsOn, dependsOn));
			}
		}
		return dependsOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instrument basicGetDependsOn() {
		return dependsOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDependsOn(Instrument newDependsOn) {
		Instrument oldDependsOn = dependsOn;
		dependsOn = newDependsOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.INSTRUMENT__DEPENDS_ON, oldDependsOn, dependsOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Provision> getProvisions() {
		if (provisions == null) {
			provisions = new EObjectContainmentWithInverseEList<Provision>(Provision.class, this, LawfulPackage.INSTRUMENT__PROVISIONS, LawfulPackage.PROVISION__INSTRUMENT);
		}
		return provisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Membership> getMemberships() {
		if (memberships == null) {
			memberships = new EObjectContainmentWithInverseEList<Membership>(Membership.class, this, LawfulPackage.INSTRUMENT__MEMBERSHIPS, LawfulPackage.MEMBERSHIP__INSTRUMENT);
		}
		return memberships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LawfulPackage.INSTRUMENT__PROVISIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getProvisions()).basicAdd(otherEnd, msgs);
			case LawfulPackage.INSTRUMENT__MEMBERSHIPS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getMemberships()).basicAdd(otherEnd, msgs);
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
			case LawfulPackage.INSTRUMENT__CITATIONS:
				return ((InternalEList<?>)getCitations()).basicRemove(otherEnd, msgs);
			case LawfulPackage.INSTRUMENT__PROVISIONS:
				return ((InternalEList<?>)getProvisions()).basicRemove(otherEnd, msgs);
			case LawfulPackage.INSTRUMENT__MEMBERSHIPS:
				return ((InternalEList<?>)getMemberships()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LawfulPackage.INSTRUMENT__CITATIONS:
				return getCitations();
			case LawfulPackage.INSTRUMENT__KIND:
				return getKind();
			case LawfulPackage.INSTRUMENT__ISSUER:
				if (resolve) return getIssuer();
				return basicGetIssuer();
			case LawfulPackage.INSTRUMENT__SUPPLEMENTS:
				if (resolve) return getSupplements();
				return basicGetSupplements();
			case LawfulPackage.INSTRUMENT__LEGAL_CITATION:
				return getLegalCitation();
			case LawfulPackage.INSTRUMENT__ADOPTED_ON:
				return getAdoptedOn();
			case LawfulPackage.INSTRUMENT__FORCE_STATUS:
				return getForceStatus();
			case LawfulPackage.INSTRUMENT__DEPENDS_ON:
				if (resolve) return getDependsOn();
				return basicGetDependsOn();
			case LawfulPackage.INSTRUMENT__PROVISIONS:
				return getProvisions();
			case LawfulPackage.INSTRUMENT__MEMBERSHIPS:
				return getMemberships();
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
			case LawfulPackage.INSTRUMENT__CITATIONS:
				getCitations().clear();
				getCitations().addAll((Collection<? extends Citation>)newValue);
				return;
			case LawfulPackage.INSTRUMENT__KIND:
				setKind((InstrumentKind)newValue);
				return;
			case LawfulPackage.INSTRUMENT__ISSUER:
				setIssuer((Party)newValue);
				return;
			case LawfulPackage.INSTRUMENT__SUPPLEMENTS:
				setSupplements((Instrument)newValue);
				return;
			case LawfulPackage.INSTRUMENT__LEGAL_CITATION:
				setLegalCitation((String)newValue);
				return;
			case LawfulPackage.INSTRUMENT__ADOPTED_ON:
				setAdoptedOn((LocalDate)newValue);
				return;
			case LawfulPackage.INSTRUMENT__FORCE_STATUS:
				setForceStatus((ForceStatus)newValue);
				return;
			case LawfulPackage.INSTRUMENT__DEPENDS_ON:
				setDependsOn((Instrument)newValue);
				return;
			case LawfulPackage.INSTRUMENT__PROVISIONS:
				getProvisions().clear();
				getProvisions().addAll((Collection<? extends Provision>)newValue);
				return;
			case LawfulPackage.INSTRUMENT__MEMBERSHIPS:
				getMemberships().clear();
				getMemberships().addAll((Collection<? extends Membership>)newValue);
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
			case LawfulPackage.INSTRUMENT__CITATIONS:
				getCitations().clear();
				return;
			case LawfulPackage.INSTRUMENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case LawfulPackage.INSTRUMENT__ISSUER:
				setIssuer((Party)null);
				return;
			case LawfulPackage.INSTRUMENT__SUPPLEMENTS:
				setSupplements((Instrument)null);
				return;
			case LawfulPackage.INSTRUMENT__LEGAL_CITATION:
				setLegalCitation(LEGAL_CITATION_EDEFAULT);
				return;
			case LawfulPackage.INSTRUMENT__ADOPTED_ON:
				setAdoptedOn(ADOPTED_ON_EDEFAULT);
				return;
			case LawfulPackage.INSTRUMENT__FORCE_STATUS:
				setForceStatus(FORCE_STATUS_EDEFAULT);
				return;
			case LawfulPackage.INSTRUMENT__DEPENDS_ON:
				setDependsOn((Instrument)null);
				return;
			case LawfulPackage.INSTRUMENT__PROVISIONS:
				getProvisions().clear();
				return;
			case LawfulPackage.INSTRUMENT__MEMBERSHIPS:
				getMemberships().clear();
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
			case LawfulPackage.INSTRUMENT__CITATIONS:
				return citations != null && !citations.isEmpty();
			case LawfulPackage.INSTRUMENT__KIND:
				return kind != KIND_EDEFAULT;
			case LawfulPackage.INSTRUMENT__ISSUER:
				return issuer != null;
			case LawfulPackage.INSTRUMENT__SUPPLEMENTS:
				return supplements != null;
			case LawfulPackage.INSTRUMENT__LEGAL_CITATION:
				return LEGAL_CITATION_EDEFAULT == null ? legalCitation != null : !LEGAL_CITATION_EDEFAULT.equals(legalCitation);
			case LawfulPackage.INSTRUMENT__ADOPTED_ON:
				return ADOPTED_ON_EDEFAULT == null ? adoptedOn != null : !ADOPTED_ON_EDEFAULT.equals(adoptedOn);
			case LawfulPackage.INSTRUMENT__FORCE_STATUS:
				return forceStatus != FORCE_STATUS_EDEFAULT;
			case LawfulPackage.INSTRUMENT__DEPENDS_ON:
				return dependsOn != null;
			case LawfulPackage.INSTRUMENT__PROVISIONS:
				return provisions != null && !provisions.isEmpty();
			case LawfulPackage.INSTRUMENT__MEMBERSHIPS:
				return memberships != null && !memberships.isEmpty();
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
				case LawfulPackage.INSTRUMENT__CITATIONS: return LawfulPackage.SOURCED__CITATIONS;
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
				case LawfulPackage.SOURCED__CITATIONS: return LawfulPackage.INSTRUMENT__CITATIONS;
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
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", legalCitation: "); //$NON-NLS-1$
		result.append(legalCitation);
		result.append(", adoptedOn: "); //$NON-NLS-1$
		result.append(adoptedOn);
		result.append(", forceStatus: "); //$NON-NLS-1$
		result.append(forceStatus);
		result.append(')');
		return result.toString();
	}

} //InstrumentImpl
