/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.ConfigException;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.Severity;
import org.lawfulaccess.validation.Suppression;
import org.lawfulaccess.validation.ValidationConfig;

/**
 * Reads the configuration format line by line, rather than with {@link java.util.Properties}, so
 * that every problem can be reported with its line and nothing is silently ignored.
 */
public final class ConfigParser {

    private static final String CATEGORY = "category."; //$NON-NLS-1$
    private static final String SUPPRESS = "suppress."; //$NON-NLS-1$
    private static final String ENABLED = "enabled"; //$NON-NLS-1$
    private static final String SEVERITY = "severity"; //$NON-NLS-1$
    /** A dotted category id of at least two segments, as a contributed category has. */
    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+"); //$NON-NLS-1$

    private final String file;
    private final List<String> errors = new ArrayList<>();
    private final Map<String, Boolean> ruleEnabled = new HashMap<>();
    private final Map<String, Boolean> categoryEnabled = new HashMap<>();
    private final Map<String, Severity> severities = new HashMap<>();
    private final Map<String, Map<String, String>> parameters = new HashMap<>();
    private final Map<String, Map<String, String>> waiverParts = new LinkedHashMap<>();
    private final Map<String, Integer> waiverLines = new HashMap<>();

    /** @param file the file name shown in messages */
    public ConfigParser(String file) {
        this.file = file;
    }

    /**
     * @param reader the content
     * @return the configuration
     * @throws ConfigException listing every problem with file and line
     * @throws IOException if reading fails
     */
    public ValidationConfig parse(Reader reader) throws ConfigException, IOException {
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#") || text.startsWith("!")) { //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            int separator = separatorOf(text);
            if (separator < 0) {
                error(number, Messages.format("config.noValue", text)); //$NON-NLS-1$
                continue;
            }
            entry(number, text.substring(0, separator).strip(), text.substring(separator + 1).strip());
        }
        Map<String, Suppression> suppressions = waivers();
        if (!errors.isEmpty()) {
            throw new ConfigException(String.join(System.lineSeparator(), errors));
        }
        return new ValidationConfig(ruleEnabled, categoryEnabled, severities, parameters, suppressions);
    }

    private static int separatorOf(String text) {
        int equals = text.indexOf('=');
        int colon = text.indexOf(':');
        if (equals < 0) {
            return colon;
        }
        return colon < 0 ? equals : Math.min(equals, colon);
    }

    private void entry(int line, String key, String value) {
        if (key.startsWith(CATEGORY)) {
            category(line, key.substring(CATEGORY.length()), value);
        } else if (key.startsWith(SUPPRESS)) {
            suppression(line, key.substring(SUPPRESS.length()), value);
        } else {
            rule(line, key, value);
        }
    }

    private void category(int line, String rest, String value) {
        int dot = rest.lastIndexOf('.');
        if (dot < 0 || !ENABLED.equals(rest.substring(dot + 1))) {
            error(line, Messages.format("config.categoryKey", CATEGORY + rest)); //$NON-NLS-1$
            return;
        }
        String id = rest.substring(0, dot);
        Optional<String> known = Category.byId(id).map(Category::id);
        if (known.isEmpty() && belowBuiltIn(id)) {
            // A category a bundle contributes: the catalogue is not known here; the command line warns
            // when no installed bundle contributes it.
            known = Optional.of(id);
        }
        if (known.isEmpty()) {
            error(line, Messages.format("config.unknownCategory", id, categoryIds())); //$NON-NLS-1$
            return;
        }
        String categoryId = known.get();
        bool(line, value).ifPresent(enabled -> categoryEnabled.put(categoryId, enabled));
    }

    private static boolean belowBuiltIn(String id) {
        return DOTTED.matcher(id).matches()
                && Category.builtIn().stream().anyMatch(c -> c.parent().isEmpty() && id.startsWith(c.id() + '.'));
    }

    private void rule(int line, String key, String value) {
        int dot = key.indexOf('.');
        String id = dot < 0 ? key : key.substring(0, dot);
        if (dot < 0 || !RuleDescriptor.ID_PATTERN.matcher(id).matches() || dot == key.length() - 1) {
            error(line, Messages.format("config.badKey", key)); //$NON-NLS-1$
            return;
        }
        String name = key.substring(dot + 1);
        if (ENABLED.equals(name)) {
            bool(line, value).ifPresent(enabled -> ruleEnabled.put(id, enabled));
        } else if (SEVERITY.equals(name)) {
            Optional<Severity> severity = Severity.parse(value);
            if (severity.isEmpty()) {
                error(line, Messages.format("config.badSeverity", value)); //$NON-NLS-1$
            }
            severity.ifPresent(s -> severities.put(id, s));
        } else {
            parameters.computeIfAbsent(id, k -> new HashMap<>()).put(name, value);
        }
    }

    private void suppression(int line, String rest, String value) {
        int dot = rest.lastIndexOf('.');
        String part = dot < 0 ? "" : rest.substring(dot + 1); //$NON-NLS-1$
        if (dot <= 0 || !List.of("justification", "author", "date").contains(part)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            error(line, Messages.format("config.suppressKey", SUPPRESS + rest)); //$NON-NLS-1$
            return;
        }
        String fingerprint = rest.substring(0, dot);
        waiverLines.putIfAbsent(fingerprint, line);
        if (value.isEmpty()) {
            error(line, Messages.format("config.emptyValue", SUPPRESS + rest)); //$NON-NLS-1$
        }
        waiverParts.computeIfAbsent(fingerprint, k -> new HashMap<>()).put(part, value);
    }

    private Map<String, Suppression> waivers() {
        Map<String, Suppression> result = new HashMap<>();
        waiverParts.forEach((fingerprint, parts) -> {
            int line = waiverLines.get(fingerprint);
            String justification = parts.get("justification"); //$NON-NLS-1$
            String author = parts.get("author"); //$NON-NLS-1$
            String date = parts.get("date"); //$NON-NLS-1$
            if (justification == null || author == null || date == null) {
                error(line, Messages.format("config.incompleteSuppression", fingerprint)); //$NON-NLS-1$
                return;
            }
            try {
                result.put(fingerprint, new Suppression(fingerprint, justification, author, LocalDate.parse(date)));
            } catch (DateTimeParseException e) {
                error(line, Messages.format("config.badDate", date)); //$NON-NLS-1$
            }
        });
        return result;
    }

    private Optional<Boolean> bool(int line, String value) {
        if ("true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value)) { //$NON-NLS-1$ //$NON-NLS-2$
            return Optional.of(Boolean.TRUE);
        }
        if ("false".equalsIgnoreCase(value) || "off".equalsIgnoreCase(value)) { //$NON-NLS-1$ //$NON-NLS-2$
            return Optional.of(Boolean.FALSE);
        }
        error(line, Messages.format("config.badBoolean", value)); //$NON-NLS-1$
        return Optional.empty();
    }

    private static String categoryIds() {
        StringBuilder ids = new StringBuilder();
        for (Category c : Category.builtIn()) {
            ids.append(ids.isEmpty() ? "" : ", ").append(c.id()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return ids.toString();
    }

    private void error(int line, String message) {
        errors.add(file + ':' + line + ": " + message); //$NON-NLS-1$
    }
}
