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
}
