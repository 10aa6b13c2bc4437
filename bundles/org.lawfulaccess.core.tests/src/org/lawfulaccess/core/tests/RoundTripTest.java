package org.lawfulaccess.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.core.persistence.ModelStore;

/** Saving and loading gives back the same model with the same ids, in a stable, readable file. */
class RoundTripTest {

    @TempDir
    Path dir;

    private final ModelStore store = TestModel.store();

    @Test
    void reloadedModelEqualsSavedModelWithSameIds() throws Exception {
        Path file = dir.resolve("model.lawful");
        Resource saved = store.newResourceSet().createResource(URI.createFileURI(file.toString()));
        EObject root = TestModel.populate(saved, 200, "A");
        store.save(saved);

        Resource loaded = store.load(file);
        EObject reloaded = store.root(loaded).orElseThrow();
        assertTrue(EcoreUtil.equals(root, reloaded), "reloaded model differs");
        List<EObject> before = all(saved);
        List<EObject> after = all(loaded);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(((XMLResource) saved).getID(before.get(i)), ((XMLResource) loaded).getID(after.get(i)));
        }
        assertEquals("1.0", reloaded.eGet(TestModel.FORMAT_VERSION), "saving stamps the format version");
    }

    @Test
    void newElementsGetUuidsAndFileIsStableAndReadable() throws Exception {
        Path file = dir.resolve("fresh.lawful");
        Resource resource = store.newResourceSet().createResource(URI.createFileURI(file.toString()));
        EObject root = TestModel.PACKAGE.getEFactoryInstance().create(TestModel.ECOSYSTEM);
        resource.getContents().add(root);
        EObject element = TestModel.PACKAGE.getEFactoryInstance().create(TestModel.ELEMENT);
        element.eSet(TestModel.ELEMENT_NAME, "Belgien – ‘Zoll’");
        @SuppressWarnings("unchecked")
        List<EObject> elements = (List<EObject>) root.eGet(TestModel.ELEMENTS);
        elements.add(element);
        String id = ((XMLResource) resource).getID(element);
        assertNotNull(id);
        assertTrue(id.startsWith("_") && id.length() == 23, "EMF UUID expected, got " + id);
        store.save(resource);
        byte[] first = Files.readAllBytes(file);

        Resource loaded = store.load(file);
        store.save(loaded);
        assertArrayEquals(first, Files.readAllBytes(file), "load and save without change must not change a byte");

        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), text);
        assertTrue(text.contains("xmi:id=\"" + id + "\""), text);
        assertTrue(text.contains("Belgien – ‘Zoll’"), "UTF-8 text is written as it is: " + text);
        assertFalse(text.contains("schemaLocation"), text);
        assertFalse(text.contains("\r"), "line ends are \\n on every platform");
    }

    @Test
    void saveKeepsPreviousFileAsBackup() throws Exception {
        Path file = dir.resolve("backup.lawful");
        Resource resource = store.newResourceSet().createResource(URI.createFileURI(file.toString()));
        EObject root = TestModel.populate(resource, 3, "A");
        store.save(resource);
        byte[] first = Files.readAllBytes(file);
        root.eSet(TestModel.NAME, "changed");
        store.save(resource);
        assertArrayEquals(first, Files.readAllBytes(ModelStore.backupOf(file)));
        assertTrue(Files.readString(file).contains("changed"));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of("backup.lawful", "backup.lawful.bak"), listing.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left behind");
        }
    }

    private static List<EObject> all(Resource resource) {
        List<EObject> all = new java.util.ArrayList<>();
        resource.getAllContents().forEachRemaining(all::add);
        return all;
    }
}
