package org.lawfulaccess.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.core.internal.persistence.LawfulResource;
import org.lawfulaccess.core.internal.persistence.LawfulResourceFactory;
import org.lawfulaccess.core.persistence.LoadProblem;
import org.lawfulaccess.core.persistence.ModelLoadException;
import org.lawfulaccess.core.persistence.ModelStore;

/**
 * Entity tricks and oversized files are refused before they can read other files or exhaust
 * memory, with a message that says why and never shows what an entity would have pulled in.
 */
class HostileInputTest {

    private static final String SECRET = "TOP-SECRET-MARKER-7f3a";

    @TempDir
    Path dir;

    private final ModelStore store = TestModel.store();

    @Test
    void externalEntityIsRefusedAndNeverRead() throws Exception {
        Path secret = TestModel.write(dir.resolve("secret.txt"), SECRET);
        Path file = TestModel.write(dir.resolve("xxe.lawful"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE testeco:Ecosystem [ <!ENTITY xxe SYSTEM "%s"> ]>
                <testeco:Ecosystem xmlns:xmi="http://www.omg.org/XMI" xmlns:testeco="https://example.org/ns/testeco/1" xmi:id="r" name="&xxe;"/>
                """.formatted(secret.toUri()));
        assertRefusedForDoctype(file);
    }

    @Test
    void externalEntityIsRefusedEvenWhenLoadedThroughPlainEmf() throws Exception {
        Path secret = TestModel.write(dir.resolve("secret.txt"), SECRET);
        Path file = TestModel.write(dir.resolve("xxe.lawful"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE x [ <!ENTITY xxe SYSTEM "%s"> ]>
                <testeco:Ecosystem xmlns:xmi="http://www.omg.org/XMI" xmlns:testeco="https://example.org/ns/testeco/1" xmi:id="r" name="&xxe;"/>
                """.formatted(secret.toUri()));
        ResourceSet set = TestModel.newResourceSet(new LawfulResourceFactory(TestModel.FORMAT));
        Resource resource = set.createResource(URI.createFileURI(file.toString()));
        IOException e = assertThrows(IOException.class, () -> resource.load(null));
        assertTrue(e instanceof ModelLoadException, "the editor path gets the same readable exception");
        assertFalse(e.getMessage().contains(SECRET));
        resource.getAllContents().forEachRemaining(o -> assertFalse(o.toString().contains(SECRET)));
    }

    @Test
    void billionLaughsIsRefusedAtOnce() throws Exception {
        StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String previous = i == 1 ? "lol" : "lol" + (i - 1);
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">\n");
        }
        Path file = TestModel.write(dir.resolve("laughs.lawful"), """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [
                %s]>
                <testeco:Ecosystem xmlns:testeco="https://example.org/ns/testeco/1" name="&lol9;"/>
                """.formatted(entities));
        assertRefusedForDoctype(file);
    }

    @Test
    void externalDtdIsRefused() throws Exception {
        Path dtd = TestModel.write(dir.resolve("evil.dtd"), "<!ENTITY % p SYSTEM \"" + SECRET + "\">");
        Path file = TestModel.write(dir.resolve("dtd.lawful"), """
                <?xml version="1.0"?>
                <!DOCTYPE testeco:Ecosystem SYSTEM "%s">
                <testeco:Ecosystem xmlns:testeco="https://example.org/ns/testeco/1" name="x"/>
                """.formatted(dtd.toUri()));
        assertRefusedForDoctype(file);
    }

    private void assertRefusedForDoctype(Path file) {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(file));
        assertEquals(LoadProblem.Kind.DOCTYPE_REFUSED, e.problems().get(0).kind());
        assertTrue(e.getMessage().startsWith(file.toString() + ":2:"), e.getMessage());
        assertTrue(e.getMessage().contains("document type declaration"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void oversizedFileIsRefusedBeforeParsingNamingBothSizes() throws Exception {
        Path file = TestModel.write(dir.resolve("big.lawful"),
                "<?xml version=\"1.0\"?>\n<testeco:Ecosystem xmlns:testeco=\"https://example.org/ns/testeco/1\" name=\"" + "x".repeat(5000) + "\"/>\n");
        long size = Files.size(file);
        ModelStore small = TestModel.storeBuilder().maxFileSize(4096).build();
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> small.load(file));
        assertEquals(LoadProblem.Kind.TOO_LARGE, e.problems().get(0).kind());
        assertEquals(file + ": the file is " + size + " bytes, larger than the limit of 4096 bytes. Raise the limit if the file is trustworthy.",
                e.getMessage());
        assertEquals(256L * 1024 * 1024, ModelStore.DEFAULT_MAX_FILE_SIZE);
    }

    @Test
    void oversizedStreamIsCutOff() {
        byte[] text = ("<?xml version=\"1.0\"?>\n<testeco:Ecosystem xmlns:testeco=\"https://example.org/ns/testeco/1\" name=\""
                + "x".repeat(5000) + "\"/>\n").getBytes(StandardCharsets.UTF_8);
        ResourceSet set = TestModel.newResourceSet(new LawfulResourceFactory(TestModel.FORMAT));
        Resource resource = set.createResource(URI.createURI("memory:/stream.lawful"));
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> resource.load(new ByteArrayInputStream(text), Map.of(LawfulResource.OPTION_MAX_INPUT_SIZE, 1000L)));
        assertEquals(LoadProblem.Kind.TOO_LARGE, e.problems().get(0).kind());
        assertTrue(e.getMessage().contains("memory:/stream.lawful") && e.getMessage().contains("1000 bytes"), e.getMessage());
    }
}
