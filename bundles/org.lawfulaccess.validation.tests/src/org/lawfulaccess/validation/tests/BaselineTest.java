package org.lawfulaccess.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.validation.Baseline;
import org.lawfulaccess.validation.ConfigException;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.ValidationConfig;
import org.lawfulaccess.validation.ValidationResult;
import org.lawfulaccess.validation.Validator;

class BaselineTest {

    @Test
    void readsJsonReportsAndSarifLogs(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("old.json");
        Files.writeString(json, "{\"findings\": [{\"fingerprint\": \"a1\"}, {\"fingerprint\": \"b2\"}]}");
        assertEquals(Set.of("a1", "b2"), Baseline.read(json).fingerprints());
        Path sarif = dir.resolve("old.sarif");
        Files.writeString(sarif, "{\"version\": \"2.1.0\", \"runs\": [{\"results\": [{\"partialFingerprints\": {\""
                + Baseline.SARIF_FINGERPRINT_KEY + "\": \"c3\"}}]}]}");
        assertEquals(Set.of("c3"), Baseline.read(sarif).fingerprints());
    }

    @Test
    void malformedBaselineNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"findings\": [\n  oops\n]}");
        ConfigException e = assertThrows(ConfigException.class, () -> Baseline.read(bad));
        assertTrue(e.getMessage().contains("bad.json:3:"), e.getMessage());
        Path other = dir.resolve("other.json");
        Files.writeString(other, "[1, 2]");
        assertThrows(ConfigException.class, () -> Baseline.read(other));
    }

    @Test
    void marksNewAndUnchangedAndListsFixed() {
        Fixtures m = new Fixtures();
        Validator validator = Validator.of(Fixtures.catalogue(), ValidationConfig.DEFAULTS);
        ValidationResult first = validator.validate(m.resource, null);
        Baseline baseline = new Baseline(Set.of(first.findings().get(0).fingerprint(), "gone"));
        m.criminalisation("new uncited");
        ValidationResult second = validator.validate(m.resource, null).compareWith(baseline);
        assertEquals(1, second.findings().stream().filter(f -> f.baseline() == Finding.BaselineState.NEW).count());
        assertEquals(1, second.findings().stream().filter(f -> f.baseline() == Finding.BaselineState.UNCHANGED).count());
        assertEquals(Set.of("gone"), second.fixedSince(baseline));
    }
}
