package org.lawfulaccess.examples.inhouse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.cli.Main;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.examples.inhouse.rules.InhouseRules;
import org.lawfulaccess.examples.inhouse.rules.LapsedCapabilityRule;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.tests.support.ChildClasspath;
import org.lawfulaccess.validation.RuleCatalogue;

import picocli.CommandLine;

/**
 * The command line on a plain class path, the way {@code bin/lawful} starts it: a child JVM with no
 * OSGi and no extension registry, where rules are found through {@link java.util.ServiceLoader} and
 * the in-house namespace must be registered without {@code plugin.xml}.
 */
class CommandLinePathTest {

    private static final Pattern RULE_ID = Pattern.compile("\"id\"\\s*:\\s*\"" + Pattern.quote(LapsedCapabilityRule.ID) + '"');
    private static final Pattern FINDING = Pattern.compile("\"ruleId\"\\s*:\\s*\"" + Pattern.quote(LapsedCapabilityRule.ID) + '"');

    @Test
    void rulesListsTheInhouseRuleBesideTheBuiltIns(@TempDir Path dir) throws Exception {
        Run run = lawful(dir, "rules", "--format", "json");

        assertEquals(Main.OK, run.code(), run.toString());
        assertTrue(RULE_ID.matcher(run.out()).find(), run.toString());
        assertTrue(run.out().contains("\"LA-INT-01\""), run.toString());
        assertTrue(run.out().contains("\"contributor\": \"org.lawfulaccess.examples.inhouse\""),
                "contributor is the bundle, named as inside OSGi: " + run);
        // The rule is filed under the category the bundle contributes, which the catalogue lists too.
        assertTrue(Pattern.compile("\"category\"\\s*:\\s*\"protection\\.inhouse-forensics\"").matcher(run.out()).find(), run.toString());
        assertTrue(Pattern.compile("\"id\"\\s*:\\s*\"protection\\.inhouse-forensics\",\\s*\"parent\"\\s*:\\s*\"protection\"")
                .matcher(run.out()).find(), run.toString());
    }

    @Test
    void validateLoadsTheInhouseConceptAndReportsTheRule(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("inhouse.lawful");
        ModelStore store = LawfulResources.newModelStore();
        Resource resource = store.newResourceSet().createResource(URI.createFileURI(file.toString()));
        CapabilityModel model = new CapabilityModel(resource);
        model.capability.setValidTo(LocalDate.of(2021, 1, 1));
        store.saveAs(resource, file);

        Run run = lawful(dir, "validate", "--format", "json", "--fail-on", "never", file.toString());

        // Found only if the child loaded the fact as a ToolingCapability rather than as unknown content.
        assertEquals(Main.OK, run.code(), run.toString());
        assertTrue(FINDING.matcher(run.out()).find(), run.toString());
    }

    private record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** Runs {@code lawful} in a child JVM on the class path of the headless bundles and this bundle. */
    private static Run lawful(Path dir, String... args) throws IOException, InterruptedException {
        String classpath = ChildClasspath.of(Main.class, CommandLine.class, RuleCatalogue.class, LawfulResources.class,
                LawfulPackage.class, EObject.class, URI.class, XMIResource.class, InhouseRules.class);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", classpath, Main.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("lawful " + String.join(" ", args) + " did not finish in 60 s; class path " + classpath);
        }
        return new Run(child.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
