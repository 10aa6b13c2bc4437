/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.examples.inhouse.model;

import org.eclipse.emf.common.util.EList;

import org.lawfulaccess.model.Authority;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.Service;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tooling Capability</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An authority holds a forensic tool able to extract data from the devices or accounts of the services it covers. A fact: valid while the tool's licence and the authority's authorisation to use it last, and resting on a source (a contract, an authorisation, a published report).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lawfulaccess.examples.inhouse.model.ToolingCapability#getHolder <em>Holder</em>}</li>
 *   <li>{@link org.lawfulaccess.examples.inhouse.model.ToolingCapability#getTool <em>Tool</em>}</li>
 *   <li>{@link org.lawfulaccess.examples.inhouse.model.ToolingCapability#getMethod <em>Method</em>}</li>
 *   <li>{@link org.lawfulaccess.examples.inhouse.model.ToolingCapability#getServices <em>Services</em>}</li>
 *   <li>{@link org.lawfulaccess.examples.inhouse.model.ToolingCapability#getDataCategories <em>Data Categories</em>}</li>
 * </ul>
 *
 * @see org.lawfulaccess.examples.inhouse.model.InhousePackage#getToolingCapability()
 * @model
 * @generated
 */
public interface ToolingCapability extends Fact {
	/**
	 * Returns the value of the '<em><b>Holder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The authority that holds the tool and may use it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Holder</em>' reference.
	 * @see #setHolder(Authority)
	 * @see org.lawfulaccess.examples.inhouse.model.InhousePackage#getToolingCapability_Holder()
	 * @model required="true"
	 * @generated
	 */
	Authority getHolder();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.examples.inhouse.model.ToolingCapability#getHolder <em>Holder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Holder</em>' reference.
	 * @see #getHolder()
	 * @generated
	 */
	void setHolder(Authority value);

	/**
	 * Returns the value of the '<em><b>Tool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tool as its licence or the source names it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tool</em>' attribute.
	 * @see #setTool(String)
	 * @see org.lawfulaccess.examples.inhouse.model.InhousePackage#getToolingCapability_Tool()
	 * @model
	 * @generated
	 */
	String getTool();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.examples.inhouse.model.ToolingCapability#getTool <em>Tool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tool</em>' attribute.
	 * @see #getTool()
	 * @generated
	 */
	void setTool(String value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lawfulaccess.examples.inhouse.model.ExtractionMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the tool reaches the data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.lawfulaccess.examples.inhouse.model.ExtractionMethod
	 * @see #setMethod(ExtractionMethod)
	 * @see org.lawfulaccess.examples.inhouse.model.InhousePackage#getToolingCapability_Method()
	 * @model
	 * @generated
	 */
	ExtractionMethod getMethod();

	/**
	 * Sets the value of the '{@link org.lawfulaccess.examples.inhouse.model.ToolingCapability#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.lawfulaccess.examples.inhouse.model.ExtractionMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(ExtractionMethod value);

	/**
	 * Returns the value of the '<em><b>Services</b></em>' reference list.
	 * The list contents are of type {@link org.lawfulaccess.model.Service}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The services whose data the tool can extract.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Services</em>' reference list.
	 * @see org.lawfulaccess.examples.inhouse.model.InhousePackage#getToolingCapability_Services()
	 * @model required="true"
	 * @generated
	 */
	EList<Service> getServices();

	/**
	 * Returns the value of the '<em><b>Data Categories</b></em>' attribute list.
	 * The list contents are of type {@link org.lawfulaccess.model.DataCategory}.
	 * The literals are from the enumeration {@link org.lawfulaccess.model.DataCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The categories of data the tool can extract.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Categories</em>' attribute list.
	 * @see org.lawfulaccess.model.DataCategory
	 * @see org.lawfulaccess.examples.inhouse.model.InhousePackage#getToolingCapability_DataCategories()
	 * @model
	 * @generated
	 */
	EList<DataCategory> getDataCategories();

} // ToolingCapability
