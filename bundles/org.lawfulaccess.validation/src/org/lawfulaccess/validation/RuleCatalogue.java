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
 * The rules available in this runtime, sorted by id, each with the contributor that declared it.
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

    private final Map<String, Entry> entries;

    private RuleCatalogue(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /**
     * Finds the rules of this runtime: the extension point {@code org.lawfulaccess.validation.rules}
     * inside OSGi, {@link java.util.ServiceLoader} otherwise, never both.
     *
     * @return the catalogue
     * @throws RuleDiscoveryException if two rules share an id or a provider fails
     */
    public static RuleCatalogue discover() {
        return of(RuleDiscovery.contributions());
    }

    /**
     * @param contributions providers with their contributors
     * @return the catalogue of their rules
     * @throws RuleDiscoveryException if two rules share an id, naming both contributors
     */
    public static RuleCatalogue of(Collection<Contribution> contributions) {
        List<Entry> all = new ArrayList<>();
        for (Contribution contribution : contributions) {
            for (Rule rule : contribution.provider().rules()) {
                all.add(new Entry(rule, contribution.contributor()));
            }
        }
        all.sort(Comparator.comparing(e -> e.descriptor().id()));
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (Entry entry : all) {
            Entry previous = byId.putIfAbsent(entry.descriptor().id(), entry);
            if (previous != null) {
                throw new RuleDiscoveryException(Messages.format("discovery.duplicate", entry.descriptor().id(), //$NON-NLS-1$
                        previous.contributor(), entry.contributor()));
            }
        }
        return new RuleCatalogue(byId);
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
}
