/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.examples.inhouse.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.lawfulaccess.model.LawfulPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * An organisation's own concepts, added to the lawful-access ecosystem without changing it: instances live in the ecosystem's lists and are saved in the same file, under this namespace.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.examples.inhouse.model.InhouseFactory
 * @model kind="package"
 * @generated
 */
public interface InhousePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://example.org/ns/inhouse/1"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "inhouse"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	InhousePackage eINSTANCE = org.lawfulaccess.examples.inhouse.model.impl.InhousePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.lawfulaccess.examples.inhouse.model.impl.ToolingCapabilityImpl <em>Tooling Capability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.examples.inhouse.model.impl.ToolingCapabilityImpl
	 * @see org.lawfulaccess.examples.inhouse.model.impl.InhousePackageImpl#getToolingCapability()
	 * @generated
	 */
	int TOOLING_CAPABILITY = 0;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOLING_CAPABILITY__CITATIONS = LawfulPackage.FACT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOLING_CAPABILITY__VALID_FROM = LawfulPackage.FACT__VALID_FROM;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOLING_CAPABILITY__VALID_TO = LawfulPackage.FACT__VALID_TO;

	/**
	 * The feature id for the '<em><b>Holder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOLING_CAPABILITY__HOLDER = LawfulPackage.FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Tool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOLING_CAPABILITY__TOOL = LawfulPackage.FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOLING_CAPABILITY__METHOD = LawfulPackage.FACT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Services</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOLING_CAPABILITY__SERVICES = LawfulPackage.FACT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Data Categories</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOLING_CAPABILITY__DATA_CATEGORIES = LawfulPackage.FACT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Tooling Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOLING_CAPABILITY_FEATURE_COUNT = LawfulPackage.FACT_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Is Valid At</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOLING_CAPABILITY___IS_VALID_AT__LOCALDATE = LawfulPackage.FACT___IS_VALID_AT__LOCALDATE;

	/**
	 * The number of operations of the '<em>Tooling Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOLING_CAPABILITY_OPERATION_COUNT = LawfulPackage.FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lawfulaccess.examples.inhouse.model.ExtractionMethod <em>Extraction Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lawfulaccess.examples.inhouse.model.ExtractionMethod
	 * @see org.lawfulaccess.examples.inhouse.model.impl.InhousePackageImpl#getExtractionMethod()
	 * @generated
	 */
	int EXTRACTION_METHOD = 1;


	/**
	 * Returns the meta object for class '{@link org.lawfulaccess.examples.inhouse.model.ToolingCapability <em>Tooling Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tooling Capability</em>'.
	 * @see org.lawfulaccess.examples.inhouse.model.ToolingCapability
	 * @generated
	 */
	EClass getToolingCapability();

	/**
	 * Returns the meta object for the reference '{@link org.lawfulaccess.examples.inhouse.model.ToolingCapability#getHolder <em>Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Holder</em>'.
	 * @see org.lawfulaccess.examples.inhouse.model.ToolingCapability#getHolder()
	 * @see #getToolingCapability()
	 * @generated
	 */
	EReference getToolingCapability_Holder();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.examples.inhouse.model.ToolingCapability#getTool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tool</em>'.
	 * @see org.lawfulaccess.examples.inhouse.model.ToolingCapability#getTool()
	 * @see #getToolingCapability()
	 * @generated
	 */
	EAttribute getToolingCapability_Tool();

	/**
	 * Returns the meta object for the attribute '{@link org.lawfulaccess.examples.inhouse.model.ToolingCapability#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.lawfulaccess.examples.inhouse.model.ToolingCapability#getMethod()
	 * @see #getToolingCapability()
	 * @generated
	 */
	EAttribute getToolingCapability_Method();

	/**
	 * Returns the meta object for the reference list '{@link org.lawfulaccess.examples.inhouse.model.ToolingCapability#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Services</em>'.
	 * @see org.lawfulaccess.examples.inhouse.model.ToolingCapability#getServices()
	 * @see #getToolingCapability()
	 * @generated
	 */
	EReference getToolingCapability_Services();

	/**
	 * Returns the meta object for the attribute list '{@link org.lawfulaccess.examples.inhouse.model.ToolingCapability#getDataCategories <em>Data Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Data Categories</em>'.
	 * @see org.lawfulaccess.examples.inhouse.model.ToolingCapability#getDataCategories()
	 * @see #getToolingCapability()
	 * @generated
	 */
	EAttribute getToolingCapability_DataCategories();

	/**
	 * Returns the meta object for enum '{@link org.lawfulaccess.examples.inhouse.model.ExtractionMethod <em>Extraction Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Extraction Method</em>'.
	 * @see org.lawfulaccess.examples.inhouse.model.ExtractionMethod
	 * @generated
	 */
	EEnum getExtractionMethod();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	InhouseFactory getInhouseFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.lawfulaccess.examples.inhouse.model.impl.ToolingCapabilityImpl <em>Tooling Capability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.examples.inhouse.model.impl.ToolingCapabilityImpl
		 * @see org.lawfulaccess.examples.inhouse.model.impl.InhousePackageImpl#getToolingCapability()
		 * @generated
		 */
		EClass TOOLING_CAPABILITY = eINSTANCE.getToolingCapability();

		/**
		 * The meta object literal for the '<em><b>Holder</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOOLING_CAPABILITY__HOLDER = eINSTANCE.getToolingCapability_Holder();

		/**
		 * The meta object literal for the '<em><b>Tool</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOLING_CAPABILITY__TOOL = eINSTANCE.getToolingCapability_Tool();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOLING_CAPABILITY__METHOD = eINSTANCE.getToolingCapability_Method();

		/**
		 * The meta object literal for the '<em><b>Services</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOOLING_CAPABILITY__SERVICES = eINSTANCE.getToolingCapability_Services();

		/**
		 * The meta object literal for the '<em><b>Data Categories</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOLING_CAPABILITY__DATA_CATEGORIES = eINSTANCE.getToolingCapability_DataCategories();

		/**
		 * The meta object literal for the '{@link org.lawfulaccess.examples.inhouse.model.ExtractionMethod <em>Extraction Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lawfulaccess.examples.inhouse.model.ExtractionMethod
		 * @see org.lawfulaccess.examples.inhouse.model.impl.InhousePackageImpl#getExtractionMethod()
		 * @generated
		 */
		EEnum EXTRACTION_METHOD = eINSTANCE.getExtractionMethod();

	}

} //InhousePackage
