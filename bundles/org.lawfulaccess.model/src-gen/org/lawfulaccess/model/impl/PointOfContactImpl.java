/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.lawfulaccess.model.Actor;
import org.lawfulaccess.model.ContactNetwork;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.PointOfContact;
import org.lawfulaccess.model.Provider;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Point Of Contact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.impl.PointOfContactImpl#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.PointOfContactImpl#getDesignatedActor <em>Designated Actor</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.PointOfContactImpl#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.PointOfContactImpl#getCounterpart <em>Counterpart</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PointOfContactImpl extends FactImpl implements PointOfContact {
	/**
	 * The cached value of the '{@link #getJurisdiction() <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJurisdiction()
	 * @generated
	 * @ordered
	 */
	protected Jurisdiction jurisdiction;

	/**
	 * The cached value of the '{@link #getDesignatedActor() <em>Designated Actor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesignatedActor()
	 * @generated
	 * @ordered
	 */
	protected Actor designatedActor;

	/**
	 * The default value of the '{@link #getNetwork() <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetwork()
	 * @generated
	 * @ordered
	 */
	protected static final ContactNetwork NETWORK_EDEFAULT = ContactNetwork.BUDAPEST_24_7;

	/**
	 * The cached value of the '{@link #getNetwork() <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetwork()
	 * @generated
	 * @ordered
	 */
	protected ContactNetwork network = NETWORK_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCounterpart() <em>Counterpart</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounterpart()
	 * @generated
	 * @ordered
	 */
	protected Provider counterpart;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PointOfContactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LawfulPackage.Literals.POINT_OF_CONTACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Jurisdiction getJurisdiction() {
		if (jurisdiction != null && jurisdiction.eIsProxy()) {
			InternalEObject oldJurisdiction = (InternalEObject)jurisdiction;
			jurisdiction = (Jurisdiction)eResolveProxy(oldJurisdiction);
			if (jurisdiction != oldJurisdiction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.POINT_OF_CONTACT__JURISDICTION, oldJurisdiction, jurisdiction));
			}
		}
		return jurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Jurisdiction basicGetJurisdiction() {
		return jurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJurisdiction(Jurisdiction newJurisdiction) {
		Jurisdiction oldJurisdiction = jurisdiction;
		jurisdiction = newJurisdiction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.POINT_OF_CONTACT__JURISDICTION, oldJurisdiction, jurisdiction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getDesignatedActor() {
		if (designatedActor != null && designatedActor.eIsProxy()) {
			InternalEObject oldDesignatedActor = (InternalEObject)designatedActor;
			designatedActor = (Actor)eResolveProxy(oldDesignatedActor);
			if (designatedActor != oldDesignatedActor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.POINT_OF_CONTACT__DESIGNATED_ACTOR, oldDesignatedActor, designatedActor));
			}
		}
		return designatedActor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetDesignatedActor() {
		return designatedActor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesignatedActor(Actor newDesignatedActor) {
		Actor oldDesignatedActor = designatedActor;
		designatedActor = newDesignatedActor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.POINT_OF_CONTACT__DESIGNATED_ACTOR, oldDesignatedActor, designatedActor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactNetwork getNetwork() {
		return network;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetwork(ContactNetwork newNetwork) {
		ContactNetwork oldNetwork = network;
		network = newNetwork == null ? NETWORK_EDEFAULT : newNetwork;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.POINT_OF_CONTACT__NETWORK, oldNetwork, network));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provider getCounterpart() {
		if (counterpart != null && counterpart.eIsProxy()) {
			InternalEObject oldCounterpart = (InternalEObject)counterpart;
			counterpart = (Provider)eResolveProxy(oldCounterpart);
			if (counterpart != oldCounterpart) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LawfulPackage.POINT_OF_CONTACT__COUNTERPART, oldCounterpart, counterpart));
			}
		}
		return counterpart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Provider basicGetCounterpart() {
		return counterpart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCounterpart(Provider newCounterpart) {
		Provider oldCounterpart = counterpart;
		counterpart = newCounterpart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.POINT_OF_CONTACT__COUNTERPART, oldCounterpart, counterpart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LawfulPackage.POINT_OF_CONTACT__JURISDICTION:
				if (resolve) return getJurisdiction();
				return basicGetJurisdiction();
			case LawfulPackage.POINT_OF_CONTACT__DESIGNATED_ACTOR:
				if (resolve) return getDesignatedActor();
				return basicGetDesignatedActor();
			case LawfulPackage.POINT_OF_CONTACT__NETWORK:
				return getNetwork();
			case LawfulPackage.POINT_OF_CONTACT__COUNTERPART:
				if (resolve) return getCounterpart();
				return basicGetCounterpart();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LawfulPackage.POINT_OF_CONTACT__JURISDICTION:
				setJurisdiction((Jurisdiction)newValue);
				return;
			case LawfulPackage.POINT_OF_CONTACT__DESIGNATED_ACTOR:
				setDesignatedActor((Actor)newValue);
				return;
			case LawfulPackage.POINT_OF_CONTACT__NETWORK:
				setNetwork((ContactNetwork)newValue);
				return;
			case LawfulPackage.POINT_OF_CONTACT__COUNTERPART:
				setCounterpart((Provider)newValue);
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
			case LawfulPackage.POINT_OF_CONTACT__JURISDICTION:
				setJurisdiction((Jurisdiction)null);
				return;
			case LawfulPackage.POINT_OF_CONTACT__DESIGNATED_ACTOR:
				setDesignatedActor((Actor)null);
				return;
			case LawfulPackage.POINT_OF_CONTACT__NETWORK:
				setNetwork(NETWORK_EDEFAULT);
				return;
			case LawfulPackage.POINT_OF_CONTACT__COUNTERPART:
				setCounterpart((Provider)null);
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
			case LawfulPackage.POINT_OF_CONTACT__JURISDICTION:
				return jurisdiction != null;
			case LawfulPackage.POINT_OF_CONTACT__DESIGNATED_ACTOR:
				return designatedActor != null;
			case LawfulPackage.POINT_OF_CONTACT__NETWORK:
				return network != NETWORK_EDEFAULT;
			case LawfulPackage.POINT_OF_CONTACT__COUNTERPART:
				return counterpart != null;
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
		result.append(" (network: "); //$NON-NLS-1$
		result.append(network);
		result.append(')');
		return result.toString();
	}

} //PointOfContactImpl
