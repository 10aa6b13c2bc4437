package org.lawfulaccess.core.tests.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.generate.EcosystemGenerator;
import org.lawfulaccess.core.generate.ElementCounts;
import org.lawfulaccess.core.generate.GeneratedEcosystem;
import org.lawfulaccess.core.generate.Mix;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.LawfulPackage;

/** Determinism, size, round trip and input checks of the generator; its content is checked in {@link GeneratedContentTest}. */
class EcosystemGeneratorTest {

    @TempDir
    Path dir;

    private final EcosystemGenerator generator = new EcosystemGenerator();
    private final ModelStore store = LawfulResources.newModelStore();

    @Test
    void sameSeedGivesEqualModelsAndIdenticalFiles() throws Exception {
        Path first = save("first.lawful", 3_000, 42);
        Path second = save("second.lawful", 3_000, 42);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "same seed, same bytes");
        assertTrue(EcoreUtil.equals(generator.generate(3_000, 42).ecosystem(), generator.generate(3_000, 42).ecosystem()));
    }

    @Test
    void differentSeedsGiveDifferentModels() throws Exception {
        assertFalse(EcoreUtil.equals(generator.generate(3_000, 1).ecosystem(), generator.generate(3_000, 2).ecosystem()));
        assertFalse(Arrays.equals(Files.readAllBytes(save("one.lawful", 3_000, 1)), Files.readAllBytes(save("two.lawful", 3_000, 2))));
    }

    @Test
    void sizeIsExactlyTheRequestedNumberOfElements() {
        for (int size : new int[] { generator.minimumElements(), 1_000, 1_001, 4_567, 25_000 }) {
            GeneratedEcosystem generated = generator.generate(size, size);
            assertEquals(size, generated.counts().total(), "counted by the generator");
            assertEquals(size, ElementCounts.of(generated.ecosystem()).total(), "counted again in the model");
        }
    }

    @Test
    void generatedModelLoadsBackEqualWithTheSameIds() throws Exception {
        Path file = dir.resolve("model.lawful");
        Resource saved = store.newResourceSet().createResource(URI.createFileURI(file.toString()));
        GeneratedEcosystem generated = generator.generateInto(saved, 5_000, 7);
        store.save(saved);
        byte[] bytes = Files.readAllBytes(file);

        Resource loaded = store.load(file);
        assertTrue(EcoreUtil.equals(generated.ecosystem(), store.root(loaded).orElseThrow()), "reloaded model differs");
        assertEquals(generated.counts(), ElementCounts.of(loaded));
        Iterator<EObject> before = saved.getAllContents();
        Iterator<EObject> after = loaded.getAllContents();
        while (before.hasNext()) {
            assertEquals(((XMLResource) saved).getID(before.next()), ((XMLResource) loaded).getID(after.next()));
        }
        assertFalse(after.hasNext());
        store.save(loaded);
        assertArrayEquals(bytes, Files.readAllBytes(file), "loading and saving again changes nothing");
    }

    @Test
    void idsAreUniqueAndShapedLikeEmfUuids() {
        Resource resource = store.newResourceSet().createResource(URI.createFileURI(dir.resolve("ids.lawful").toString()));
        generator.generateInto(resource, 2_000, 3);
        Set<String> ids = new HashSet<>();
        for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            String id = ((XMLResource) resource).getID(it.next());
            assertTrue(id != null && id.matches("_[A-Za-z0-9_-]{22}"), "not an EMF-style UUID: " + id);
            assertTrue(ids.add(id), "duplicate id " + id);
        }
        assertEquals(2_000, ids.size());
    }

    @Test
    void everyConcreteTypeOfTheMetamodelOccurs() {
        ElementCounts counts = generator.generate(10_000, 5).counts();
        for (EClass type : LawfulPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
                .filter(c -> !c.isAbstract() && !c.isInterface()).toList()) {
            assertTrue(counts.get(type.getName()) > 0, "no " + type.getName());
        }
    }

    @Test
    void mixIsProportionalToTheNumberOfJurisdictions() {
        for (int size : new int[] { 10_000, 40_000 }) {
            GeneratedEcosystem generated = generator.generate(size, 11);
            ElementCounts counts = generated.counts();
            int jurisdictions = counts.get("Jurisdiction");
            assertEquals(generated.jurisdictions(), jurisdictions);
            assertTrue(jurisdictions >= size / 120 && jurisdictions <= size / 80, "about one jurisdiction per 100 elements: " + jurisdictions);
            Mix mix = generator.mix();
            assertEquals(jurisdictions * mix.authoritiesPerJurisdiction(), counts.get("Authority"));
            assertEquals(jurisdictions * mix.operatorsPerJurisdiction(), counts.get("TelecomOperator"));
            assertEquals(jurisdictions * mix.criminalisationsPerJurisdiction(), counts.get("Criminalisation"));
            assertEquals(2 * jurisdictions * mix.scenarioPairsPerJurisdiction(), counts.get("Scenario"));
            assertEquals(Mix.OFFENCES, counts.get("Offence"));
            double citations = counts.get("Citation") / (double) size;
            assertTrue(citations > 0.4 && citations < 0.55, "citations are a little under half: " + citations);
            // The top-up is small: practices stay close to their planned number.
            int planned = jurisdictions * mix.practicesPerJurisdiction();
            assertTrue(counts.get("ProviderPractice") >= planned && counts.get("ProviderPractice") <= planned + 60);
        }
    }

    @Test
    void otherMixesScaleTheirTypes() {
        Mix lean = new Mix(4, 1, 10, 1, 3, 0, 2);
        GeneratedEcosystem generated = new EcosystemGenerator(lean).generate(8_000, 1);
        ElementCounts counts = generated.counts();
        assertEquals(8_000, counts.total());
        assertEquals(4 * generated.jurisdictions(), counts.get("Authority"));
        assertEquals(4 * generated.jurisdictions(), counts.get("Scenario"));
    }

    @Test
    void jurisdictionCodesAreUniqueAndIsoLike() {
        List<Jurisdiction> jurisdictions = generator.generate(100_000, 9).ecosystem().getJurisdictions();
        Set<String> codes = new HashSet<>();
        for (Jurisdiction jurisdiction : jurisdictions) {
            String code = jurisdiction.getCode();
            assertTrue(code.matches("[A-Z]{2,3}(-[0-9]+)?"), code);
            assertTrue(codes.add(code), "duplicate code " + code);
        }
        assertTrue(jurisdictions.size() > 676, "beyond the two-letter codes");
    }

    @Test
    void refusesSizesOutOfRangeAndResourcesWithContent() {
        assertThrows(IllegalArgumentException.class, () -> generator.generate(generator.minimumElements() - 1, 1));
        assertThrows(IllegalArgumentException.class, () -> generator.generate(EcosystemGenerator.MAX_ELEMENTS + 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Mix(3, 2, 4, 2, 6, 3, 1));
        Resource resource = store.newResourceSet().createResource(URI.createFileURI(dir.resolve("full.lawful").toString()));
        generator.generateInto(resource, 1_000, 1);
        assertThrows(IllegalArgumentException.class, () -> generator.generateInto(resource, 1_000, 1));
    }

    private Path save(String name, int size, long seed) throws Exception {
        Path file = dir.resolve(name);
        Resource resource = store.newResourceSet().createResource(URI.createFileURI(file.toString()));
        generator.generateInto(resource, size, seed);
        store.save(resource);
        return file;
    }
}
