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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.core.persistence.DuplicateIds;
import org.lawfulaccess.core.persistence.LoadProblem;
import org.lawfulaccess.core.persistence.ModelLoadException;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.core.persistence.SourceLines;

/**
 * Nothing a file says is lost without a word: content this release does not know is kept and
 * named in the load's warnings, ids given twice are recorded, and what cannot be kept is refused
 * with file, line and a plain sentence.
 */
class KeptContentTest {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testeco:Ecosystem xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xmlns:testeco="https://example.org/ns/testeco/1" xmi:id="r" name="Eco">
            """;

    @TempDir
    Path dir;

    private final ModelStore store = TestModel.store();

    private Path write(String body) throws Exception {
        return TestModel.write(dir.resolve("model.lawful"), HEAD + body + "</testeco:Ecosystem>\n");
    }

    @Test
    void anElementOfAnUnknownTypeIsKeptAndNamedWithItsLine() throws Exception {
        Path file = write("""
                  <elements xmi:id="a" name="A"/>
                  <elements xsi:type="testeco:Elemnt" xmi:id="b" name="B" partner="a"/>
                """);
        Resource resource = store.load(file);
        List<LoadProblem> warnings = ModelStore.warnings(resource);
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(LoadProblem.Kind.UNKNOWN_CONTENT, warnings.get(0).kind());
        assertEquals(file + ":5: Ecosystem \"Eco\" holds in \"elements\" an element of type \"testeco:Elemnt\", which this release does not know:"
                + " it is kept as it is and saved again, but not analysed.", warnings.get(0).describe());
        store.save(resource);
        assertTrue(Files.readString(file).contains("xsi:type=\"testeco:Elemnt\""));
    }

    @Test
    void unknownElementsAttributesAndRootsAreKeptAndNamed() throws Exception {
        Path file = TestModel.write(dir.resolve("newer.lawful"), UnknownContentTest.FILE);
        List<String> messages = ModelStore.warnings(store.load(file)).stream().map(LoadProblem::describe).toList();
        assertEquals(List.of(
                file + ":3: Ecosystem \"Eco\" has an attribute \"futureRootAttribute\", which this release does not know: it is kept as it is and saved again, but not analysed.",
                file + ":4: Element \"One\" has an attribute \"futureAttribute\", which this release does not know: it is kept as it is and saved again, but not analysed.",
                file + ":5: Element \"One\" has an element \"futureChild\", which this release does not know: it is kept as it is and saved again, but not analysed.",
                file + ":12: the file has a root element \"Annotation\" of namespace \"https://example.org/ns/extension/3\", which is not installed: it is kept as it is and saved again, but not analysed."),
                messages);
    }

    @Test
    void manyUnknownThingsAreCounted() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            body.append("  <elements name=\"E").append(i).append("\" future=\"x\"/>\n");
        }
        List<LoadProblem> warnings = ModelStore.warnings(store.load(write(body.toString())));
        assertEquals(21, warnings.size());
        assertEquals("... and 10 more elements or attributes this release does not know, kept as they are but not analysed.",
                warnings.get(20).message());
    }

    @Test
    void idsGivenTwiceAreRecordedWithTheirLines() throws Exception {
        Path file = write("""
                  <elements xmi:id="a" name="A"/>
                  <elements xmi:id="b" name="B"/>
                  <elements xmi:id="a" name="C"/>
                """);
        Resource resource = store.load(file);
        EObject root = store.root(resource).orElseThrow();
        List<?> elements = (List<?>) root.eGet(TestModel.ELEMENTS);
        EObject first = (EObject) elements.get(0);
        EObject third = (EObject) elements.get(2);
        assertEquals(List.of(first, third), DuplicateIds.sharing(first));
        assertEquals(List.of(first, third), DuplicateIds.sharing(third));
        assertEquals(List.of(), DuplicateIds.sharing((EObject) elements.get(1)));
        assertEquals(List.of(4, 6), DuplicateIds.sharing(first).stream().map(e -> SourceLines.find(e).getAsInt()).toList());

        // Deleting one of the two leaves a unique id.
        org.eclipse.emf.ecore.util.EcoreUtil.delete(third);
        assertEquals(List.of(), DuplicateIds.sharing(first));
    }

    @Test
    void aReferenceValueWithAColonIsRefusedLikeAMissingId() throws Exception {
        Path file = write("""
                  <elements xmi:id="a" name="A" partner="x:y"/>
                  <elements xmi:id="b" name="B" related="a testeco:Element"/>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(file));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertEquals(4, e.problems().get(0).line());
        assertEquals(LoadProblem.Kind.DANGLING_REFERENCE, e.problems().get(0).kind());
        assertEquals("Element \"A\" refers through \"partner\" to the id \"x:y\", which no element in the file has.", e.problems().get(0).message());
        assertEquals("Element \"B\" refers through \"related\" to the id \"a testeco:Element\", which no element in the file has.",
                e.problems().get(1).message());
        assertReadable(e);
    }

    @Test
    void aTypedReferenceToAnotherFileStillLoads() throws Exception {
        Path file = write("""
                  <elements xmi:id="a" name="A" partner="testeco:Element other.lawful#b"/>
                """);
        EObject root = store.root(store.load(file)).orElseThrow();
        EObject a = (EObject) ((List<?>) root.eGet(TestModel.ELEMENTS)).get(0);
        assertTrue(((EObject) a.eGet(TestModel.PARTNER, false)).eIsProxy());
    }

    @Test
    void aReferenceToAnElementOfTheWrongTypeNamesLineAndTypes() throws Exception {
        Path file = write("""
                  <elements xmi:id="a" name="A"/>
                  <elements xmi:id="b" name="B"
                      partner="r"/>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(file));
        assertEquals(file + ":5: Element \"B\" refers through \"partner\" to Ecosystem \"Eco\" (id \"r\"), but \"partner\" can only refer to elements"
                + " of type Element.", e.getMessage());
        assertReadable(e);
    }

    @Test
    void anElementInsideAValueIsRefusedPlainly() throws Exception {
        Path file = write("""
                  <elements xmi:id="a"><name>A<bogus/></name></elements>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(file));
        assertTrue(e.getMessage().startsWith(file + ":4:"), e.getMessage());
        assertTrue(e.getMessage().endsWith("the element \"bogus\" stands inside a value, which holds text only, so it can be neither read nor kept."),
                e.getMessage());
        assertReadable(e);
    }

    @Test
    void aTypeWithAnUndeclaredPrefixIsRefusedPlainly() throws Exception {
        Path file = write("""
                  <elements xsi:type="zz:Element" xmi:id="a"/>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(file));
        assertTrue(e.getMessage().startsWith(file + ":4:"), e.getMessage());
        assertTrue(e.getMessage().contains("the type \"Element\" of this element cannot be read"), e.getMessage());
        assertReadable(e);
    }

    private static void assertReadable(ModelLoadException e) {
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertFalse(e.getMessage().contains("file:/"), e.getMessage());
    }
}
