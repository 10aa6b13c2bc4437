package org.lawfulaccess.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.core.persistence.LoadProblem;
import org.lawfulaccess.core.persistence.ModelLoadException;
import org.lawfulaccess.core.persistence.ModelStore;

/** Damaged files give a message naming file, line, column and what is wrong; never a stack trace. */
class BrokenInputTest {

    @TempDir
    Path dir;

    private final ModelStore store = TestModel.store();

    @Test
    void truncatedFileNamesFileLineAndColumn() throws Exception {
        Path good = dir.resolve("good.lawful");
        Resource resource = store.newResourceSet().createResource(URI.createFileURI(good.toString()));
        TestModel.populate(resource, 50, "A");
        store.save(resource);
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = dir.resolve("truncated.lawful");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));

        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(truncated));
        LoadProblem problem = e.problems().get(0);
        assertEquals(LoadProblem.Kind.MALFORMED, problem.kind());
        assertTrue(problem.line() > 1 && problem.column() > 0, problem.toString());
        assertTrue(e.getMessage().startsWith(truncated + ":" + problem.line() + ":" + problem.column() + ": the file is not well-formed XML"),
                e.getMessage());
        assertReadable(e);
    }

    @Test
    void malformedFileNamesFileLineAndColumn() throws Exception {
        Path file = TestModel.write(dir.resolve("bad.lawful"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testeco:Ecosystem xmlns:xmi="http://www.omg.org/XMI" xmlns:testeco="https://example.org/ns/testeco/1" xmi:id="r">
                  <elements xmi:id="a" name="A">
                  </element>
                </testeco:Ecosystem>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(file));
        LoadProblem problem = e.problems().get(0);
        assertEquals(LoadProblem.Kind.MALFORMED, problem.kind());
        assertEquals(4, problem.line());
        assertTrue(problem.column() > 0);
        assertTrue(e.getMessage().startsWith(file + ":4:" + problem.column() + ": "), e.getMessage());
        assertReadable(e);
    }

    @Test
    void malformedBeforeTheModelRootIsReportedToo() throws Exception {
        Path file = TestModel.write(dir.resolve("garbage.lawful"), "<?xml version=\"1.0\"?>\n<<<not xml\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(file));
        assertEquals(LoadProblem.Kind.MALFORMED, e.problems().get(0).kind());
        assertEquals(2, e.problems().get(0).line());
        assertReadable(e);
    }

    @Test
    void danglingReferenceNamesElementFeatureAndMissingId() throws Exception {
        Path file = TestModel.write(dir.resolve("dangling.lawful"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testeco:Ecosystem xmlns:xmi="http://www.omg.org/XMI" xmlns:testeco="https://example.org/ns/testeco/1" xmi:id="r">
                  <elements xmi:id="a" name="Provider A" partner="gone-42"/>
                  <elements xmi:id="b" name="Provider B" related="a missing-7"/>
                </testeco:Ecosystem>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(file));
        assertEquals(2, e.problems().size(), e.getMessage());
        LoadProblem first = e.problems().get(0);
        assertEquals(LoadProblem.Kind.DANGLING_REFERENCE, first.kind());
        assertEquals(3, first.line());
        assertEquals("Element \"Provider A\" refers through \"partner\" to the id \"gone-42\", which no element in the file has.", first.message());
        assertEquals("Element \"Provider B\" refers through \"related\" to the id \"missing-7\", which no element in the file has.",
                e.problems().get(1).message());
        assertTrue(e.getMessage().contains(file + ":3:"), e.getMessage());
        assertReadable(e);
    }

    @Test
    void missingFileIsReportedPlainly() {
        Path file = dir.resolve("absent.lawful");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(file));
        assertEquals(file + ": the file does not exist.", e.getMessage());
    }

    @Test
    void notUtf8IsReportedWithPosition() throws Exception {
        Path file = dir.resolve("latin1.lawful");
        Files.write(file, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testeco:Ecosystem xmlns:testeco=\"https://example.org/ns/testeco/1\" name=\"Br"
                + "\u00fcssel\"/>\n").getBytes(StandardCharsets.ISO_8859_1));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(file));
        assertTrue(e.problems().get(0).hasPosition(), e.getMessage());
        assertReadable(e);
    }

    private static void assertReadable(ModelLoadException e) {
        String message = e.getMessage();
        assertFalse(message.contains("Exception"), message);
        assertFalse(message.contains("\tat "), message);
        assertFalse(message.contains("org.eclipse"), message);
    }
}
