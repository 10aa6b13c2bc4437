package org.lawfulaccess.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.cli.Main;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.validation.Baseline;
import org.lawfulaccess.validation.internal.json.JsonReader;

/** The validate, rules and explain commands: formats, exit codes and bad input. */
class CommandLineTest {

    /** Saves the fixture (one uncited fact: one TEST-SRC-01 warning) as a model file. */
    private static Path model(Path dir) throws Exception {
        Fixtures m = new Fixtures();
        Path file = dir.resolve("model.lawful");
        m.resource.setURI(URI.createFileURI(file.toString()));
        LawfulResources.newModelStore().save(m.resource);
        return file;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) throws Exception {
        return (Map<String, Object>) JsonReader.parse(text);
    }

    @Test
    void textReportAndExitCodesFollowFailOn(@TempDir Path dir) throws Exception {
        Path file = model(dir);
        Cli.Result warning = Cli.run("validate", "--fail-on", "warning", file.toString());
        assertEquals(Main.FINDINGS, warning.code(), warning.err());
        assertTrue(warning.out().contains(SampleRules.ID), warning.out());
        assertTrue(warning.out().contains("evidence:"), warning.out());
        assertEquals(Main.OK, Cli.run("validate", file.toString()).code(), "a warning does not fail at --fail-on error");
        assertEquals(Main.OK, Cli.run("validate", "--fail-on", "never", file.toString()).code());
        assertEquals(Main.OK, Cli.run("validate", "--fail-on", "warning", "--rules", "LA-INT-01", file.toString()).code());
    }

    @Test
    void sarifHasTheShapeCodeScanningExpects(@TempDir Path dir) throws Exception {
        Path file = model(dir);
        Cli.Result run = Cli.run("validate", "--format", "sarif", file.toString());
        Map<String, Object> sarif = json(run.out());
        assertEquals("2.1.0", sarif.get("version"));
        Map<String, Object> first = (Map<String, Object>) ((List<?>) sarif.get("runs")).get(0);
        Map<String, Object> driver = (Map<String, Object>) ((Map<String, Object>) first.get("tool")).get("driver");
        assertEquals("lawful", driver.get("name"));
        List<Map<String, Object>> rules = (List<Map<String, Object>>) driver.get("rules");
        Map<String, Object> sample = rules.stream().filter(r -> SampleRules.ID.equals(r.get("id"))).findFirst().orElseThrow();
        assertEquals("warning", ((Map<String, Object>) sample.get("defaultConfiguration")).get("level"));
        assertEquals("model.provenance", ((Map<String, Object>) sample.get("properties")).get("category"));
        assertInstanceOf(String.class, ((Map<String, Object>) sample.get("fullDescription")).get("text"));
        List<Map<String, Object>> results = (List<Map<String, Object>>) first.get("results");
        Map<String, Object> result = results.stream().filter(r -> SampleRules.ID.equals(r.get("ruleId"))).findFirst().orElseThrow();
        assertEquals("warning", result.get("level"));
        assertInstanceOf(String.class, ((Map<String, Object>) result.get("message")).get("text"));
        Map<String, Object> location = (Map<String, Object>) ((List<?>) result.get("locations")).get(0);
        Map<String, Object> logical = (Map<String, Object>) ((List<?>) location.get("logicalLocations")).get(0);
        assertTrue(((String) logical.get("fullyQualifiedName")).startsWith("Ecosystem/facts["));
        Map<String, Object> physical = (Map<String, Object>) location.get("physicalLocation");
        assertTrue(((String) ((Map<String, Object>) physical.get("artifactLocation")).get("uri")).endsWith("model.lawful"));
        assertTrue(((Map<String, Object>) result.get("partialFingerprints")).containsKey(Baseline.SARIF_FINGERPRINT_KEY));
    }

    @Test
    void waivedFindingsAppearAsSarifSuppressionsAndDoNotFail(@TempDir Path dir) throws Exception {
        Path file = model(dir);
        Map<String, Object> report = json(Cli.run("validate", "--format", "json", file.toString()).out());
        Map<String, Object> finding = ((List<Map<String, Object>>) report.get("findings")).stream()
                .filter(f -> SampleRules.ID.equals(f.get("ruleId"))).findFirst().orElseThrow();
        String fingerprint = (String) finding.get("fingerprint");
        Files.writeString(dir.resolve("model.lawful.suppressions"), "suppress." + fingerprint + ".justification = accepted\n"
                + "suppress." + fingerprint + ".author = Reviewer A\nsuppress." + fingerprint + ".date = 2026-01-01\n");
        Cli.Result run = Cli.run("validate", "--format", "sarif", "--fail-on", "warning", file.toString());
        assertEquals(Main.OK, run.code(), run.out());
        assertTrue(run.out().contains("\"suppressions\""), run.out());
        assertTrue(run.out().contains("\"justification\": \"accepted\""), run.out());
    }

    @Test
    void baselineMarksKnownFindingsAndOnlyNewOnesFail(@TempDir Path dir) throws Exception {
        Path file = model(dir);
        Path old = dir.resolve("old.sarif");
        assertEquals(Main.FINDINGS, Cli.run("validate", "--format", "sarif", "--fail-on", "warning", "--output", old.toString(), file.toString()).code());
        assertTrue(Files.size(old) > 0);
        Cli.Result again = Cli.run("validate", "--format", "json", "--fail-on", "warning", "--baseline", old.toString(), file.toString());
        assertEquals(Main.OK, again.code(), again.out());
        assertTrue(again.out().contains("\"baseline\": \"unchanged\""), again.out());
    }

    @Test
    void junitHasOneTestCasePerRuleAndAFailurePerFinding(@TempDir Path dir) throws Exception {
        Path file = model(dir);
        String xml = Cli.run("validate", "--format", "junit", file.toString()).out();
        assertTrue(xml.startsWith("<?xml"), xml);
        assertTrue(xml.contains("name=\"" + SampleRules.ID + " "), xml);
        assertTrue(xml.contains("name=\"LA-INT-01 "), xml);
        assertEquals(1, xml.split("<failure ", -1).length - 1, xml);
    }

    @Test
    void badInputExitsWithTwoAndAClearMessage(@TempDir Path dir) throws Exception {
        Cli.Result missing = Cli.run("validate", dir.resolve("none.lawful").toString());
        assertEquals(Main.USAGE_OR_INPUT, missing.code());
        assertTrue(missing.err().contains("none.lawful"), missing.err());
        assertFalse(missing.err().contains("at org."), missing.err());

        Path broken = dir.resolve("broken.lawful");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<lawful:Ecosystem xmlns:lawful=\"https://lawfulaccess.org/ns/ecosystem/2\">\n<facts\n");
        Cli.Result malformed = Cli.run("validate", broken.toString());
        assertEquals(Main.USAGE_OR_INPUT, malformed.code());
        assertTrue(malformed.err().matches("(?s).*broken\\.lawful:\\d+.*"), malformed.err());
        assertFalse(malformed.err().contains("\tat "), malformed.err());

        Path file = model(dir);
        assertEquals(Main.USAGE_OR_INPUT, Cli.run("validate", "--as-of", "yesterday", file.toString()).code());
        assertEquals(Main.USAGE_OR_INPUT, Cli.run("validate", "--rules", "XX-NONE-01", file.toString()).code());
        assertEquals(Main.USAGE_OR_INPUT, Cli.run("validate", "--format", "pdf", file.toString()).code());
        Path config = dir.resolve("checks.properties");
        Files.writeString(config, "\nLA-INT-01.severity = fatal\n");
        Cli.Result badConfig = Cli.run("validate", "--config", config.toString(), file.toString());
        assertEquals(Main.USAGE_OR_INPUT, badConfig.code());
        assertTrue(badConfig.err().contains("checks.properties:2:"), badConfig.err());
    }

    @Test
    void rulesAndExplainDescribeTheCatalogue() throws Exception {
        Cli.Result text = Cli.run("rules");
        assertEquals(Main.OK, text.code());
        assertTrue(text.out().contains("LA-INT-01") && text.out().contains(SampleRules.ID), text.out());
        Map<String, Object> json = json(Cli.run("rules", "--format", "json").out());
        assertFalse(((List<?>) json.get("rules")).isEmpty());
        assertTrue(Cli.run("rules", "--format", "markdown").out().contains("## " + SampleRules.ID));
        Cli.Result explain = Cli.run("explain", SampleRules.ID);
        assertEquals(Main.OK, explain.code());
        assertTrue(explain.out().contains("Sample Act, art. 1"), explain.out());
        assertEquals(Main.USAGE_OR_INPUT, Cli.run("explain", "XX-NONE-01").code());
    }
}
