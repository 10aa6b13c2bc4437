/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.MembershipStatus;
import org.lawfulaccess.model.Party;
import org.lawfulaccess.model.Reservation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Membership</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.impl.MembershipImpl#getInstrument <em>Instrument</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.MembershipImpl#getParty <em>Party</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.MembershipImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.MembershipImpl#getReservations <em>Reservations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MembershipImpl extends FactImpl implements Membership {
	/**
	 * The cached value of the '{@link #getParty() <em>Party</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParty()
	 * @generated
	 * @ordered
	 */
	protected Party party;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final MembershipStatus STATUS_EDEFAULT = MembershipStatus.UNSTATED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected MembershipStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReservations() <em>Reservations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReservations()
	 * @generated
	 * @ordered
	 */
	protected EList<Reservation> reservations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MembershipImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LawfulPackage.Literals.MEMBERSHIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instrument getInstrument() {
		if (eContainerFeatureID() != LawfulPackage.MEMBERSHIP__INSTRUMENT) return null;
		return (Instrument)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInstrument(Instrument newInstrument, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newInstrument, LawfulPackage.MEMBERSHIP__INSTRUMENT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrument(Instrument newInstrument) {
		if (newInstrument != eInternalContainer() || (eContainerFeatureID() != LawfulPackage.MEMBERSHIP__INSTRUMENT && newInstrument != null)) {
			if (EcoreUtil.isAncestor(this, newInstrument))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString()); //$NON-NLS-1$
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newInstrument != null)
				msgs = ((InternalEObject)newInstrument).eInverseAdd(this, LawfulPackage.INSTRUMENT__MEMBERSHIPS, Instrument.class, msgs);
			msgs = basicSetInstrument(newInstrument, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.MEMBERSHIP__INSTRUMENT, newInstrument, newInstrument));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Party getParty() {
		if (party != null && party.eIsProxy()) {
			InternalEObject oldParty = (InternalEObject)party;
			party = (Party)eResolveProxy(oldParty);
			if (party != oldParty) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.MEMBERSHIP__PARTY, oldParty, party));
			}
		}
		return party;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Party basicGetParty() {
		return party;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParty(Party newParty) {
		Party oldParty = party;
		party = newParty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.MEMBERSHIP__PARTY, oldParty, party));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MembershipStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(MembershipStatus newStatus) {
		MembershipStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.MEMBERSHIP__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Reservation> getReservations() {
		if (reservations == null) {
			reservations = new EObjectContainmentEList<Reservation>(Reservation.class, this, LawfulPackage.MEMBERSHIP__RESERVATIONS);
		}
		return reservations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LawfulPackage.MEMBERSHIP__INSTRUMENT:
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
			case LawfulPackage.MEMBERSHIP__INSTRUMENT:
				return basicSetInstrument(null, msgs);
			case LawfulPackage.MEMBERSHIP__RESERVATIONS:
				return ((InternalEList<?>)getReservations()).basicRemove(otherEnd, msgs);
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
			case LawfulPackage.MEMBERSHIP__INSTRUMENT:
				return eInternalContainer().eInverseRemove(this, LawfulPackage.INSTRUMENT__MEMBERSHIPS, Instrument.class, msgs);
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
			case LawfulPackage.MEMBERSHIP__INSTRUMENT:
				return getInstrument();
			case LawfulPackage.MEMBERSHIP__PARTY:
				if (resolve) return getParty();
				return basicGetParty();
			case LawfulPackage.MEMBERSHIP__STATUS:
				return getStatus();
			case LawfulPackage.MEMBERSHIP__RESERVATIONS:
				return getReservations();
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
			case LawfulPackage.MEMBERSHIP__INSTRUMENT:
				setInstrument((Instrument)newValue);
				return;
			case LawfulPackage.MEMBERSHIP__PARTY:
				setParty((Party)newValue);
				return;
			case LawfulPackage.MEMBERSHIP__STATUS:
				setStatus((MembershipStatus)newValue);
				return;
			case LawfulPackage.MEMBERSHIP__RESERVATIONS:
				getReservations().clear();
				getReservations().addAll((Collection<? extends Reservation>)newValue);
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
			case LawfulPackage.MEMBERSHIP__INSTRUMENT:
				setInstrument((Instrument)null);
				return;
			case LawfulPackage.MEMBERSHIP__PARTY:
				setParty((Party)null);
				return;
			case LawfulPackage.MEMBERSHIP__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case LawfulPackage.MEMBERSHIP__RESERVATIONS:
				getReservations().clear();
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
			case LawfulPackage.MEMBERSHIP__INSTRUMENT:
				return getInstrument() != null;
			case LawfulPackage.MEMBERSHIP__PARTY:
				return party != null;
			case LawfulPackage.MEMBERSHIP__STATUS:
				return status != STATUS_EDEFAULT;
			case LawfulPackage.MEMBERSHIP__RESERVATIONS:
				return reservations != null && !reservations.isEmpty();
		}
		return super.eIsSet(featureID);
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
		result.append(" (status: "); //$NON-NLS-1$
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //MembershipImpl
