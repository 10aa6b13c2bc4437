/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.help.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.lawfulaccess.validation.LegalBasis;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.RuleParameter;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The user guide as the help system reads it from the bundle: the table of contents points at pages
 * that exist, every link between pages resolves (page and anchor), and the generated catalogue page
 * holds every rule of the catalogue with its legal sources. No browser is involved.
 */
class HelpContentTest {

    private static final String CATALOGUE_PAGE = "generated/rules.html"; //$NON-NLS-1$
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\""); //$NON-NLS-1$
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\""); //$NON-NLS-1$

    /** The help bundle: the fragment's host, whose entries the help system serves. */
    private final Bundle help = FrameworkUtil.getBundle(HelpContentTest.class);

    @Test
    void everyTocEntryPointsToAnExistingPage() throws Exception {
        List<String> hrefs = tocHrefs();
        assertTrue(hrefs.size() > 10, "the table of contents lists too few topics: " + hrefs);
        assertTrue(hrefs.contains(CATALOGUE_PAGE), "the table of contents does not list the rule catalogue page");
        for (String href : hrefs) {
            assertTargetExists("toc.xml", href); //$NON-NLS-1$
        }
    }

    @Test
    void everyInternalLinkOfEveryPageResolves() throws IOException {
        List<String> pages = pages();
        assertTrue(pages.contains("html/index.html") && pages.contains(CATALOGUE_PAGE), "pages missing: " + pages); //$NON-NLS-1$
        int links = 0;
        for (String page : pages) {
            Matcher matcher = LINK.matcher(read(page));
            while (matcher.find()) {
                String target = matcher.group(1);
                if (target.matches("[a-z]+:.*")) { // http:, https:, mailto: leave the guide //$NON-NLS-1$
                    continue;
                }
                assertTargetExists(page, resolve(page, target));
                links++;
            }
        }
        assertTrue(links > 20, "too few links checked: " + links);
    }

    @Test
    void theCataloguePageListsEveryRuleWithItsSources() throws IOException {
        String page = read(CATALOGUE_PAGE);
        List<RuleCatalogue.Entry> entries = RuleCatalogue.discover().entries();
        assertFalse(entries.isEmpty(), "no rules discovered");
        for (RuleCatalogue.Entry entry : entries) {
            RuleDescriptor rule = entry.descriptor();
            String section = section(page, rule.id());
            assertTrue(section.contains(escape(rule.title())), rule.id() + ": title missing from the catalogue page");
            assertTrue(section.contains(rule.defaultSeverity().id()), rule.id() + ": severity missing");
            assertTrue(section.contains(rule.category().id()), rule.id() + ": category missing");
            for (LegalBasis basis : rule.legalBasis()) {
                assertTrue(section.contains(escape(basis.citation())), rule.id() + ": citation missing: " + basis.citation());
                assertTrue(section.contains(escape(basis.source())), rule.id() + ": source missing: " + basis.source());
            }
            if (rule.legalBasis().isEmpty()) {
                assertTrue(section.contains("Legal basis</dt><dd>none"), rule.id() + ": says nothing of its legal basis"); //$NON-NLS-1$
            }
            for (RuleParameter parameter : rule.parameters()) {
                assertTrue(section.contains(rule.id() + '.' + parameter.name()), rule.id() + ": parameter missing: " + parameter.name());
            }
        }
    }

    @Test
    void everyRuleOfTheCatalogueIsOnThePageOnce() throws IOException {
        String page = read(CATALOGUE_PAGE);
        for (RuleCatalogue.Entry entry : RuleCatalogue.discover().entries()) {
            String heading = "<h2 id=\"" + entry.descriptor().id().toLowerCase(Locale.ROOT) + "\">"; //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals(page.indexOf(heading), page.lastIndexOf(heading), entry.descriptor().id() + " has more than one section");
        }
    }

    /** @return the text of a rule's section, from its heading to the next */
    private static String section(String page, String ruleId) {
        String heading = "<h2 id=\"" + ruleId.toLowerCase(Locale.ROOT) + "\">"; //$NON-NLS-1$ //$NON-NLS-2$
        int start = page.indexOf(heading);
        assertTrue(start >= 0, ruleId + " has no section on the catalogue page");
        int end = page.indexOf("<h2", start + heading.length()); //$NON-NLS-1$
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private List<String> tocHrefs() throws Exception {
        List<String> hrefs = new ArrayList<>();
        try (InputStream in = entry("toc.xml").openStream()) { //$NON-NLS-1$
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
            Document toc = factory.newDocumentBuilder().parse(in);
            hrefs.add(toc.getDocumentElement().getAttribute("topic")); //$NON-NLS-1$
            NodeList topics = toc.getElementsByTagName("topic"); //$NON-NLS-1$
            for (int i = 0; i < topics.getLength(); i++) {
                hrefs.add(((Element) topics.item(i)).getAttribute("href")); //$NON-NLS-1$
            }
        }
        return hrefs;
    }

    /** @return the guide's pages and the generated ones, as bundle paths */
    private List<String> pages() {
        Set<String> pages = new TreeSet<>();
        for (String folder : List.of("html", "generated")) { //$NON-NLS-1$ //$NON-NLS-2$
            for (URL url : Collections.list(help.findEntries(folder, "*.html", true))) { //$NON-NLS-1$
                pages.add(url.getPath().replaceFirst("^/", "")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return new ArrayList<>(pages);
    }

    /** @return a link of a page made a bundle path, with its anchor */
    private static String resolve(String page, String link) {
        String folder = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : ""; //$NON-NLS-1$ //$NON-NLS-2$
        if (link.startsWith("#")) { //$NON-NLS-1$
            return page + link;
        }
        List<String> parts = new ArrayList<>(List.of((folder + link).split("/"))); //$NON-NLS-1$
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).equals("..") && i > 0) { //$NON-NLS-1$
                parts.remove(i);
                parts.remove(i - 1);
                i -= 2;
            }
        }
        return String.join("/", parts); //$NON-NLS-1$
    }

    /** Fails, naming the page, unless the file exists and, with an anchor, has an element with that id. */
    private void assertTargetExists(String from, String target) throws IOException {
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        assertFalse(file.startsWith(".."), from + " links outside the guide: " + target); //$NON-NLS-1$
        assertNotNull(help.getEntry(file), from + " links to a page that does not exist: " + target);
        if (hash >= 0 && file.endsWith(".html")) { //$NON-NLS-1$
            String anchor = target.substring(hash + 1);
            Set<String> ids = new TreeSet<>();
            Matcher matcher = ID.matcher(read(file));
            while (matcher.find()) {
                ids.add(matcher.group(1));
            }
            assertTrue(ids.contains(anchor), from + " links to an anchor that " + file + " does not have: " + target);
        }
    }

    private URL entry(String path) {
        URL url = help.getEntry(path);
        assertNotNull(url, path + " is not in the help bundle");
        return url;
    }

    private String read(String path) throws IOException {
        try (InputStream in = entry(path).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    }
}
