package org.lawfulaccess.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.core.persistence.ModelStore;

/**
 * Content written by a newer release or by an extension that is not installed survives a load and a
 * save of this release unchanged, and so do roots of other registered packages.
 */
class UnknownContentTest {

    static final String FILE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xmi:XMI xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:testeco="https://example.org/ns/testeco/1" \
            xmlns:testdiagram="https://example.org/ns/testdiagram/1" xmlns:ext="https://example.org/ns/extension/3">
              <testeco:Ecosystem xmi:id="root" formatVersion="1.4" name="Eco" futureRootAttribute="kept too">
                <elements xmi:id="e1" name="One" futureAttribute="from 1.4" partner="e2">
                  <futureChild xmi:id="f1" level="3">
                    <deeper kind="x">text &amp; more</deeper>
                  </futureChild>
                </elements>
                <elements xmi:id="e2" name="Two" related="e1"/>
              </testeco:Ecosystem>
              <testdiagram:Diagram xmi:id="d1" title="Overview"/>
              <ext:Annotation xmi:id="a1" target="e1" ext:weight="0.5">
                <comment author="someone">keep me</comment>
              </ext:Annotation>
            </xmi:XMI>
            """;

    @TempDir
    Path dir;

    private final ModelStore store = TestModel.store();

    @Test
    void unknownAttributesElementsAndRootsSurviveLoadAndSave() throws Exception {
        Path file = TestModel.write(dir.resolve("newer.lawful"), FILE);
        Resource resource = store.load(file);
        assertEquals(3, resource.getContents().size(), "model root, diagram root and foreign root are all kept");
        EObject root = store.root(resource).orElseThrow();
        root.eSet(TestModel.NAME, "Eco renamed");
        store.save(resource);

        String saved = Files.readString(file);
        for (String kept : new String[] {
                "futureRootAttribute=\"kept too\"",
                "futureAttribute=\"from 1.4\"",
                "<futureChild xmi:id=\"f1\" level=\"3\">",
                "<deeper kind=\"x\">text &amp; more</deeper>",
                "<testdiagram:Diagram xmi:id=\"d1\" title=\"Overview\"/>",
                "xmlns:ext=\"https://example.org/ns/extension/3\"",
                "<ext:Annotation xmi:id=\"a1\" target=\"e1\" ext:weight=\"0.5\">",
                "<comment author=\"someone\">keep me</comment>",
                "formatVersion=\"1.4\"",
                "name=\"Eco renamed\"" }) {
            assertTrue(saved.contains(kept), () -> "lost " + kept + " in\n" + saved);
        }

        // A second round must not drift either.
        store.save(store.load(file));
        assertEquals(saved, Files.readString(file));
    }

    @Test
    void referenceFromKnownToUnknownTypeIsReportedReadably() throws Exception {
        // Known limit: a known reference cannot point at an element of a type added by a newer release.
        Path file = TestModel.write(dir.resolve("newtype.lawful"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testeco:Ecosystem xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xmlns:testeco="https://example.org/ns/testeco/1" xmi:id="r" formatVersion="1.2">
                  <elements xsi:type="testeco:FutureElement" xmi:id="fe" name="Future"/>
                  <elements xmi:id="b" name="B" partner="fe"/>
                </testeco:Ecosystem>
                """);
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.lawfulaccess.core.persistence.ModelLoadException.class, () -> store.load(file));
        assertEquals(file + ":4: Element \"B\" refers through \"partner\" to FutureElement \"Future\" (id \"fe\"), whose type this release does not"
                + " know, but \"partner\" can only refer to elements of type Element. The file may have been written by a newer release.", e.getMessage());
    }

    @Test
    void elementOfUnknownTypeInKnownContainmentSurvives() throws Exception {
        Path file = TestModel.write(dir.resolve("newtype.lawful"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testeco:Ecosystem xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xmlns:testeco="https://example.org/ns/testeco/1" xmi:id="r" formatVersion="1.2">
                  <elements xmi:id="a" name="A"/>
                  <elements xsi:type="testeco:FutureElement" xmi:id="fe" name="Future" partner="a"/>
                </testeco:Ecosystem>
                """);
        Resource resource = store.load(file);
        store.save(resource);
        String saved = Files.readString(file);
        assertTrue(saved.contains("xsi:type=\"testeco:FutureElement\""), saved);
        assertTrue(saved.contains("name=\"Future\" partner=\"a\""), saved);
    }
}
