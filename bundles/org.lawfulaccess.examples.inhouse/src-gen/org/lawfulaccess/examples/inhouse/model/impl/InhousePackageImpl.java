/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.examples.inhouse.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.lawfulaccess.examples.inhouse.model.ExtractionMethod;
import org.lawfulaccess.examples.inhouse.model.InhouseFactory;
import org.lawfulaccess.examples.inhouse.model.InhousePackage;
import org.lawfulaccess.examples.inhouse.model.ToolingCapability;

import org.lawfulaccess.model.LawfulPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class InhousePackageImpl extends EPackageImpl implements InhousePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass toolingCapabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum extractionMethodEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.lawfulaccess.examples.inhouse.model.InhousePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private InhousePackageImpl() {
		super(eNS_URI, InhouseFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link InhousePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static InhousePackage init() {
		if (isInited) return (InhousePackage)EPackage.Registry.INSTANCE.getEPackage(InhousePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredInhousePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		InhousePackageImpl theInhousePackage = registeredInhousePackage instanceof InhousePackageImpl ? (InhousePackageImpl)registeredInhousePackage : new InhousePackageImpl();

		isInited = true;

		// Initialize simple dependencies
		LawfulPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theInhousePackage.createPackageContents();

		// Initialize created meta-data
		theInhousePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theInhousePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(InhousePackage.eNS_URI, theInhousePackage);
		return theInhousePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getToolingCapability() {
		return toolingCapabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getToolingCapability_Holder() {
		return (EReference)toolingCapabilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getToolingCapability_Tool() {
		return (EAttribute)toolingCapabilityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getToolingCapability_Method() {
		return (EAttribute)toolingCapabilityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getToolingCapability_Services() {
		return (EReference)toolingCapabilityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getToolingCapability_DataCategories() {
		return (EAttribute)toolingCapabilityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getExtractionMethod() {
		return extractionMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InhouseFactory getInhouseFactory() {
		return (InhouseFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		toolingCapabilityEClass = createEClass(TOOLING_CAPABILITY);
		createEReference(toolingCapabilityEClass, TOOLING_CAPABILITY__HOLDER);
		createEAttribute(toolingCapabilityEClass, TOOLING_CAPABILITY__TOOL);
		createEAttribute(toolingCapabilityEClass, TOOLING_CAPABILITY__METHOD);
		createEReference(toolingCapabilityEClass, TOOLING_CAPABILITY__SERVICES);
		createEAttribute(toolingCapabilityEClass, TOOLING_CAPABILITY__DATA_CATEGORIES);

		// Create enums
		extractionMethodEEnum = createEEnum(EXTRACTION_METHOD);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		LawfulPackage theLawfulPackage = (LawfulPackage)EPackage.Registry.INSTANCE.getEPackage(LawfulPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		toolingCapabilityEClass.getESuperTypes().add(theLawfulPackage.getFact());

		// Initialize classes, features, and operations; add parameters
		initEClass(toolingCapabilityEClass, ToolingCapability.class, "ToolingCapability", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getToolingCapability_Holder(), theLawfulPackage.getAuthority(), null, "holder", null, 1, 1, ToolingCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getToolingCapability_Tool(), ecorePackage.getEString(), "tool", null, 0, 1, ToolingCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getToolingCapability_Method(), this.getExtractionMethod(), "method", null, 0, 1, ToolingCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getToolingCapability_Services(), theLawfulPackage.getService(), null, "services", null, 1, -1, ToolingCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getToolingCapability_DataCategories(), theLawfulPackage.getDataCategory(), "dataCategories", null, 0, -1, ToolingCapability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(extractionMethodEEnum, ExtractionMethod.class, "ExtractionMethod"); //$NON-NLS-1$
		addEEnumLiteral(extractionMethodEEnum, ExtractionMethod.DEVICE_EXTRACTION);
		addEEnumLiteral(extractionMethodEEnum, ExtractionMethod.CLOUD_EXTRACTION);

		// Create resource
		createResource(eNS_URI);
	}

} //InhousePackageImpl
