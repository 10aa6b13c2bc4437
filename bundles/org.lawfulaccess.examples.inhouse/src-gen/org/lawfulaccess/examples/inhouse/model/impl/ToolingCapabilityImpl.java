/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.examples.inhouse.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.lawfulaccess.examples.inhouse.model.ExtractionMethod;
import org.lawfulaccess.examples.inhouse.model.InhousePackage;
import org.lawfulaccess.examples.inhouse.model.ToolingCapability;

import org.lawfulaccess.model.Authority;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.Service;

import org.lawfulaccess.model.impl.FactImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Tooling Capability</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.examples.inhouse.model.impl.ToolingCapabilityImpl#getHolder <em>Holder</em>}</li>
 *   <li>{@link org.lawfulaccess.examples.inhouse.model.impl.ToolingCapabilityImpl#getTool <em>Tool</em>}</li>
 *   <li>{@link org.lawfulaccess.examples.inhouse.model.impl.ToolingCapabilityImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.lawfulaccess.examples.inhouse.model.impl.ToolingCapabilityImpl#getServices <em>Services</em>}</li>
 *   <li>{@link org.lawfulaccess.examples.inhouse.model.impl.ToolingCapabilityImpl#getDataCategories <em>Data Categories</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ToolingCapabilityImpl extends FactImpl implements ToolingCapability {
	/**
	 * The cached value of the '{@link #getHolder() <em>Holder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHolder()
	 * @generated
	 * @ordered
	 */
	protected Authority holder;

	/**
	 * The default value of the '{@link #getTool() <em>Tool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTool()
	 * @generated
	 * @ordered
	 */
	protected static final String TOOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTool() <em>Tool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTool()
	 * @generated
	 * @ordered
	 */
	protected String tool = TOOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final ExtractionMethod METHOD_EDEFAULT = ExtractionMethod.DEVICE_EXTRACTION;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected ExtractionMethod method = METHOD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getServices() <em>Services</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServices()
	 * @generated
	 * @ordered
	 */
	protected EList<Service> services;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ToolingCapabilityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InhousePackage.Literals.TOOLING_CAPABILITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Authority getHolder() {
		if (holder != null && holder.eIsProxy()) {
			InternalEObject oldHolder = (InternalEObject)holder;
			holder = (Authority)eResolveProxy(oldHolder);
			if (holder != oldHolder) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InhousePackage.TOOLING_CAPABILITY__HOLDER, oldHolder, holder));
			}
		}
		return holder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Authority basicGetHolder() {
		return holder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHolder(Authority newHolder) {
		Authority oldHolder = holder;
		holder = newHolder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InhousePackage.TOOLING_CAPABILITY__HOLDER, oldHolder, holder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTool() {
		return tool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTool(String newTool) {
		String oldTool = tool;
		tool = newTool;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InhousePackage.TOOLING_CAPABILITY__TOOL, oldTool, tool));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExtractionMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(ExtractionMethod newMethod) {
		ExtractionMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InhousePackage.TOOLING_CAPABILITY__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Service> getServices() {
		if (services == null) {
			services = new EObjectResolvingEList<Service>(Service.class, this, InhousePackage.TOOLING_CAPABILITY__SERVICES);
		}
		return services;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataCategory> getDataCategories() {
		if (dataCategories == null) {
			dataCategories = new EDataTypeUniqueEList<DataCategory>(DataCategory.class, this, InhousePackage.TOOLING_CAPABILITY__DATA_CATEGORIES);
		}
		return dataCategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InhousePackage.TOOLING_CAPABILITY__HOLDER:
				if (resolve) return getHolder();
				return basicGetHolder();
			case InhousePackage.TOOLING_CAPABILITY__TOOL:
				return getTool();
			case InhousePackage.TOOLING_CAPABILITY__METHOD:
				return getMethod();
			case InhousePackage.TOOLING_CAPABILITY__SERVICES:
				return getServices();
			case InhousePackage.TOOLING_CAPABILITY__DATA_CATEGORIES:
				return getDataCategories();
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
			case InhousePackage.TOOLING_CAPABILITY__HOLDER:
				setHolder((Authority)newValue);
				return;
			case InhousePackage.TOOLING_CAPABILITY__TOOL:
				setTool((String)newValue);
				return;
			case InhousePackage.TOOLING_CAPABILITY__METHOD:
				setMethod((ExtractionMethod)newValue);
				return;
			case InhousePackage.TOOLING_CAPABILITY__SERVICES:
				getServices().clear();
				getServices().addAll((Collection<? extends Service>)newValue);
				return;
			case InhousePackage.TOOLING_CAPABILITY__DATA_CATEGORIES:
				getDataCategories().clear();
				getDataCategories().addAll((Collection<? extends DataCategory>)newValue);
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
			case InhousePackage.TOOLING_CAPABILITY__HOLDER:
				setHolder((Authority)null);
				return;
			case InhousePackage.TOOLING_CAPABILITY__TOOL:
				setTool(TOOL_EDEFAULT);
				return;
			case InhousePackage.TOOLING_CAPABILITY__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case InhousePackage.TOOLING_CAPABILITY__SERVICES:
				getServices().clear();
				return;
			case InhousePackage.TOOLING_CAPABILITY__DATA_CATEGORIES:
				getDataCategories().clear();
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
			case InhousePackage.TOOLING_CAPABILITY__HOLDER:
				return holder != null;
			case InhousePackage.TOOLING_CAPABILITY__TOOL:
				return TOOL_EDEFAULT == null ? tool != null : !TOOL_EDEFAULT.equals(tool);
			case InhousePackage.TOOLING_CAPABILITY__METHOD:
				return method != METHOD_EDEFAULT;
			case InhousePackage.TOOLING_CAPABILITY__SERVICES:
				return services != null && !services.isEmpty();
			case InhousePackage.TOOLING_CAPABILITY__DATA_CATEGORIES:
				return dataCategories != null && !dataCategories.isEmpty();
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
		result.append(" (tool: "); //$NON-NLS-1$
		result.append(tool);
		result.append(", method: "); //$NON-NLS-1$
		result.append(method);
		result.append(", dataCategories: "); //$NON-NLS-1$
		result.append(dataCategories);
		result.append(')');
		return result.toString();
	}

} //ToolingCapabilityImpl
