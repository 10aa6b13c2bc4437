package org.lawfulaccess.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.persistence.ModelLoadException;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.model.Citation;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.model.Sourced;
import org.lawfulaccess.tests.support.Examples;

/**
 * The example models in {@code examples/} load cleanly through the public API, state their as-of
 * date, cite a source with a quote for every fact, and survive a save and reload unchanged.
 */
class ExamplesLoadTest {

    /** The examples the foundation issue asks for; further examples are checked too. */
    private static final List<String> REQUIRED = List.of(
            "belgium-2021-cross-border.lawful",
            "belgian-defence-2022-messaging.lawful",
            "france-2016-decryption.lawful",
            "statement-2020-e2e.lawful");

    @TempDir
    Path dir;

    private final ModelStore store = LawfulResources.newModelStore();

    @Test
    void requiredExamplesArePresent() throws IOException {
        List<String> present = exampleFiles().stream().map(p -> p.getFileName().toString()).toList();
        for (String name : REQUIRED) {
            assertTrue(present.contains(name), "missing example " + name + " in " + Examples.folder());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleLoadsCleanly() throws IOException {
        return exampleFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Resource resource = load(file);
            assertTrue(resource.getErrors().isEmpty(), () -> file + ": " + resource.getErrors());
            assertTrue(resource.getWarnings().isEmpty(), () -> file + ": " + resource.getWarnings());
            assertEquals(1, resource.getContents().size(), file + ": one root expected");
            Map<EObject, ?> unknown = ((XMLResource) resource).getEObjectToExtensionMap();
            assertTrue(unknown.isEmpty(), () -> file + ": content the metamodel does not know (a typo?) on " + unknown.keySet());
            assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(resource).isEmpty(), file + ": unresolved references");

            Ecosystem root = (Ecosystem) store.root(resource).orElseThrow(() -> new AssertionError(file + ": no Ecosystem root"));
            assertNotNull(root.getAsOf(), file + ": the example must state its as-of date");

            Diagnostic diagnostic = structuralDiagnostician().validate(root);
            assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, () -> file + ": " + messages(diagnostic));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyFactCitesASourceWithAQuote() throws IOException {
        return exampleFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Resource resource = load(file);
            List<String> problems = new ArrayList<>();
            int facts = 0;
            for (EObject element : iterable(resource)) {
                if (element instanceof Fact fact) {
                    facts++;
                    if (fact.getCitations().isEmpty()) {
                        problems.add("no citation: " + describe(resource, fact));
                    }
                    if (fact.getValidFrom() != null && fact.getValidTo() != null && !fact.getValidTo().isAfter(fact.getValidFrom())) {
                        problems.add("validTo not after validFrom: " + describe(resource, fact));
                    }
                }
                if (element instanceof Sourced sourced) {
                    for (Citation citation : sourced.getCitations()) {
                        checkCitation(resource, sourced, citation, problems);
                    }
                }
                if (element instanceof Source source) {
                    if (isBlank(source.getTitle()) || source.getDate() == null) {
                        problems.add("source without title or date: " + describe(resource, source));
                    }
                }
            }
            assertTrue(facts > 0, file + ": an example without facts");
            assertTrue(problems.isEmpty(), () -> file + ":\n  " + String.join("\n  ", problems));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleRoundTripsWithTheSameIds() throws IOException {
        return exampleFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Resource original = load(file);
            Resource copy = load(file);
            Path saved = dir.resolve(file.getFileName());
            store.saveAs(copy, saved);

            Resource reloaded = load(saved);
            EObject before = store.root(original).orElseThrow();
            EObject after = store.root(reloaded).orElseThrow();
            assertTrue(EcoreUtil.equals(before, after), file + ": reloaded model differs");
            List<EObject> beforeAll = all(original);
            List<EObject> afterAll = all(reloaded);
            assertEquals(beforeAll.size(), afterAll.size(), file + ": element count");
            for (int i = 0; i < beforeAll.size(); i++) {
                String id = ((XMLResource) original).getID(beforeAll.get(i));
                assertNotNull(id, file + ": element without xmi:id " + beforeAll.get(i));
                assertEquals(id, ((XMLResource) reloaded).getID(afterAll.get(i)), file + ": id changed");
            }
        }));
    }

    /**
     * Examples are kept in the exact form the tool writes, so that a load and save in the workbench
     * leaves them byte for byte unchanged and diffs of edits stay small. If this fails after a change
     * to the save options, re-save the examples with the tool.
     */
    @TestFactory
    Stream<DynamicTest> everyExampleIsInTheFormTheToolSaves() throws IOException {
        return exampleFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Resource copy = load(file);
            Path saved = dir.resolve("resaved-" + file.getFileName());
            store.saveAs(copy, saved);
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), Files.readString(saved, StandardCharsets.UTF_8),
                    file + " is not in the form the tool saves; load and save it with the tool");
        }));
    }

    private static void checkCitation(Resource resource, Sourced owner, Citation citation, List<String> problems) {
        Source source = citation.getSource();
        if (source == null || source.eIsProxy() || source.eResource() != resource) {
            problems.add("citation without a source in this file: " + describe(resource, owner));
        }
        if (isBlank(citation.getQuote())) {
            problems.add("citation without a quote: " + describe(resource, owner));
        }
        if (isBlank(citation.getLocator())) {
            problems.add("citation without a locator: " + describe(resource, owner));
        }
    }

    private Resource load(Path file) {
        try {
            return store.load(file);
        } catch (ModelLoadException e) {
            return fail(e.getMessage());
        }
    }

    /** Checks multiplicities, references and values only, whatever validators are registered globally. */
    private static Diagnostician structuralDiagnostician() {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(LawfulPackage.eINSTANCE, new EObjectValidator());
        return new Diagnostician(registry);
    }

    private static String messages(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic child : diagnostic.getChildren()) {
            text.append("\n  ").append(child.getMessage());
        }
        return text.toString();
    }

    private static String describe(Resource resource, EObject element) {
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        Object label = name == null ? null : element.eGet(name);
        return element.eClass().getName() + (label == null ? "" : " '" + label + "'") + " [" + ((XMLResource) resource).getID(element) + "]";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static Iterable<EObject> iterable(Resource resource) {
        return resource::getAllContents;
    }

    private static List<EObject> all(Resource resource) {
        List<EObject> all = new ArrayList<>();
        resource.getAllContents().forEachRemaining(all::add);
        return all;
    }

    private static List<Path> exampleFiles() {
        List<Path> files = Examples.models();
        assertFalse(files.isEmpty(), "no ." + LawfulResources.FILE_EXTENSION + " files in " + Examples.folder());
        return files;
    }
}
