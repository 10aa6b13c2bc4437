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
import org.eclipse.emf.ecore.util.InternalEList;

import org.lawfulaccess.model.Actor;
import org.lawfulaccess.model.CorporateGroup;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Offence;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.Source;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ecosystem</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.model.impl.EcosystemImpl#getAsOf <em>As Of</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.EcosystemImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.EcosystemImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.EcosystemImpl#getJurisdictions <em>Jurisdictions</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.EcosystemImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.EcosystemImpl#getActors <em>Actors</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.EcosystemImpl#getServices <em>Services</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.EcosystemImpl#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.EcosystemImpl#getOffences <em>Offences</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.EcosystemImpl#getFacts <em>Facts</em>}</li>
 *   <li>{@link org.lawfulaccess.model.impl.EcosystemImpl#getScenarios <em>Scenarios</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EcosystemImpl extends NamedElementImpl implements Ecosystem {
	/**
	 * The default value of the '{@link #getAsOf() <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsOf()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate AS_OF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAsOf() <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsOf()
	 * @generated
	 * @ordered
	 */
	protected LocalDate asOf = AS_OF_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * This is true if the Format Version attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean formatVersionESet;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * The cached value of the '{@link #getJurisdictions() <em>Jurisdictions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJurisdictions()
	 * @generated
	 * @ordered
	 */
	protected EList<Jurisdiction> jurisdictions;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<CorporateGroup> groups;

	/**
	 * The cached value of the '{@link #getActors() <em>Actors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActors()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> actors;

	/**
	 * The cached value of the '{@link #getServices() <em>Services</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServices()
	 * @generated
	 * @ordered
	 */
	protected EList<Service> services;

	/**
	 * The cached value of the '{@link #getInstruments() <em>Instruments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstruments()
	 * @generated
	 * @ordered
	 */
	protected EList<Instrument> instruments;

	/**
	 * The cached value of the '{@link #getOffences() <em>Offences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffences()
	 * @generated
	 * @ordered
	 */
	protected EList<Offence> offences;

	/**
	 * The cached value of the '{@link #getFacts() <em>Facts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacts()
	 * @generated
	 * @ordered
	 */
	protected EList<Fact> facts;

	/**
	 * The cached value of the '{@link #getScenarios() <em>Scenarios</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarios()
	 * @generated
	 * @ordered
	 */
	protected EList<Scenario> scenarios;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EcosystemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LawfulPackage.Literals.ECOSYSTEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAsOf() {
		return asOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsOf(LocalDate newAsOf) {
		LocalDate oldAsOf = asOf;
		asOf = newAsOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.ECOSYSTEM__AS_OF, oldAsOf, asOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		boolean oldFormatVersionESet = formatVersionESet;
		formatVersionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LawfulPackage.ECOSYSTEM__FORMAT_VERSION, oldFormatVersion, formatVersion, !oldFormatVersionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFormatVersion() {
		int oldFormatVersion = formatVersion;
		boolean oldFormatVersionESet = formatVersionESet;
		formatVersion = FORMAT_VERSION_EDEFAULT;
		formatVersionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, LawfulPackage.ECOSYSTEM__FORMAT_VERSION, oldFormatVersion, FORMAT_VERSION_EDEFAULT, oldFormatVersionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFormatVersion() {
		return formatVersionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources() {
		if (sources == null) {
			sources = new EObjectContainmentEList<Source>(Source.class, this, LawfulPackage.ECOSYSTEM__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Jurisdiction> getJurisdictions() {
		if (jurisdictions == null) {
			jurisdictions = new EObjectContainmentEList<Jurisdiction>(Jurisdiction.class, this, LawfulPackage.ECOSYSTEM__JURISDICTIONS);
		}
		return jurisdictions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CorporateGroup> getGroups() {
		if (groups == null) {
			groups = new EObjectContainmentEList<CorporateGroup>(CorporateGroup.class, this, LawfulPackage.ECOSYSTEM__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getActors() {
		if (actors == null) {
			actors = new EObjectContainmentEList<Actor>(Actor.class, this, LawfulPackage.ECOSYSTEM__ACTORS);
		}
		return actors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Service> getServices() {
		if (services == null) {
			services = new EObjectContainmentEList<Service>(Service.class, this, LawfulPackage.ECOSYSTEM__SERVICES);
		}
		return services;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Instrument> getInstruments() {
		if (instruments == null) {
			instruments = new EObjectContainmentEList<Instrument>(Instrument.class, this, LawfulPackage.ECOSYSTEM__INSTRUMENTS);
		}
		return instruments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Offence> getOffences() {
		if (offences == null) {
			offences = new EObjectContainmentEList<Offence>(Offence.class, this, LawfulPackage.ECOSYSTEM__OFFENCES);
		}
		return offences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Fact> getFacts() {
		if (facts == null) {
			facts = new EObjectContainmentEList<Fact>(Fact.class, this, LawfulPackage.ECOSYSTEM__FACTS);
		}
		return facts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scenario> getScenarios() {
		if (scenarios == null) {
			scenarios = new EObjectContainmentEList<Scenario>(Scenario.class, this, LawfulPackage.ECOSYSTEM__SCENARIOS);
		}
		return scenarios;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LawfulPackage.ECOSYSTEM__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
			case LawfulPackage.ECOSYSTEM__JURISDICTIONS:
				return ((InternalEList<?>)getJurisdictions()).basicRemove(otherEnd, msgs);
			case LawfulPackage.ECOSYSTEM__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
			case LawfulPackage.ECOSYSTEM__ACTORS:
				return ((InternalEList<?>)getActors()).basicRemove(otherEnd, msgs);
			case LawfulPackage.ECOSYSTEM__SERVICES:
				return ((InternalEList<?>)getServices()).basicRemove(otherEnd, msgs);
			case LawfulPackage.ECOSYSTEM__INSTRUMENTS:
				return ((InternalEList<?>)getInstruments()).basicRemove(otherEnd, msgs);
			case LawfulPackage.ECOSYSTEM__OFFENCES:
				return ((InternalEList<?>)getOffences()).basicRemove(otherEnd, msgs);
			case LawfulPackage.ECOSYSTEM__FACTS:
				return ((InternalEList<?>)getFacts()).basicRemove(otherEnd, msgs);
			case LawfulPackage.ECOSYSTEM__SCENARIOS:
				return ((InternalEList<?>)getScenarios()).basicRemove(otherEnd, msgs);
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
			case LawfulPackage.ECOSYSTEM__AS_OF:
				return getAsOf();
			case LawfulPackage.ECOSYSTEM__FORMAT_VERSION:
				return getFormatVersion();
			case LawfulPackage.ECOSYSTEM__SOURCES:
				return getSources();
			case LawfulPackage.ECOSYSTEM__JURISDICTIONS:
				return getJurisdictions();
			case LawfulPackage.ECOSYSTEM__GROUPS:
				return getGroups();
			case LawfulPackage.ECOSYSTEM__ACTORS:
				return getActors();
			case LawfulPackage.ECOSYSTEM__SERVICES:
				return getServices();
			case LawfulPackage.ECOSYSTEM__INSTRUMENTS:
				return getInstruments();
			case LawfulPackage.ECOSYSTEM__OFFENCES:
				return getOffences();
			case LawfulPackage.ECOSYSTEM__FACTS:
				return getFacts();
			case LawfulPackage.ECOSYSTEM__SCENARIOS:
				return getScenarios();
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
			case LawfulPackage.ECOSYSTEM__AS_OF:
				setAsOf((LocalDate)newValue);
				return;
			case LawfulPackage.ECOSYSTEM__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case LawfulPackage.ECOSYSTEM__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
			case LawfulPackage.ECOSYSTEM__JURISDICTIONS:
				getJurisdictions().clear();
				getJurisdictions().addAll((Collection<? extends Jurisdiction>)newValue);
				return;
			case LawfulPackage.ECOSYSTEM__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends CorporateGroup>)newValue);
				return;
			case LawfulPackage.ECOSYSTEM__ACTORS:
				getActors().clear();
				getActors().addAll((Collection<? extends Actor>)newValue);
				return;
			case LawfulPackage.ECOSYSTEM__SERVICES:
				getServices().clear();
				getServices().addAll((Collection<? extends Service>)newValue);
				return;
			case LawfulPackage.ECOSYSTEM__INSTRUMENTS:
				getInstruments().clear();
				getInstruments().addAll((Collection<? extends Instrument>)newValue);
				return;
			case LawfulPackage.ECOSYSTEM__OFFENCES:
				getOffences().clear();
				getOffences().addAll((Collection<? extends Offence>)newValue);
				return;
			case LawfulPackage.ECOSYSTEM__FACTS:
				getFacts().clear();
				getFacts().addAll((Collection<? extends Fact>)newValue);
				return;
			case LawfulPackage.ECOSYSTEM__SCENARIOS:
				getScenarios().clear();
				getScenarios().addAll((Collection<? extends Scenario>)newValue);
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
			case LawfulPackage.ECOSYSTEM__AS_OF:
				setAsOf(AS_OF_EDEFAULT);
				return;
			case LawfulPackage.ECOSYSTEM__FORMAT_VERSION:
				unsetFormatVersion();
				return;
			case LawfulPackage.ECOSYSTEM__SOURCES:
				getSources().clear();
				return;
			case LawfulPackage.ECOSYSTEM__JURISDICTIONS:
				getJurisdictions().clear();
				return;
			case LawfulPackage.ECOSYSTEM__GROUPS:
				getGroups().clear();
				return;
			case LawfulPackage.ECOSYSTEM__ACTORS:
				getActors().clear();
				return;
			case LawfulPackage.ECOSYSTEM__SERVICES:
				getServices().clear();
				return;
			case LawfulPackage.ECOSYSTEM__INSTRUMENTS:
				getInstruments().clear();
				return;
			case LawfulPackage.ECOSYSTEM__OFFENCES:
				getOffences().clear();
				return;
			case LawfulPackage.ECOSYSTEM__FACTS:
				getFacts().clear();
				return;
			case LawfulPackage.ECOSYSTEM__SCENARIOS:
				getScenarios().clear();
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
			case LawfulPackage.ECOSYSTEM__AS_OF:
				return AS_OF_EDEFAULT == null ? asOf != null : !AS_OF_EDEFAULT.equals(asOf);
			case LawfulPackage.ECOSYSTEM__FORMAT_VERSION:
				return isSetFormatVersion();
			case LawfulPackage.ECOSYSTEM__SOURCES:
				return sources != null && !sources.isEmpty();
			case LawfulPackage.ECOSYSTEM__JURISDICTIONS:
				return jurisdictions != null && !jurisdictions.isEmpty();
			case LawfulPackage.ECOSYSTEM__GROUPS:
				return groups != null && !groups.isEmpty();
			case LawfulPackage.ECOSYSTEM__ACTORS:
				return actors != null && !actors.isEmpty();
			case LawfulPackage.ECOSYSTEM__SERVICES:
				return services != null && !services.isEmpty();
			case LawfulPackage.ECOSYSTEM__INSTRUMENTS:
				return instruments != null && !instruments.isEmpty();
			case LawfulPackage.ECOSYSTEM__OFFENCES:
				return offences != null && !offences.isEmpty();
			case LawfulPackage.ECOSYSTEM__FACTS:
				return facts != null && !facts.isEmpty();
			case LawfulPackage.ECOSYSTEM__SCENARIOS:
				return scenarios != null && !scenarios.isEmpty();
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
		result.append(" (asOf: "); //$NON-NLS-1$
		result.append(asOf);
		result.append(", formatVersion: "); //$NON-NLS-1$
		if (formatVersionESet) result.append(formatVersion); else result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //EcosystemImpl
