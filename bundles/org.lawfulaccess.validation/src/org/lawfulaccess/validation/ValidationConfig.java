/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.lawfulaccess.validation.internal.ConfigParser;
import org.lawfulaccess.validation.internal.Messages;

/**
 * The user's choices for a run, read from one file format shared by the command line and the
 * workbench (a properties-like file, UTF-8):
 *
 * <pre>
 * # switch a whole branch of the category tree, or one rule
 * category.protection.enabled = false
 * LA-ENC-03.enabled = true
 * LA-COOP-02.severity = error
 * # a rule parameter
 * LA-TIME-01.marginDays = 30
 * # a waiver, keyed by the finding's fingerprint
 * suppress.3f2a...e1.justification = accepted by the legal team, see memo 12
 * suppress.3f2a...e1.author = J. Doe
 * suppress.3f2a...e1.date = 2026-03-01
 * </pre>
 *
 * A rule setting beats its category's, a category's beats its parent's. Suppressions can also live
 * in a side file beside the model ({@code model.lawful.suppressions}) in the same format; see
 * {@link #merge(ValidationConfig)}. Instances are immutable.
 */
public final class ValidationConfig {

    /** The configuration with no choices: every rule as it declares itself. */
    public static final ValidationConfig DEFAULTS = new ValidationConfig(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    /** The suffix of the side file holding a model's suppressions. */
    public static final String SUPPRESSIONS_SUFFIX = ".suppressions"; //$NON-NLS-1$

    private final Map<String, Boolean> ruleEnabled;
    /** By category id, so that a file can name a category that a bundle contributes. */
    private final Map<String, Boolean> categoryEnabled;
    private final Map<String, Severity> severities;
    private final Map<String, Map<String, String>> parameters;
    private final Map<String, Suppression> suppressions;

    /**
     * @param ruleEnabled enabled flags by rule id
     * @param categoryEnabled enabled flags by category id ({@link Category#id()})
     * @param severities severity overrides by rule id
     * @param parameters parameters by rule id, then name
     * @param suppressions waivers by fingerprint
     */
    public ValidationConfig(Map<String, Boolean> ruleEnabled, Map<String, Boolean> categoryEnabled,
            Map<String, Severity> severities, Map<String, Map<String, String>> parameters, Map<String, Suppression> suppressions) {
        this.ruleEnabled = Map.copyOf(ruleEnabled);
        this.categoryEnabled = Map.copyOf(categoryEnabled);
        this.severities = Map.copyOf(severities);
        Map<String, Map<String, String>> copy = new HashMap<>();
        parameters.forEach((id, values) -> copy.put(id, Map.copyOf(values)));
        this.parameters = Map.copyOf(copy);
        this.suppressions = Map.copyOf(suppressions);
    }

    /**
     * Reads a configuration file.
     *
     * @param file the file
     * @return the configuration
     * @throws ConfigException naming file and line of every problem
     */
    public static ValidationConfig read(Path file) throws ConfigException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.toString(), reader);
        } catch (IOException e) {
            throw new ConfigException(Messages.format("config.unreadable", file, String.valueOf(e.getMessage())), e); //$NON-NLS-1$
        }
    }

    /**
     * Reads a configuration.
     *
     * @param name the file name shown in messages
     * @param reader the content
     * @return the configuration
     * @throws ConfigException naming file and line of every problem
     * @throws IOException if reading fails
     */
    public static ValidationConfig parse(String name, Reader reader) throws ConfigException, IOException {
        return new ConfigParser(name).parse(reader);
    }

    /**
     * @param rule a rule
     * @return whether it runs: the rule's setting, else the nearest category setting, else its default
     */
    public boolean isEnabled(RuleDescriptor rule) {
        Boolean explicit = ruleEnabled.get(rule.id());
        if (explicit != null) {
            return explicit;
        }
        for (Optional<Category> c = Optional.of(rule.category()); c.isPresent(); c = c.get().parent()) {
            Boolean byCategory = categoryEnabled.get(c.get().id());
            if (byCategory != null) {
                return byCategory;
            }
        }
        return rule.enabledByDefault();
    }

    /** @param ruleId a rule id @return the configured severity, if any */
    public Optional<Severity> severity(String ruleId) {
        return Optional.ofNullable(severities.get(ruleId));
    }

    /** @param ruleId a rule id @return its configured parameters, possibly empty */
    public Map<String, String> parameters(String ruleId) {
        return parameters.getOrDefault(ruleId, Map.of());
    }

    /** @param fingerprint a finding's fingerprint @return its waiver, if any */
    public Optional<Suppression> suppression(String fingerprint) {
        return Optional.ofNullable(suppressions.get(fingerprint));
    }

    /** @return all waivers by fingerprint */
    public Map<String, Suppression> suppressions() {
        return suppressions;
    }

    /** @return the rule ids the configuration mentions, to warn about ids no rule has */
    public java.util.Set<String> mentionedRuleIds() {
        java.util.Set<String> ids = new java.util.TreeSet<>(ruleEnabled.keySet());
        ids.addAll(severities.keySet());
        ids.addAll(parameters.keySet());
        return ids;
    }

    /** @return the category ids the configuration switches, to warn about ids no installed category has */
    public java.util.Set<String> mentionedCategoryIds() {
        return new java.util.TreeSet<>(categoryEnabled.keySet());
    }

    /**
     * Writes the configuration in the format {@link #parse} reads, one setting a line, sorted: categories,
     * then rules, then waivers.
     *
     * @return the file's text
     */
    public String format() {
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(categoryEnabled).forEach((id, on) -> line(text, "category." + id + ".enabled", on)); //$NON-NLS-1$ //$NON-NLS-2$
        java.util.Set<String> rules = new java.util.TreeSet<>(ruleEnabled.keySet());
        rules.addAll(severities.keySet());
        rules.addAll(parameters.keySet());
        for (String id : rules) {
            if (ruleEnabled.containsKey(id)) {
                line(text, id + ".enabled", ruleEnabled.get(id)); //$NON-NLS-1$
            }
            if (severities.containsKey(id)) {
                line(text, id + ".severity", severities.get(id).name().toLowerCase(java.util.Locale.ROOT)); //$NON-NLS-1$
            }
            new java.util.TreeMap<>(parameters(id)).forEach((name, value) -> line(text, id + '.' + name, value));
        }
        new java.util.TreeMap<>(suppressions).values().forEach(waiver -> text.append(SuppressionFile.lines(waiver)));
        return text.toString();
    }

    private static void line(StringBuilder text, String key, Object value) {
        text.append(key).append(" = ").append(value).append('\n'); //$NON-NLS-1$
    }

    /**
     * Combines two configurations; where both set something, {@code other} wins.
     *
     * @param other e.g. a model's suppression side file
     * @return the combination
     */
    public ValidationConfig merge(ValidationConfig other) {
        Map<String, Boolean> rules = new HashMap<>(ruleEnabled);
        rules.putAll(other.ruleEnabled);
        Map<String, Boolean> categories = new HashMap<>(categoryEnabled);
        categories.putAll(other.categoryEnabled);
        Map<String, Severity> levels = new HashMap<>(severities);
        levels.putAll(other.severities);
        Map<String, Map<String, String>> params = new HashMap<>();
        parameters.forEach((id, values) -> params.put(id, new HashMap<>(values)));
        other.parameters.forEach((id, values) -> params.computeIfAbsent(id, k -> new HashMap<>()).putAll(values));
        Map<String, Suppression> waivers = new HashMap<>(suppressions);
        waivers.putAll(other.suppressions);
        return new ValidationConfig(rules, categories, levels, params, waivers);
    }
}
