package org.lawfulaccess.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.core.persistence.LoadProblem;
import org.lawfulaccess.core.persistence.ModelLoadException;
import org.lawfulaccess.core.persistence.ModelStore;

/**
 * What is not a model file of the format is refused when loading, so that no caller works on an
 * empty model as if it were the user's; and the messages say what was found.
 */
class RefusedInputTest {

    @TempDir
    Path dir;

    private final ModelStore store = TestModel.store();

    @Test
    void rootInAnotherNamespaceIsNotAModel() throws Exception {
        for (String namespace : new String[] { "https://example.org/ns/testeco/1.1", "https://example.org/ns/testeco/",
                "https://example.org/ns/testeco/01", "http://example.org/ns/testeco/1", "https://example.org/ns/testeco/1/", "urn:something:else" }) {
            assertRefused(namespace);
        }
    }

    private void assertRefused(String namespace) throws Exception {
        Path file = TestModel.write(dir.resolve("other.lawful"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testeco:Ecosystem xmlns:xmi="http://www.omg.org/XMI" xmlns:testeco="%s" formatVersion="1.0" name="Eco">
                  <elements name="A"/>
                </testeco:Ecosystem>
                """.formatted(namespace));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(file));
        assertEquals(LoadProblem.Kind.NOT_A_MODEL, e.problems().get(0).kind(), namespace);
        assertEquals(file + ": not a lawful-access ecosystem model: its root element is \"Ecosystem\" in namespace \"" + namespace
                        + "\", while this release reads the root element \"Ecosystem\" in namespace \"" + TestModel.NS_URI + "\".", e.getMessage());
    }

    @Test
    void foreignDocumentsAreNotModels() throws Exception {
        Path pom = TestModel.write(dir.resolve("pom.lawful"), """
                <?xml version="1.0"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion></project>
                """);
        Path plain = TestModel.write(dir.resolve("plain.lawful"), "<Ecosystem name=\"no namespace\"/>\n");
        Path wrongRoot = TestModel.write(dir.resolve("element.lawful"), """
                <testeco:Element xmlns:testeco="https://example.org/ns/testeco/1" name="A"/>
                """);
        Path onlyDiagram = TestModel.write(dir.resolve("diagram.lawful"), """
                <xmi:XMI xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:testdiagram="https://example.org/ns/testdiagram/1">
                  <testdiagram:Diagram title="Overview"/>
                </xmi:XMI>
                """);
        assertNotAModel(pom, "its root element is \"project\" in namespace \"http://maven.apache.org/POM/4.0.0\"");
        assertNotAModel(plain, "its root element \"Ecosystem\" has no namespace");
        assertNotAModel(wrongRoot, "its root element is \"Element\" in namespace \"" + TestModel.NS_URI + "\"");
        assertNotAModel(onlyDiagram, "its root element is \"Diagram\" in namespace \"" + TestModel.OTHER_NS_URI + "\"");
    }

    private void assertNotAModel(Path file, String found) {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(file));
        assertEquals(LoadProblem.Kind.NOT_A_MODEL, e.problems().get(0).kind(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ": not a lawful-access ecosystem model: " + found + ", while this release reads"), e.getMessage());
    }

    @Test
    void theNamespaceNotTheVersionAttributeDecidesTheMigration() throws Exception {
        Path file = TestModel.write(dir.resolve("draft.lawful"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testeco:Ecosystem xmlns:testeco="https://example.org/ns/testeco/0" formatVersion="1.0" title="Draft">
                  <items title="Alpha"/>
                </testeco:Ecosystem>
                """);
        Resource resource = store.load(file);
        EObject root = store.root(resource).orElseThrow();
        assertEquals("Draft", root.eGet(TestModel.NAME));
        assertEquals(1, ((List<?>) root.eGet(TestModel.ELEMENTS)).size());
    }

    @Test
    void newerNamespaceIsNamedWhateverVersionTheFileDeclares() throws Exception {
        Path file = TestModel.write(dir.resolve("future.lawful"), """
                <testeco:Ecosystem xmlns:testeco="https://example.org/ns/testeco/2" formatVersion="1.0" name="Future"/>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(file));
        assertEquals(LoadProblem.Kind.UNSUPPORTED_FORMAT, e.problems().get(0).kind());
        assertEquals(file + ": the file's namespace \"https://example.org/ns/testeco/2\" is of format major version 2, which this release cannot read:"
                + " it reads format 1.0 and older (namespace \"https://example.org/ns/testeco/1\"). Open it with a newer release.", e.getMessage());
    }

    @Test
    void directoryIsCalledADirectory() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.lawful"));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(folder));
        assertEquals(folder + ": this is a directory, not a model file.", e.getMessage());
    }

    @Test
    void fifoIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = dir.resolve("pipe.lawful");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            mkfifo = null;
        }
        if (mkfifo == null || mkfifo.waitFor() != 0) {
            return; // No FIFOs on this system (Windows), so nothing can block.
        }
        // Opening the pipe would wait for a writer forever: the test would hang, not fail.
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(fifo));
        assertTrue(e.getMessage().startsWith(fifo + ": this is not a regular file"), e.getMessage());
        Resource direct = store.newResourceSet().createResource(org.eclipse.emf.common.util.URI.createFileURI(fifo.toString()));
        assertThrows(ModelLoadException.class, () -> direct.load(null));
    }

    @Test
    void overlongValuesAreRefusedWithFileAndLine() throws Exception {
        String huge = "x".repeat((1 << 20) + 1);
        Path attribute = TestModel.write(dir.resolve("attribute.lawful"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testeco:Ecosystem xmlns:testeco="https://example.org/ns/testeco/1" name="Eco">

                  <elements name="%s"/>
                </testeco:Ecosystem>
                """.formatted(huge));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(attribute));
        assertEquals(LoadProblem.Kind.TOO_LARGE, e.problems().get(0).kind());
        assertEquals(attribute + ":4: the value of \"name\" is 1048577 characters long, more than the limit of 1048576 characters per value.",
                e.getMessage());

        Path text = TestModel.write(dir.resolve("text.lawful"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testeco:Ecosystem xmlns:testeco="https://example.org/ns/testeco/1" name="Eco">
                  <elements><name>%s</name></elements>
                </testeco:Ecosystem>
                """.formatted(huge));
        ModelLoadException t = assertThrows(ModelLoadException.class, () -> store.load(text));
        assertEquals(LoadProblem.Kind.TOO_LARGE, t.problems().get(0).kind());
        assertTrue(t.getMessage().startsWith(text + ":3: the text of element \"name\" is more than 1048576 characters long"), t.getMessage());
    }

    @Test
    void longValuesAreCutInMessages() throws Exception {
        String id = "y".repeat(5000);
        Path file = TestModel.write(dir.resolve("dangling.lawful"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testeco:Ecosystem xmlns:xmi="http://www.omg.org/XMI" xmlns:testeco="https://example.org/ns/testeco/1" xmi:id="r">
                  <elements xmi:id="a" name="A" partner="%s"/>
                </testeco:Ecosystem>
                """.formatted(id));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(file));
        assertTrue(e.getMessage().contains("to the id \"" + "y".repeat(80) + "\u2026 (5000 characters)\""), e.getMessage());
        assertTrue(e.getMessage().length() < 400, e.getMessage());
    }
}
