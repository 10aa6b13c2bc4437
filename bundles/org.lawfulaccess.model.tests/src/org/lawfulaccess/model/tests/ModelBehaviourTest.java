/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.ProviderKind;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.RetentionRule;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.TelecomOperator;
import org.lawfulaccess.model.impl.FactImpl;
import org.lawfulaccess.model.value.TimeSpan;

/** Operations, value serialisation and extensibility of the generated model. */
class ModelBehaviourTest {

	private static final LawfulFactory F = LawfulFactory.eINSTANCE;

	@Test
	void validityEndIsExclusive() {
		RetentionRule rule = F.createRetentionRule();
		rule.setValidFrom(LocalDate.of(2016, 5, 29));
		rule.setValidTo(LocalDate.of(2021, 4, 22));
		assertFalse(rule.isValidAt(LocalDate.of(2016, 5, 28)));
		assertTrue(rule.isValidAt(LocalDate.of(2016, 5, 29)));
		assertTrue(rule.isValidAt(LocalDate.of(2021, 4, 21)));
		assertFalse(rule.isValidAt(LocalDate.of(2021, 4, 22)), "annulled on that day");
		assertTrue(F.createMembership().isValidAt(LocalDate.MIN), "unset bounds are open");
	}

	@Test
	void provisionIsApplicableOnlyOnceInForceAndApplicable() {
		Provision order = F.createProvision();
		order.setValidFrom(LocalDate.of(2023, 8, 18));
		order.setApplicableFrom(LocalDate.of(2026, 8, 18));
		assertTrue(order.isValidAt(LocalDate.of(2024, 1, 1)));
		assertFalse(order.isApplicableAt(LocalDate.of(2024, 1, 1)));
		assertTrue(order.isApplicableAt(LocalDate.of(2026, 8, 18)));
	}

	@Test
	void telecomOperatorAlwaysHasItsKind() {
		TelecomOperator operator = F.createTelecomOperator();
		assertTrue(operator.hasKind(ProviderKind.TELECOM_OPERATOR));
		assertFalse(operator.hasKind(ProviderKind.MESSAGING));
		Provider provider = F.createProvider();
		provider.getKinds().add(ProviderKind.MESSAGING);
		assertTrue(provider.hasKind(ProviderKind.MESSAGING));
		assertFalse(provider.hasKind(ProviderKind.TELECOM_OPERATOR));
	}

	@Test
	void serviceAndProviderStayInStepAndOnlyOneSideIsStored() throws IOException {
		Ecosystem ecosystem = F.createEcosystem();
		ecosystem.setAsOf(LocalDate.of(2021, 4, 29));
		ecosystem.setFormatVersion(1);
		Provider provider = F.createProvider();
		provider.setName("Telegram FZ-LLC");
		Service service = F.createService();
		service.setName("Telegram");
		service.setProvider(provider);
		ecosystem.getActors().add(provider);
		ecosystem.getServices().add(service);
		assertEquals(service, provider.getServices().get(0));

		String xml = save(ecosystem, null);
		assertTrue(xml.contains("formatVersion=\"1\""), "the format version is always written");
		assertTrue(xml.contains("asOf=\"2021-04-29\""), "dates are plain days");
		Ecosystem reloaded = (Ecosystem) load(xml, null);
		Provider reloadedProvider = (Provider) reloaded.getActors().get(0);
		assertEquals("Telegram", reloadedProvider.getServices().get(0).getName());
	}

	@Test
	void valuesRoundTripAsReadableAttributes() throws IOException {
		Ecosystem ecosystem = F.createEcosystem();
		ecosystem.setAsOf(LocalDate.of(2021, 4, 29));
		Instrument mlat = F.createInstrument();
		mlat.setName("MLAT BE-US");
		Provision request = F.createProvision();
		request.setMinLatency(TimeSpan.days(180));
		request.setMaxLatency(TimeSpan.months(12));
		request.setEmergencyLatency(TimeSpan.hours(8));
		mlat.getProvisions().add(request);
		ecosystem.getInstruments().add(mlat);
		Jurisdiction belgium = F.createJurisdiction();
		belgium.setCode("BE");
		ecosystem.getJurisdictions().add(belgium);

		String xml = save(ecosystem, null);
		assertTrue(xml.contains("maxLatency=\"12 months\""), xml);
		assertTrue(xml.contains("emergencyLatency=\"8 hours\""), xml);
		EObject reloaded = load(xml, null);
		assertTrue(EcoreUtil.equals(ecosystem, reloaded));
	}

	/**
	 * An in-house package subclasses a Fact in its own EPackage (as a generated in-house bundle would)
	 * and its instances live among the ecosystem's facts and survive a round trip.
	 */
	@Test
	void factsCanBeExtendedInAnotherPackage() throws IOException {
		EPackage inHouse = EcoreFactory.eINSTANCE.createEPackage();
		inHouse.setName("inhouse");
		inHouse.setNsPrefix("inhouse");
		inHouse.setNsURI("urn:example:inhouse");
		EClass warrantClass = EcoreFactory.eINSTANCE.createEClass();
		warrantClass.setName("Warrant");
		warrantClass.getESuperTypes().add(LawfulPackage.Literals.FACT);
		warrantClass.setInstanceClass(Warrant.class);
		EAttribute number = EcoreFactory.eINSTANCE.createEAttribute();
		number.setName("number");
		number.setEType(EcorePackage.Literals.ESTRING);
		warrantClass.getEStructuralFeatures().add(number);
		inHouse.getEClassifiers().add(warrantClass);
		inHouse.setEFactoryInstance(new EFactoryImpl() {
			@Override
			public EObject create(EClass eClass) {
				return eClass == warrantClass ? new Warrant(warrantClass) : super.create(eClass);
			}
		});

		Ecosystem ecosystem = F.createEcosystem();
		Warrant warrant = (Warrant) EcoreUtil.create(warrantClass);
		warrant.eSet(number, "W-42");
		warrant.setValidFrom(LocalDate.of(2024, 1, 1));
		ecosystem.getFacts().add(warrant);

		String xml = save(ecosystem, inHouse);
		Ecosystem reloaded = (Ecosystem) load(xml, inHouse);
		Fact fact = reloaded.getFacts().get(0);
		assertInstanceOf(Warrant.class, fact);
		assertEquals("W-42", fact.eGet(number));
		assertTrue(fact.isValidAt(LocalDate.of(2024, 6, 1)));
	}

	/**
	 * A subclass of our implementation class from another package, as in-house code would write it; its
	 * own features are dynamic here, where generated in-house code would have fields.
	 */
	static final class Warrant extends FactImpl {
		Warrant(EClass eClass) {
			eSetClass(eClass);
		}
	}

	private static ResourceSet resourceSet(EPackage extra) {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(LawfulPackage.eNS_URI, LawfulPackage.eINSTANCE);
		if (extra != null) {
			resourceSet.getPackageRegistry().put(extra.getNsURI(), extra);
		}
		return resourceSet;
	}

	private static String save(EObject root, EPackage extra) throws IOException {
		Resource resource = resourceSet(extra).createResource(URI.createURI("test.lawful"));
		resource.getContents().add(root);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		return out.toString(StandardCharsets.UTF_8);
	}

	private static EObject load(String xml, EPackage extra) throws IOException {
		Resource resource = resourceSet(extra).createResource(URI.createURI("test.lawful"));
		resource.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null);
		return resource.getContents().get(0);
	}
}
