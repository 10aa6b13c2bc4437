/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lawfulaccess.validation.internal.Messages;
import org.lawfulaccess.validation.internal.RuleDiscovery;

/**
 * The rules available in this runtime, sorted by id, each with the contributor that declared it, and
 * the category tree they are filed under: the built-in categories and those that bundles contribute.
 * Immutable.
 */
public final class RuleCatalogue {

    /**
     * A rule provider and who contributed it.
     *
     * @param contributor the bundle symbolic name inside OSGi, the jar and class on a class path
     * @param provider the provider
     */
    public record Contribution(String contributor, RuleProvider provider) {
    }

    /**
     * A rule with its contributor.
     *
     * @param rule the rule
     * @param contributor who declared it
     */
    public record Entry(Rule rule, String contributor) {
        /** @return the rule's metadata */
        public RuleDescriptor descriptor() {
            return rule.descriptor();
        }
    }

    /**
     * A category with its contributor.
     *
     * @param category the category
     * @param contributor who declared it; the validation bundle for the built-in ones
     */
    public record CategoryEntry(Category category, String contributor) {
    }

    /** Who declares the built-in categories. */
    static final String ENGINE = "org.lawfulaccess.validation"; //$NON-NLS-1$

    private final Map<String, Entry> entries;
    private final Map<String, CategoryEntry> categories;

    private RuleCatalogue(Map<String, Entry> entries, Map<String, CategoryEntry> categories) {
        this.entries = entries;
        this.categories = categories;
    }

    /**
     * Finds the rules of this runtime: the extension point {@code org.lawfulaccess.validation.rules}
     * inside OSGi, {@link java.util.ServiceLoader} otherwise, never both.
     *
     * @return the catalogue
     * @throws RuleDiscoveryException if two rules or two categories share an id, a category's parent or
     *             a rule's category is not in the tree, or a provider fails
     */
    public static RuleCatalogue discover() {
        return of(RuleDiscovery.contributions());
    }

    /**
     * @param contributions providers with their contributors
     * @return the catalogue of their rules and categories
     * @throws RuleDiscoveryException if two rules or two categories share an id (naming both
     *             contributors), or a category's parent or a rule's category is not in the tree
     */
    public static RuleCatalogue of(Collection<Contribution> contributions) {
        List<Entry> all = new ArrayList<>();
        List<CategoryEntry> contributed = new ArrayList<>();
        for (Contribution contribution : contributions) {
            for (Rule rule : contribution.provider().rules()) {
                all.add(new Entry(rule, contribution.contributor()));
            }
            for (Category category : contribution.provider().categories()) {
                contributed.add(new CategoryEntry(category, contribution.contributor()));
            }
        }
        Map<String, CategoryEntry> tree = tree(contributed);
        all.sort(Comparator.comparing(e -> e.descriptor().id()));
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (Entry entry : all) {
            Entry previous = byId.putIfAbsent(entry.descriptor().id(), entry);
            if (previous != null) {
                throw new RuleDiscoveryException(Messages.format("discovery.duplicate", entry.descriptor().id(), //$NON-NLS-1$
                        previous.contributor(), entry.contributor()));
            }
            Category category = entry.descriptor().category();
            if (!tree.containsKey(category.id())) {
                throw new RuleDiscoveryException(Messages.format("discovery.unknownCategory", entry.descriptor().id(), //$NON-NLS-1$
                        entry.contributor(), category.id()));
            }
        }
        return new RuleCatalogue(byId, tree);
    }

    /** The built-in categories, then the contributed ones by id, each after its parent. */
    private static Map<String, CategoryEntry> tree(List<CategoryEntry> contributed) {
        Map<String, CategoryEntry> tree = new LinkedHashMap<>();
        for (Category category : Category.builtIn()) {
            tree.put(category.id(), new CategoryEntry(category, ENGINE));
        }
        // By id, a parent's id is a prefix of its children's and sorts first.
        contributed.sort(Comparator.comparing(e -> e.category().id()));
        for (CategoryEntry entry : contributed) {
            Category category = entry.category();
            CategoryEntry previous = tree.putIfAbsent(category.id(), entry);
            if (previous != null) {
                throw new RuleDiscoveryException(Messages.format("discovery.duplicateCategory", category.id(), //$NON-NLS-1$
                        previous.contributor(), entry.contributor()));
            }
            Category parent = category.parent().orElseThrow();
            if (!tree.containsKey(parent.id())) {
                throw new RuleDiscoveryException(Messages.format("discovery.unknownParent", category.id(), //$NON-NLS-1$
                        entry.contributor(), parent.id()));
            }
        }
        return tree;
    }

    /**
     * @param providers providers, each named by its class
     * @return the catalogue of their rules
     */
    public static RuleCatalogue ofProviders(RuleProvider... providers) {
        List<Contribution> contributions = new ArrayList<>();
        for (RuleProvider provider : providers) {
            contributions.add(new Contribution(provider.getClass().getName(), provider));
        }
        return of(contributions);
    }

    /** @return all entries, by id */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** @return all rules, by id */
    public List<Rule> rules() {
        return entries.values().stream().map(Entry::rule).toList();
    }

    /** @param id a rule id @return the entry, if the catalogue has it */
    public Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** @return the category tree: the built-in categories, then the contributed ones, parents first */
    public List<CategoryEntry> categories() {
        return List.copyOf(categories.values());
    }

    /**
     * @param id a dotted category id or its last segment ({@code time} for {@code access.time})
     * @return the built-in or contributed category, if the catalogue has it
     */
    public Optional<Category> category(String id) {
        return Category.find(categories.values().stream().map(CategoryEntry::category).toList(), id);
    }

    /** @param category a category of this catalogue @return its direct children, in tree order */
    public List<Category> children(Category category) {
        return categories.values().stream().map(CategoryEntry::category)
                .filter(c -> c.parent().filter(category::equals).isPresent()).toList();
    }
}
