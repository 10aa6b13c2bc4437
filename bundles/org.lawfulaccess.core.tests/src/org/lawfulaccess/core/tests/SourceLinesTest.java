package org.lawfulaccess.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.core.persistence.SourceLines;

/** Loaded elements know the line their start tag begins on; others do not pretend to. */
class SourceLinesTest {

    /** Line numbers are part of the test: do not reflow. */
    static final String FILE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- a comment
                 over two lines -->

            <testeco:Ecosystem xmlns:xmi="http://www.omg.org/XMI" xmlns:testeco="https://example.org/ns/testeco/1" xmi:version="2.0"
                xmi:id="root" formatVersion="1.0" name="Lines">
              <elements xmi:id="a" name="Alpha"/><elements xmi:id="b" name="Beta"
                  note="two elements on one line"/>
              <!-- between -->
              <elements xmi:id="c"
                  name="Gamma" related="a
                  b"/>
              <elements xmi:id="d" name="Delta" note="a value with
            a line break"/>
              <!-- --><elements xmi:id="e" name="Epsilon"/>
            </testeco:Ecosystem>
            """;

    @TempDir
    Path dir;

    private final ModelStore store = TestModel.store();

    @Test
    void elementsHaveTheLineTheirStartTagBeginsOn() throws Exception {
        Resource resource = store.load(TestModel.write(dir.resolve("lines.lawful"), FILE));
        SourceLines lines = SourceLines.of(resource);

        assertEquals(OptionalInt.of(5), lines.lineOf(element(resource, "root")));
        assertEquals(OptionalInt.of(7), lines.lineOf(element(resource, "a")));
        assertEquals(OptionalInt.of(7), lines.lineOf(element(resource, "b")));
        assertEquals(OptionalInt.of(10), lines.lineOf(element(resource, "c")));
        assertEquals(OptionalInt.of(13), lines.lineOf(element(resource, "d")));
        assertEquals(OptionalInt.of(15), lines.lineOf(element(resource, "e")));
        assertEquals(OptionalInt.of(10), SourceLines.find(element(resource, "c")));
    }

    @Test
    void elementsInsideAnXmiWrapperHaveLinesToo() throws Exception {
        Resource resource = store.load(TestModel.write(dir.resolve("wrapped.lawful"), UnknownContentTest.FILE));
        SourceLines lines = SourceLines.of(resource);

        assertEquals(OptionalInt.of(3), lines.lineOf(element(resource, "root")));
        assertEquals(OptionalInt.of(4), lines.lineOf(element(resource, "e1")));
        assertEquals(OptionalInt.of(9), lines.lineOf(element(resource, "e2")));
        assertEquals(OptionalInt.of(11), lines.lineOf(element(resource, "d1")));
    }

    @Test
    void savedFilesWithWrappedTagsGetTheLineOfEachTagsStart() throws Exception {
        Path file = dir.resolve("saved.lawful");
        Resource created = store.newResourceSet().createResource(URI.createFileURI(file.toString()));
        TestModel.populate(created, 200, "a variant long enough to make the saved start tags wrap over several lines");
        store.save(created);
        String text = Files.readString(file);
        assertTrue(text.contains("\n      "), "the test needs tags over several lines");

        Resource loaded = store.load(file);
        SourceLines lines = SourceLines.of(loaded);
        for (String id : List.of("root", "e-0", "e-1", "e-99", "e-199")) {
            assertEquals(OptionalInt.of(lineOfTag(text, id)), lines.lineOf(element(loaded, id)), id);
        }
    }

    @Test
    void elementsCreatedAfterTheLoadAndForeignResourcesHaveNoLine() throws Exception {
        Resource resource = store.load(TestModel.write(dir.resolve("lines.lawful"), FILE));
        EObject root = store.root(resource).orElseThrow();
        EObject added = TestModel.PACKAGE.getEFactoryInstance().create(TestModel.ELEMENT);
        elements(root).add(added);
        EObject removed = element(resource, "e");
        elements(root).remove(removed);

        Resource plain = new XMIResourceImpl(URI.createURI("memory:/plain.xmi"));
        EObject elsewhere = TestModel.PACKAGE.getEFactoryInstance().create(TestModel.ELEMENT);
        plain.getContents().add(elsewhere);

        assertEquals(OptionalInt.empty(), SourceLines.of(resource).lineOf(added));
        assertEquals(OptionalInt.empty(), SourceLines.of(resource).lineOf(removed), "no longer in the resource");
        assertEquals(OptionalInt.empty(), SourceLines.of(plain).lineOf(elsewhere));
        assertEquals(OptionalInt.empty(), SourceLines.of(null).lineOf(root));
        assertEquals(OptionalInt.empty(), SourceLines.find(null));
        assertEquals(OptionalInt.of(5), SourceLines.of(resource).lineOf(root), "edits leave the lines of the rest alone");

        resource.unload();
        assertEquals(OptionalInt.empty(), SourceLines.of(resource).lineOf(root));
    }

    /**
     * A migration rewrites the text before it is parsed (tags over several lines become one line),
     * so lines from the parser would be lines of that text, not of the file: there are none.
     */
    @Test
    void migratedFilesHaveNoLines() throws Exception {
        Resource resource = store.load(TestModel.write(dir.resolve("old.lawful"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testeco:Ecosystem xmlns:xmi="http://www.omg.org/XMI" xmlns:testeco="https://example.org/ns/testeco/0" xmi:version="2.0"
                    xmi:id="root" formatVersion="0" title="Old ecosystem">
                  <items xmi:id="a" title="Alpha"/>
                </testeco:Ecosystem>
                """));

        assertEquals("Alpha", element(resource, "a").eGet(TestModel.ELEMENT_NAME), "the migration ran");
        assertEquals(OptionalInt.empty(), SourceLines.of(resource).lineOf(element(resource, "a")));
        assertEquals(OptionalInt.empty(), SourceLines.of(resource).lineOf(element(resource, "root")));
    }

    private static EObject element(Resource resource, String id) {
        EObject element = ((XMLResource) resource).getEObject(id);
        if (element == null) {
            throw new AssertionError("no element " + id);
        }
        return element;
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> elements(EObject root) {
        return (List<EObject>) root.eGet(TestModel.ELEMENTS);
    }

    /** @return the line of the {@code <} that opens the tag carrying the id */
    private static int lineOfTag(String text, String id) {
        int at = text.indexOf("xmi:id=\"" + id + "\"");
        int open = text.lastIndexOf('<', at);
        return 1 + (int) text.substring(0, open).chars().filter(c -> c == '\n').count();
    }
}
