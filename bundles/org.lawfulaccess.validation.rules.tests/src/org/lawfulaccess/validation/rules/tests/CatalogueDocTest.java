/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.lawfulaccess.tests.support.Examples;
import org.lawfulaccess.validation.CatalogueDocument;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.RuleCatalogue.Contribution;

/**
 * The committed catalogue page {@code docs/rules.md} is exactly what the rules' metadata generate,
 * so the documentation cannot drift from the rules.
 */
class CatalogueDocTest {

    /** The engine's built-in rules and this catalogue; other bundles of the runtime (in-house examples) are not on the page. */
    private static final List<String> DOCUMENTED = List.of("org.lawfulaccess.validation", CatalogueCompletenessTest.CATALOGUE_BUNDLE);

    /** @return the page for the built-in and LA rules, with their contributors as discovered */
    static String expectedPage() {
        Map<String, List<Rule>> byContributor = new TreeMap<>();
        for (RuleCatalogue.Entry entry : RuleCatalogue.discover().entries()) {
            if (DOCUMENTED.contains(entry.contributor())) {
                byContributor.computeIfAbsent(entry.contributor(), c -> new ArrayList<>()).add(entry.rule());
            }
        }
        List<Contribution> contributions = new ArrayList<>();
        byContributor.forEach((contributor, rules) -> contributions.add(new Contribution(contributor, () -> rules)));
        return CatalogueDocument.markdown(RuleCatalogue.of(contributions));
    }

    @Test
    void theCommittedCataloguePageIsGeneratedFromTheRules() throws Exception {
        String expected = expectedPage();
        // Written beside the test's output, so that the page can also be refreshed by copying it.
        Path generated = Path.of("target", "rules.md").toAbsolutePath();
        Files.createDirectories(generated.getParent());
        Files.writeString(generated, expected, StandardCharsets.UTF_8);
        Path page = Examples.repositoryFile("docs/rules.md");
        String committed = Files.isRegularFile(page) ? Files.readString(page, StandardCharsets.UTF_8) : "";

        assertEquals(expected, committed, "docs/rules.md is not the page the rules generate. Regenerate it from the repository root: "
                + "bin/lawful rules --format markdown > docs/rules.md (or copy " + generated + ")");
    }
}
