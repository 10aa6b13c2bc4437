package org.lawfulaccess.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.core.persistence.FormatVersion;
import org.lawfulaccess.core.persistence.LoadProblem;
import org.lawfulaccess.core.persistence.ModelLoadException;
import org.lawfulaccess.core.persistence.ModelStore;

/** Older files are migrated before EMF reads them; files from a newer major are refused clearly. */
class MigrationTest {

    @TempDir
    Path dir;

    private final ModelStore store = TestModel.store();

    @Test
    void versionZeroFileIsMigratedLoadedAndSavedInCurrentFormat() throws Exception {
        Path file = TestModel.write(dir.resolve("old.lawful"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- written by a pre-release -->
                <testeco:Ecosystem xmlns:xmi="http://www.omg.org/XMI" xmlns:testeco="https://example.org/ns/testeco/0" xmi:version="2.0"
                    xmi:id="root" formatVersion="0" title="Old ecosystem">
                  <items xmi:id="a" title="Alpha" partner="b" note="a &lt; b"/>
                  <items xmi:id="b" title="Beta" related="a"/>
                </testeco:Ecosystem>
                """);
        Resource resource = store.load(file);
        EObject root = store.root(resource).orElseThrow();
        assertEquals("Old ecosystem", root.eGet(TestModel.NAME));
        assertEquals("1.0", root.eGet(TestModel.FORMAT_VERSION));
        @SuppressWarnings("unchecked")
        List<EObject> elements = (List<EObject>) root.eGet(TestModel.ELEMENTS);
        assertEquals(List.of("Alpha", "Beta"), elements.stream().map(e -> e.eGet(TestModel.ELEMENT_NAME)).toList());
        assertEquals(elements.get(1), elements.get(0).eGet(TestModel.PARTNER));
        assertEquals("a < b", elements.get(0).eGet(TestModel.NOTE));
        assertEquals("a", ((XMLResource) resource).getID(elements.get(0)), "ids survive the migration");

        store.save(resource);
        String saved = Files.readString(file);
        assertTrue(saved.contains("xmlns:testeco=\"https://example.org/ns/testeco/1\""), saved);
        assertFalse(saved.contains("title="), saved);
        assertTrue(Files.readString(ModelStore.backupOf(file)).contains("testeco/0"), "the old file is kept as backup");
    }

    @Test
    void fileOfANewerMajorVersionIsRefusedWithAClearMessage() throws Exception {
        Path file = TestModel.write(dir.resolve("future.lawful"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testeco:Ecosystem xmlns:testeco="https://example.org/ns/testeco/2" formatVersion="2.1" name="From the future"/>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(file));
        assertEquals(LoadProblem.Kind.UNSUPPORTED_FORMAT, e.problems().get(0).kind());
        assertEquals(file + ": the file's namespace \"https://example.org/ns/testeco/2\" is of format major version 2, which this release cannot read:"
                + " it reads format 1.0 and older (namespace \"https://example.org/ns/testeco/1\"). Open it with a newer release.",
                e.getMessage());
    }

    @Test
    void migrationPathChainsStepsAndAcceptsNewerMinorVersions() {
        assertEquals(1, TestModel.FORMAT.migrationPath(new FormatVersion(0, 0)).size());
        assertTrue(TestModel.FORMAT.migrationPath(new FormatVersion(1, 0)).isEmpty());
        assertTrue(TestModel.FORMAT.migrationPath(new FormatVersion(1, 3)).isEmpty());
        assertThrows(IllegalStateException.class, () -> TestModel.FORMAT.migrationPath(new FormatVersion(0, 5)));
    }
}
