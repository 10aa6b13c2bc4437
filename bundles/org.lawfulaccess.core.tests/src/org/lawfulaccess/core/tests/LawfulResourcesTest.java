package org.lawfulaccess.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.internal.persistence.LawfulResource;
import org.lawfulaccess.core.persistence.LoadProblem;
import org.lawfulaccess.core.persistence.ModelLoadException;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Provider;

/** The plain-Java entry point wires the real metamodel: files load, save and migrate without OSGi. */
class LawfulResourcesTest {

    @TempDir
    Path dir;

    private final ModelStore store = LawfulResources.newModelStore();

    @Test
    void resourceSetKnowsTheExtensionAndThePackage() {
        var set = LawfulResources.newResourceSet();
        assertSame(LawfulPackage.eINSTANCE, set.getPackageRegistry().getEPackage(LawfulPackage.eNS_URI));
        assertTrue(set.createResource(URI.createFileURI(dir.resolve("x.lawful").toString())) instanceof LawfulResource);
        assertEquals(2, LawfulResources.format().currentVersion().major());
    }

    @Test
    void realModelRoundTrips() throws Exception {
        Path file = dir.resolve("eco.lawful");
        Resource resource = store.newResourceSet().createResource(URI.createFileURI(file.toString()));
        Ecosystem eco = LawfulFactory.eINSTANCE.createEcosystem();
        eco.setName("Belgium 2021");
        eco.setAsOf(LocalDate.of(2021, 3, 15));
        Jurisdiction belgium = LawfulFactory.eINSTANCE.createJurisdiction();
        belgium.setName("Belgium");
        belgium.setCode("BE");
        eco.getJurisdictions().add(belgium);
        Provider provider = LawfulFactory.eINSTANCE.createProvider();
        provider.setName("Example Messaging Ltd");
        provider.setJurisdiction(belgium);
        eco.getActors().add(provider);
        resource.getContents().add(eco);
        store.save(resource);

        String text = Files.readString(file);
        assertTrue(text.contains("xmlns:lawful=\"https://lawfulaccess.org/ns/ecosystem/2\""), text);
        assertTrue(text.contains("formatVersion=\"2\""), "the version is stamped: " + text);

        Ecosystem loaded = (Ecosystem) store.root(store.load(file)).orElseThrow();
        assertTrue(EcoreUtil.equals(eco, loaded));
        assertEquals(2, loaded.getFormatVersion());
    }

    @Test
    void draftNamespaceFileIsMigrated() throws Exception {
        Path file = TestModel.write(dir.resolve("draft.lawful"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <lawful:Ecosystem xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:lawful="https://lawfulaccess.org/ns/ecosystem/0"
                    xmi:id="r" name="Draft">
                  <jurisdictions xmi:id="be" name="Belgium" code="BE"/>
                </lawful:Ecosystem>
                """);
        Ecosystem eco = (Ecosystem) store.root(store.load(file)).orElseThrow();
        assertEquals("Draft", eco.getName());
        assertEquals("BE", eco.getJurisdictions().get(0).getCode());
        assertEquals(2, eco.getFormatVersion());
    }

    @Test
    void danglingReferenceNamesTheRealType() throws Exception {
        Path file = TestModel.write(dir.resolve("dangling.lawful"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <lawful:Ecosystem xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:lawful="https://lawfulaccess.org/ns/ecosystem/2" xmi:id="r" formatVersion="2" name="Eco">
                  <actors xsi:type="lawful:Provider" xmi:id="p" name="Example Messaging Ltd" jurisdiction="no-such-id"/>
                </lawful:Ecosystem>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(file));
        assertEquals(LoadProblem.Kind.DANGLING_REFERENCE, e.problems().get(0).kind());
        assertEquals(file + ":4:" + e.problems().get(0).column()
                + ": Provider \"Example Messaging Ltd\" refers through \"jurisdiction\" to the id \"no-such-id\", which no element in the file has.",
                e.getMessage());
    }
}
