/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.model.LawfulPackage;

/**
 * Structural guarantees of the metamodel: it is valid Ecore, documented, free of stored conclusions,
 * and the generated code matches the .ecore file it was generated from.
 */
class MetamodelTest {

	/** Attribute names that would store a rule's conclusion instead of the facts it follows from. */
	private static final Pattern CONCLUSION = Pattern.compile(
			"^(is|has|can)[A-Z].*|(?i:.*(cooperat|spoc|problematic|compliant|reachable|effective|gap|finding|risk).*)");

	/** The only boolean attributes: legal properties of a provision, stated by its text. */
	private static final Set<String> ALLOWED_BOOLEANS = Set.of("Provision.emergencyOnly");

	private static EPackage fromFile;

	@BeforeAll
	static void loadEcoreFile() throws IOException {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		Resource resource = resourceSet.createResource(URI.createURI("lawful.ecore"));
		try (InputStream in = LawfulPackage.class.getResourceAsStream("/model/lawful.ecore")) {
			assertNotNull(in, "model/lawful.ecore is packaged with the bundle");
			resource.load(in, null);
		}
		fromFile = (EPackage) resource.getContents().get(0);
	}

	@Test
	void packageIsValidEcore() {
		for (EPackage ePackage : List.of(fromFile, LawfulPackage.eINSTANCE)) {
			Diagnostic diagnostic = Diagnostician.INSTANCE.validate(ePackage);
			assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, () -> describe(diagnostic));
		}
	}

	@Test
	void namespaceCarriesTheMajorVersion() {
		assertEquals("https://lawfulaccess.org/ns/ecosystem/2", LawfulPackage.eNS_URI);
		assertEquals("lawful", LawfulPackage.eNS_PREFIX);
		assertEquals("2", LawfulPackage.Literals.ECOSYSTEM__FORMAT_VERSION.getDefaultValueLiteral());
		assertTrue(LawfulPackage.Literals.ECOSYSTEM__FORMAT_VERSION.isUnsettable(),
				"the format version is written even when it equals the default");
	}

	@Test
	void generatedCodeMatchesTheEcoreFile() {
		Set<String> inFile = signatures(fromFile);
		Set<String> generated = signatures(LawfulPackage.eINSTANCE);
		assertEquals(inFile, generated, "regenerate with releng/org.lawfulaccess.codegen");
	}

	@Test
	void everyClassifierAndFeatureIsDocumented() {
		List<String> undocumented = new ArrayList<>();
		for (EClassifier classifier : fromFile.getEClassifiers()) {
			if (isBlank(EcoreUtil.getDocumentation(classifier))) {
				undocumented.add(classifier.getName());
			}
			if (classifier instanceof EClass eClass) {
				for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
					if (isBlank(EcoreUtil.getDocumentation(feature))) {
						undocumented.add(eClass.getName() + "." + feature.getName());
					}
				}
			}
		}
		assertEquals(List.of(), undocumented);
	}

	@Test
	void noAttributeStoresAConclusion() {
		List<String> offending = new ArrayList<>();
		for (EClass eClass : classes()) {
			for (EAttribute attribute : eClass.getEAttributes()) {
				String qualified = eClass.getName() + "." + attribute.getName();
				if (CONCLUSION.matcher(attribute.getName()).matches()) {
					offending.add(qualified);
				}
				if (attribute.getEAttributeType() == EcorePackage.Literals.EBOOLEAN && !ALLOWED_BOOLEANS.contains(qualified)) {
					offending.add(qualified + " (boolean)");
				}
			}
		}
		assertEquals(List.of(), offending);
	}

	@Test
	void identityIsLeftToXmiIds() {
		for (EClass eClass : classes()) {
			assertNull(eClass.getEIDAttribute(), eClass.getName() + " must not declare an ID attribute");
		}
	}

	@Test
	void everyConcreteClassIsContainedUnderTheEcosystem() {
		Set<EClass> reachable = new HashSet<>();
		List<EClass> todo = new ArrayList<>(List.of(LawfulPackage.Literals.ECOSYSTEM));
		while (!todo.isEmpty()) {
			EClass container = todo.remove(todo.size() - 1);
			for (EReference containment : container.getEAllContainments()) {
				for (EClass candidate : classes()) {
					if (containment.getEReferenceType().isSuperTypeOf(candidate) && reachable.add(candidate)) {
						todo.add(candidate);
					}
				}
			}
		}
		for (EClass eClass : classes()) {
			if (!eClass.isAbstract() && eClass != LawfulPackage.Literals.ECOSYSTEM) {
				assertTrue(reachable.contains(eClass), eClass.getName() + " has no place in an ecosystem");
			}
		}
	}

	@Test
	void keyContainmentsAndReferences() {
		LawfulPackage p = LawfulPackage.eINSTANCE;
		assertTrue(p.getEcosystem_Actors().isContainment());
		assertTrue(p.getEcosystem_Jurisdictions().isContainment());
		assertTrue(p.getEcosystem_Facts().isContainment());
		assertTrue(p.getEcosystem_Scenarios().isContainment());
		assertTrue(p.getInstrument_Provisions().isContainment());
		assertTrue(p.getInstrument_Memberships().isContainment());
		assertTrue(p.getProvider_Establishments().isContainment());
		assertTrue(p.getService_Encryption().isContainment());
		assertTrue(p.getSourced_Citations().isContainment());
		// An actor refers to its jurisdiction, so moving it is one reference change.
		assertFalse(p.getActor_Jurisdiction().isContainment());
		assertFalse(p.getActor_Jurisdiction().isContainer());
		// The provider-to-services direction is derived on load, not stored twice.
		assertTrue(p.getProvider_Services().isTransient());
		assertEquals(p.getService_Provider(), p.getProvider_Services().getEOpposite());
	}

	@Test
	void timeVaryingThingsAreFacts() {
		for (EClass eClass : List.of(LawfulPackage.Literals.MEMBERSHIP, LawfulPackage.Literals.CRIMINALISATION,
				LawfulPackage.Literals.RETENTION_RULE, LawfulPackage.Literals.ESTABLISHMENT,
				LawfulPackage.Literals.PROVIDER_PRACTICE, LawfulPackage.Literals.POINT_OF_CONTACT,
				LawfulPackage.Literals.ENCRYPTION_PROFILE, LawfulPackage.Literals.TELEMETRY,
				LawfulPackage.Literals.ACCREDITATION, LawfulPackage.Literals.PROVISION,
				LawfulPackage.Literals.USAGE_POLICY, LawfulPackage.Literals.POSITION, LawfulPackage.Literals.RESERVATION)) {
			assertTrue(LawfulPackage.Literals.FACT.isSuperTypeOf(eClass), eClass.getName() + " must be a Fact");
		}
	}

	private static List<EClass> classes() {
		return LawfulPackage.eINSTANCE.getEClassifiers().stream()
				.filter(EClass.class::isInstance).map(EClass.class::cast).toList();
	}

	private static Set<String> signatures(EPackage ePackage) {
		Set<String> result = new HashSet<>();
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			result.add(classifier.eClass().getName() + " " + classifier.getName());
			if (classifier instanceof EClass eClass) {
				eClass.getESuperTypes().forEach(s -> result.add(eClass.getName() + " extends " + s.getName()));
				for (EStructuralFeature f : eClass.getEStructuralFeatures()) {
					result.add(eClass.getName() + "." + f.getName() + ":" + f.getEType().getName() + "[" + f.getLowerBound()
							+ ".." + f.getUpperBound() + "]" + (f instanceof EReference r && r.isContainment() ? " contained" : ""));
				}
				eClass.getEOperations().forEach(o -> result.add(eClass.getName() + "." + o.getName() + "()"));
			} else if (classifier instanceof org.eclipse.emf.ecore.EEnum eEnum) {
				eEnum.getELiterals().forEach(l -> result.add(eEnum.getName() + "." + l.getName() + "=" + l.getValue()));
			}
		}
		return result;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String describe(Diagnostic diagnostic) {
		StringBuilder text = new StringBuilder();
		for (Diagnostic child : diagnostic.getChildren()) {
			text.append(child.getMessage().toLowerCase(Locale.ROOT)).append('\n');
		}
		return text.toString();
	}
}
