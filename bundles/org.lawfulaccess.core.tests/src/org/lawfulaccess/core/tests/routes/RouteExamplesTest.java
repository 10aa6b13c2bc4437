package org.lawfulaccess.core.tests.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.routes.Gap;
import org.lawfulaccess.core.routes.GapKind;
import org.lawfulaccess.core.routes.Route;
import org.lawfulaccess.core.routes.RouteAnalysis;
import org.lawfulaccess.core.routes.RouteReport;
import org.lawfulaccess.core.routes.ScenarioRoutes;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.NamedElement;
import org.lawfulaccess.model.RouteKind;
import org.lawfulaccess.tests.support.Examples;

/** The analysis on the example models in {@code examples/}, where present. */
class RouteExamplesTest {

    private static final String BELGIAN_EXAMPLE = "belgium-2021-cross-border.lawful";

    @Test
    void everyExampleIsAnalysedAndRendered() throws Exception {
        for (Path file : exampleFiles()) {
            RouteAnalysis analysis = RouteAnalysis.of(load(file));
            String text = RouteReport.toText(analysis);
            assertEquals(analysis.scenarios().isEmpty(), text.isBlank(), file.toString());
            assertFalse(text.contains("!gap.") || text.contains("!report."), "missing message key in " + file);
        }
    }

    @Test
    void belgianMutualAssistanceScenarioHasARoute() throws Exception {
        Path file = exampleFiles().stream().filter(p -> p.getFileName().toString().equals(BELGIAN_EXAMPLE)).findFirst()
                .orElse(null);
        if (file == null) {
            return; // the example is written separately; its absence is checked by the examples' own test
        }
        RouteAnalysis analysis = RouteAnalysis.of(load(file));
        List<Route> assistance = analysis.scenarios().stream()
                .flatMap(s -> s.routes().stream())
                .filter(r -> r.steps().stream().anyMatch(st -> st.provision().getRouteKind() == RouteKind.MUTUAL_LEGAL_ASSISTANCE))
                .toList();
        assertFalse(assistance.isEmpty(), RouteReport.toText(analysis));
        assertTrue(analysis.scenarios().stream().anyMatch(s -> s.scenario().getDependsOn() != null
                && s.start().max().compareTo(s.start().min()) > 0), "a dependent scenario carries the earlier route's time");
    }

    /** What the rule catalogue expects from the seed examples, as far as routes are concerned. */
    @Test
    void seedExamplesShowTheGapsTheCatalogueExpects() throws Exception {
        RouteAnalysis belgium = analyseIfPresent(BELGIAN_EXAMPLE);
        if (belgium != null) {
            List<Gap> dual = gaps(belgium, GapKind.DUAL_CRIMINALITY_FAILS);
            assertFalse(dual.isEmpty(), "dual criminality");
            assertTrue(dual.get(0).evidence().get(0) instanceof Criminalisation);
            assertFalse(gaps(belgium, GapKind.RETENTION_EXPIRES).isEmpty(), "retention reached through the dependent scenario");
            assertTrue(belgium.scenarios().stream().anyMatch(s -> s.workableRoutes().isEmpty()), "a provider without cooperation");
        }
        RouteAnalysis france = analyseIfPresent("france-2016-decryption.lawful");
        if (france != null) {
            assertFalse(gaps(france, GapKind.OUT_OF_SCOPE).isEmpty(), "obligation binding declared operators only");
            assertFalse(gaps(france, GapKind.NO_ESTABLISHMENT).isEmpty(), "provider without presence in the issuing state");
        }
    }

    private static RouteAnalysis analyseIfPresent(String name) throws Exception {
        Path file = exampleFiles().stream().filter(p -> p.getFileName().toString().equals(name)).findFirst().orElse(null);
        return file == null ? null : RouteAnalysis.of(load(file));
    }

    private static List<Gap> gaps(RouteAnalysis analysis, GapKind kind) {
        return analysis.scenarios().stream().flatMap(s -> s.routes().stream()).flatMap(r -> r.gaps(kind).stream()).toList();
    }

    @Test
    void renamingEveryElementChangesNothing() throws Exception {
        for (Path file : exampleFiles()) {
            Ecosystem original = load(file);
            Ecosystem renamed = load(file);
            int n = 0;
            for (TreeIterator<EObject> it = renamed.eAllContents(); it.hasNext();) {
                EObject e = it.next();
                if (e instanceof NamedElement named) {
                    named.setName("Element " + n++);
                }
                if (e instanceof Jurisdiction j) {
                    j.setCode("J" + n++);
                }
            }
            assertEquals(signature(RouteAnalysis.of(original)), signature(RouteAnalysis.of(renamed)), file.toString());
        }
    }

    /** What the analysis found, without any names: positions of elements, kinds, severities, durations. */
    private static List<String> signature(RouteAnalysis analysis) {
        List<String> lines = new ArrayList<>();
        for (ScenarioRoutes s : analysis.scenarios()) {
            lines.add("scenario " + s.start() + " " + s.gaps().stream().map(Gap::kind).toList());
            for (Route r : s.routes()) {
                lines.add(r.steps().stream().map(st -> fragment(st.provision())).toList() + " " + r.delivered() + " "
                        + r.force() + " " + r.practice().map(RouteExamplesTest::fragment).orElse("-") + " "
                        + r.gaps().stream().map(g -> g.kind() + "/" + g.severity() + "@" + g.stepIndex()
                                + g.evidence().stream().map(RouteExamplesTest::fragment).toList()).toList());
            }
        }
        return lines;
    }

    private static String fragment(EObject element) {
        return element.eResource() == null ? element.eClass().getName() : element.eResource().getURIFragment(element);
    }

    private static Ecosystem load(Path file) throws Exception {
        Resource resource = LawfulResources.newModelStore().load(file);
        return (Ecosystem) resource.getContents().get(0);
    }

    private static List<Path> exampleFiles() {
        return Examples.models();
    }
}
