/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.EMFPlugin;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ItemProviderDecorator;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.model.Authority;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.edit.LabelledItemProviderAdapterFactory;
import org.lawfulaccess.model.edit.provider.LawfulEditPlugin;

/** The registered item providers: labels, icons, property categories and commands. */
class ItemProvidersTest {

	private static final LawfulFactory F = LawfulFactory.eINSTANCE;

	private final LabelledItemProviderAdapterFactory factory = new LabelledItemProviderAdapterFactory();

	@AfterEach
	void dispose() {
		factory.dispose();
	}

	@Test
	void everyConcreteClassHasALabelledProviderAndAnIconThatResolves() throws IOException {
		List<String> problems = new ArrayList<>();
		for (EClass eClass : concreteClasses()) {
			EObject object = EcoreUtil.create(eClass);
			Object provider = factory.adapt(object, IItemLabelProvider.class);
			if (!(provider instanceof IItemLabelProvider labels)) {
				problems.add(eClass.getName() + ": no label provider");
				continue;
			}
			if (!(provider instanceof ItemProviderDecorator)) {
				problems.add(eClass.getName() + ": generated label, not Labels");
			}
			assertEquals(Labels.text(object), labels.getText(object));
			Object image = labels.getImage(object);
			if (!(image instanceof URL url)) {
				problems.add(eClass.getName() + ": image " + image);
				continue;
			}
			try (InputStream in = url.openStream()) {
				String header = new String(in.readNBytes(3), StandardCharsets.US_ASCII);
				if (!header.equals("GIF")) {
					problems.add(eClass.getName() + ": not a GIF at " + url);
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void propertyDescriptorsHaveCategoriesAndReferenceLabels() {
		Jurisdiction belgium = jurisdiction("Belgium", "BE");
		Authority police = F.createAuthority();
		police.setName("Federal Police");
		police.setJurisdiction(belgium);

		IItemPropertySource source = (IItemPropertySource) factory.adapt(police, IItemPropertySource.class);
		IItemPropertyDescriptor jurisdiction = source.getPropertyDescriptor(police, LawfulPackage.Literals.ACTOR__JURISDICTION);
		assertNotNull(jurisdiction);
		assertEquals("Belgium (BE)", jurisdiction.getLabelProvider(police).getText(belgium));
		for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(police)) {
			assertNotNull(descriptor.getCategory(police), descriptor.getId(police) + " has no category");
		}

		Provision provision = F.createProvision();
		IItemPropertySource provisionSource = (IItemPropertySource) factory.adapt(provision, IItemPropertySource.class);
		assertEquals("Timing", provisionSource.getPropertyDescriptor(provision, LawfulPackage.Literals.PROVISION__MAX_LATENCY)
				.getCategory(provision));
		assertEquals("Validity", provisionSource.getPropertyDescriptor(provision, LawfulPackage.Literals.FACT__VALID_FROM)
				.getCategory(provision));
		assertEquals("Legal", provisionSource.getPropertyDescriptor(provision, LawfulPackage.Literals.PROVISION__LEGAL_FORCE)
				.getCategory(provision));
	}

	@Test
	void movingAnActorToAnotherJurisdictionIsOneUndoableCommand() {
		Ecosystem ecosystem = F.createEcosystem();
		ecosystem.setAsOf(LocalDate.of(2021, 4, 29));
		Jurisdiction belgium = jurisdiction("Belgium", "BE");
		Jurisdiction france = jurisdiction("France", "FR");
		ecosystem.getJurisdictions().add(belgium);
		ecosystem.getJurisdictions().add(france);
		Authority police = F.createAuthority();
		ecosystem.getActors().add(police);
		police.setJurisdiction(belgium);

		BasicCommandStack stack = new BasicCommandStack();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, stack);
		Command move = SetCommand.create(domain, police, LawfulPackage.Literals.ACTOR__JURISDICTION, france);
		assertInstanceOf(SetCommand.class, move);
		assertTrue(move.canExecute());
		stack.execute(move);
		assertSame(france, police.getJurisdiction());
		assertSame(ecosystem, police.eContainer(), "the actor stays where it is contained");
		stack.undo();
		assertSame(belgium, police.getJurisdiction());
		stack.redo();
		assertSame(france, police.getJurisdiction());
	}

	@Test
	void generatedStringsResolveWithoutOsgi() {
		assertEquals("Jurisdiction", LawfulEditPlugin.INSTANCE.getString("_UI_Jurisdiction_type"));
		assertEquals("Timing", LawfulEditPlugin.INSTANCE.getString("_UI_TimingPropertyCategory"));
	}

	@Test
	void registryHandsOutTheLabelledFactoryInsideEclipse() {
		Assumptions.assumeTrue(EMFPlugin.IS_ECLIPSE_RUNNING, "the plugin.xml registry exists only inside OSGi");
		ComposedAdapterFactory composed = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		try {
			Jurisdiction belgium = jurisdiction("Belgium", "BE");
			IItemLabelProvider provider = (IItemLabelProvider) composed.adapt(belgium, IItemLabelProvider.class);
			assertEquals("Belgium (BE)", provider.getText(belgium));
		} finally {
			composed.dispose();
		}
	}

	private static List<EClass> concreteClasses() {
		return LawfulPackage.eINSTANCE.getEClassifiers().stream()
				.filter(EClass.class::isInstance).map(EClass.class::cast)
				.filter(c -> !c.isAbstract() && !c.isInterface()).toList();
	}

	private static Jurisdiction jurisdiction(String name, String code) {
		Jurisdiction jurisdiction = F.createJurisdiction();
		jurisdiction.setName(name);
		jurisdiction.setCode(code);
		return jurisdiction;
	}
}
