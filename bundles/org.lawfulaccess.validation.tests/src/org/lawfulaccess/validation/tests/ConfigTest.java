package org.lawfulaccess.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.ConfigException;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.Severity;
import org.lawfulaccess.validation.Suppression;
import org.lawfulaccess.validation.SuppressionFile;
import org.lawfulaccess.validation.ValidationConfig;

class ConfigTest {

    private static ValidationConfig parse(String text) throws Exception {
        return ValidationConfig.parse("checks.properties", new StringReader(text));
    }

    @Test
    void readsEveryKindOfEntry() throws Exception {
        ValidationConfig config = parse("""
                # comment
                category.protection.enabled = false
                LA-TIME-01.marginDays = 30
                LA-COOP-02.severity: error
                suppress.abc.justification = accepted
                suppress.abc.author = Reviewer A
                suppress.abc.date = 2026-03-01
                """);
        assertEquals("30", config.parameters("LA-TIME-01").get("marginDays"));
        assertEquals(Severity.ERROR, config.severity("LA-COOP-02").orElseThrow());
        assertEquals(LocalDate.of(2026, 3, 1), config.suppression("abc").orElseThrow().date());
        RuleDescriptor encryption = RuleDescriptor.builder("LA-ENC-01", "t", Category.ENCRYPTION)
                .targets(org.lawfulaccess.model.LawfulPackage.Literals.SERVICE).build();
        assertTrue(!config.isEnabled(encryption));
    }

    @Test
    void reportsEveryProblemWithFileAndLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> parse("""
                LA-TIME-01.severity = fatal
                no separator here
                category.weather.enabled = true
                LA-TIME-01.enabled = maybe
                suppress.abc.author = someone
                """));
        String message = e.getMessage();
        assertTrue(message.contains("checks.properties:1: \"fatal\""), message);
        assertTrue(message.contains("checks.properties:2:"), message);
        assertTrue(message.contains("checks.properties:3: unknown category \"weather\""), message);
        assertTrue(message.contains("checks.properties:4:"), message);
        assertTrue(message.contains("checks.properties:5: the suppression of abc needs"), message);
    }

    @Test
    void readsAFileAndMergesASideFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("checks.properties");
        Files.writeString(file, "LA-TIME-01.marginDays = 30\n");
        Path side = dir.resolve("model.lawful.suppressions");
        Files.writeString(side, "suppress.f1.justification = j\nsuppress.f1.author = a\nsuppress.f1.date = 2026-01-01\n");
        ValidationConfig merged = ValidationConfig.read(file).merge(ValidationConfig.read(side));
        assertEquals("30", merged.parameters("LA-TIME-01").get("marginDays"));
        assertTrue(merged.suppression("f1").isPresent());
        ConfigException missing = assertThrows(ConfigException.class, () -> ValidationConfig.read(dir.resolve("none.properties")));
        assertTrue(missing.getMessage().contains("none.properties"));
    }

    @Test
    void writesWhatItReads() throws Exception {
        ValidationConfig config = parse("""
                LA-TIME-01.marginDays = 30
                LA-COOP-02.severity = error
                LA-ENC-03.enabled = true
                category.protection.enabled = false
                suppress.abc.justification = accepted
                suppress.abc.author = Reviewer A
                suppress.abc.date = 2026-03-01
                """);
        String text = config.format();
        assertEquals("""
                category.protection.enabled = false
                LA-COOP-02.severity = error
                LA-ENC-03.enabled = true
                LA-TIME-01.marginDays = 30
                suppress.abc.justification = accepted
                suppress.abc.author = Reviewer A
                suppress.abc.date = 2026-03-01
                """, text);
        assertEquals(text, parse(text).format());
    }

    @Test
    void waivingRewritesOnlyThatFindingsLines(@TempDir Path folder) throws Exception {
        Path model = folder.resolve("m.lawful");
        Path side = SuppressionFile.of(model);
        assertEquals(folder.resolve("m.lawful.suppressions"), side);
        assertEquals(ValidationConfig.DEFAULTS.suppressions(), SuppressionFile.read(model).suppressions());
        Files.writeString(side, "# reviewed by the legal team\nsuppress.old.justification = kept\nsuppress.old.author = A\nsuppress.old.date = 2026-01-01\n");
        SuppressionFile.waive(model, new Suppression("new", "first line\nsecond line", "B", LocalDate.of(2026, 2, 1)));
        SuppressionFile.waive(model, new Suppression("new", "accepted, see memo 12", "B", LocalDate.of(2026, 2, 2)));
        ValidationConfig read = SuppressionFile.read(model);
        assertEquals("accepted, see memo 12", read.suppression("new").orElseThrow().justification());
        assertEquals("kept", read.suppression("old").orElseThrow().justification());
        assertTrue(Files.readString(side).startsWith("# reviewed by the legal team\n"));
        SuppressionFile.waive(model, new Suppression("x", "first line\r\n  second line", "B", LocalDate.of(2026, 2, 2)));
        assertEquals("first line second line", SuppressionFile.read(model).suppression("x").orElseThrow().justification());
        SuppressionFile.unwaive(model, "new");
        SuppressionFile.unwaive(model, "x");
        assertEquals(java.util.Set.of("old"), SuppressionFile.read(model).suppressions().keySet());
        assertTrue(Files.readString(side).startsWith("# reviewed by the legal team\n"));
    }
}
