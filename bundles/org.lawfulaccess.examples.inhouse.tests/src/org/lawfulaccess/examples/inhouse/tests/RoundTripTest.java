package org.lawfulaccess.examples.inhouse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.examples.inhouse.model.ExtractionMethod;
import org.lawfulaccess.examples.inhouse.model.InhousePackage;
import org.lawfulaccess.examples.inhouse.model.ToolingCapability;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.Ecosystem;

/** A model holding the in-house concept in {@code Ecosystem.facts} saves and loads with type and values intact. */
class RoundTripTest {

    @Test
    void theInhousePackageIsRegisteredUnderItsNamespace() {
        assertSame(InhousePackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(InhousePackage.eNS_URI));
    }

    @Test
    void aToolingCapabilityRoundTripsThroughTheModelStore(@TempDir Path dir) throws Exception {
        ModelStore store = LawfulResources.newModelStore();
        Path file = dir.resolve("inhouse.lawful");
        Resource resource = store.newResourceSet().createResource(URI.createFileURI(file.toString()));
        CapabilityModel model = new CapabilityModel(resource);
        model.capability.setValidTo(LocalDate.of(2021, 1, 1));
        String capabilityId = ((XMLResource) resource).getID(model.capability);
        store.saveAs(resource, file);

        String text = Files.readString(file);
        assertTrue(text.contains("xmlns:inhouse=\"" + InhousePackage.eNS_URI + "\""), text);
        assertTrue(text.contains("inhouse:ToolingCapability"), text);

        Resource loaded = store.load(file);
        Ecosystem ecosystem = (Ecosystem) store.root(loaded).orElseThrow();
        ToolingCapability capability = assertInstanceOf(ToolingCapability.class, ecosystem.getFacts().get(0));
        assertEquals(capabilityId, ((XMLResource) loaded).getID(capability));
        assertEquals("Tool A", capability.getTool());
        assertEquals(ExtractionMethod.DEVICE_EXTRACTION, capability.getMethod());
        assertEquals(List.of(DataCategory.CONTENT, DataCategory.TRAFFIC), capability.getDataCategories());
        assertEquals(LocalDate.of(2019, 1, 1), capability.getValidFrom());
        assertEquals(LocalDate.of(2021, 1, 1), capability.getValidTo());
        assertEquals("Authority A", capability.getHolder().getName());
        assertSame(ecosystem.getActors().get(0), capability.getHolder());
        assertEquals(List.of("Service E", "Service T"), capability.getServices().stream().map(s -> s.getName()).toList());
        assertSame(ecosystem.getServices().get(0), capability.getServices().get(0));
        assertEquals("clause 4", capability.getCitations().get(0).getLocator());
        assertSame(ecosystem.getSources().get(0), capability.getCitations().get(0).getSource());

        // Saving the loaded model again gives the same file: nothing of the concept was lost or added.
        Path again = dir.resolve("again.lawful");
        store.saveAs(loaded, again);
        assertEquals(text, Files.readString(again));
    }
}
