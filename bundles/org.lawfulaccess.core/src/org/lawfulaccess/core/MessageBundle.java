/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.core;

import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * User-visible texts from a properties file, read through a plain {@link ResourceBundle} rather
 * than OSGi NLS, so that the same texts are found inside OSGi and on a plain class path. A text
 * formatted with arguments is a {@link MessageFormat} pattern (a single quote is written
 * {@code ''}); a text asked for without arguments is returned as written.
 * <p>
 * Validation formats a message, labels and evidence for every finding, so each pattern is looked up
 * and parsed once per locale. A pattern whose arguments are all plain ({@code {0}}, no number or
 * date style) is split once into literal text and argument positions, and string arguments are
 * joined without a {@link MessageFormat} per call; anything else is formatted by the parsed format.
 * Safe for use by several threads.
 *
 * <pre>{@code
 * private static final MessageBundle TEXTS = new MessageBundle("com.example.rules.messages", MyRule.class.getClassLoader());
 * ...
 * context.report(TEXTS.format("capability.expired", context.label(tool)), tool);
 * }</pre>
 */
public final class MessageBundle {

    private final String baseName;
    private final ClassLoader loader;
    private final Map<Locale, Map<String, Template>> templates = new ConcurrentHashMap<>();

    /**
     * @param baseName the bundle's base name, e.g. {@code com.example.rules.messages} for
     *        {@code com/example/rules/messages.properties}
     * @param loader the class loader that sees the properties file (the bundle's own)
     */
    public MessageBundle(String baseName, ClassLoader loader) {
        this.baseName = Objects.requireNonNull(baseName, "baseName"); //$NON-NLS-1$
        this.loader = loader;
    }

    /**
     * @param key the key in the properties file
     * @param arguments the pattern's arguments; none to get the text as written
     * @return the text in the default locale, or {@code !key!} if the key is missing
     */
    public String format(String key, Object... arguments) {
        Locale locale = Locale.getDefault();
        Template template = templates.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> lookUp(locale, k));
        if (template == null) {
            return '!' + key + '!';
        }
        return arguments.length == 0 ? template.pattern() : template.format(arguments);
    }

    /**
     * @param key the key in the properties file
     * @return the text as written, if the key exists
     */
    public Optional<String> find(String key) {
        Template template = templates.computeIfAbsent(Locale.getDefault(), l -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> lookUp(Locale.getDefault(), k));
        return template == null ? Optional.empty() : Optional.of(template.pattern());
    }

    private Template lookUp(Locale locale, String key) {
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(baseName, locale, loader);
        } catch (MissingResourceException e) {
            return null;
        }
        // Not cached when missing: a missing key is a mistake or an optional text, not a hot path.
        return bundle.containsKey(key) ? Template.of(bundle.getString(key), locale) : null;
    }

    /**
     * A parsed pattern. {@code literals} and {@code arguments} alternate (literal, argument, ...,
     * literal) and are present only if every argument of the pattern is plain; {@code needed} is
     * one more than the highest argument index.
     */
    private record Template(String pattern, MessageFormat parsed, int needed, String[] literals, int[] arguments) {

        static Template of(String pattern, Locale locale) {
            MessageFormat parsed = new MessageFormat(pattern, locale);
            int needed = parsed.getFormatsByArgumentIndex().length;
            if (Arrays.stream(parsed.getFormats()).anyMatch(Objects::nonNull)) {
                return new Template(pattern, parsed, needed, null, null);
            }
            // The format's own output tells where each argument goes: no second parser of the
            // pattern syntax (quotes, braces) to keep in step with MessageFormat.
            Object[] probe = new Object[needed];
            Arrays.fill(probe, "?"); //$NON-NLS-1$
            AttributedCharacterIterator text = parsed.formatToCharacterIterator(probe);
            List<String> literals = new ArrayList<>();
            List<Integer> arguments = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            for (char c = text.first(); c != CharacterIterator.DONE;) {
                int limit = text.getRunLimit(MessageFormat.Field.ARGUMENT);
                if (text.getAttribute(MessageFormat.Field.ARGUMENT) instanceof Integer argument) {
                    literals.add(literal.toString());
                    literal.setLength(0);
                    arguments.add(argument);
                } else {
                    for (; text.getIndex() < limit; c = text.next()) {
                        literal.append(c);
                    }
                }
                c = text.setIndex(limit);
            }
            literals.add(literal.toString());
            return new Template(pattern, parsed, needed, literals.toArray(String[]::new),
                    arguments.stream().mapToInt(Integer::intValue).toArray());
        }

        String format(Object... values) {
            if (literals == null || values.length < needed || !allText(values)) {
                synchronized (parsed) {
                    return parsed.format(values);
                }
            }
            int length = literals[arguments.length].length();
            for (int i = 0; i < arguments.length; i++) {
                length += literals[i].length() + String.valueOf(values[arguments[i]]).length();
            }
            StringBuilder text = new StringBuilder(length); // the exact size: no copy on growth
            for (int i = 0; i < arguments.length; i++) {
                text.append(literals[i]).append((String) values[arguments[i]]);
            }
            return text.append(literals[arguments.length]).toString();
        }

        private static boolean allText(Object[] values) {
            for (Object value : values) {
                if (value != null && !(value instanceof String)) {
                    return false;
                }
            }
            return true;
        }
    }
}
