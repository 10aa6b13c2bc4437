/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.core.internal;

import java.util.List;

import org.lawfulaccess.core.MessageBundle;
import org.lawfulaccess.core.persistence.LoadProblem;

/**
 * User-visible texts of the core, from {@code messages.properties} beside this class. Through a
 * {@link MessageBundle}, so that the core also runs outside OSGi.
 */
public final class Messages {

    private static final MessageBundle TEXTS = new MessageBundle("org.lawfulaccess.core.internal.messages", //$NON-NLS-1$
            Messages.class.getClassLoader());

    /** Problems listed in a load failure's message; the rest are counted. */
    private static final int LISTED_PROBLEMS = 10;

    private Messages() {
    }

    /**
     * Formats a message.
     *
     * @param key the key in messages.properties
     * @param arguments the arguments of the pattern
     * @return the text
     */
    public static String format(String key, Object... arguments) {
        return TEXTS.format(key, arguments);
    }

    /** Characters of a value that a message shows before cutting it. */
    public static final int SHOWN_VALUE_LENGTH = 80;

    /** Characters of a parser's or EMF's sentence kept in a message; it may quote values. */
    public static final int SHOWN_MESSAGE_LENGTH = 400;

    /**
     * Cuts a value from a file for a message: a megabyte attribute would bury the sentence.
     *
     * @param value a value as found in a file; null gives "null"
     * @return the value, or its first {@link #SHOWN_VALUE_LENGTH} characters followed by its length
     */
    public static String shorten(String value) {
        return shorten(value, SHOWN_VALUE_LENGTH);
    }

    /**
     * @param value a text that may quote a file's values
     * @param shown how many characters to keep
     * @return the text, or its first characters followed by its length
     */
    public static String shorten(String value, int shown) {
        String text = String.valueOf(value);
        if (text.length() <= shown) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(shown - 1)) ? shown - 1 : shown;
        return format("value.shortened", text.substring(0, end), text.length()); //$NON-NLS-1$
    }

    /**
     * The message of a load failure: the first problems, each with file and position.
     *
     * @param problems the problems
     * @return the text
     */
    public static String describe(List<LoadProblem> problems) {
        if (problems.isEmpty()) {
            return format("load.unknown"); //$NON-NLS-1$
        }
        if (problems.size() == 1) {
            return locate(problems.get(0));
        }
        StringBuilder text = new StringBuilder(format("load.several", problems.get(0).file(), problems.size())); //$NON-NLS-1$
        problems.stream().limit(LISTED_PROBLEMS).forEach(p -> text.append(System.lineSeparator()).append("  ").append(locate(p))); //$NON-NLS-1$
        if (problems.size() > LISTED_PROBLEMS) {
            text.append(System.lineSeparator()).append("  ").append(format("load.more", problems.size() - LISTED_PROBLEMS)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return text.toString();
    }

    private static String locate(LoadProblem problem) {
        if (!problem.hasPosition()) {
            return format("load.problem", problem.file(), problem.message()); //$NON-NLS-1$
        }
        return problem.column() > 0
                ? format("load.problemAt", problem.file(), problem.line(), problem.column(), problem.message()) //$NON-NLS-1$
                : format("load.problemAtLine", problem.file(), problem.line(), problem.message()); //$NON-NLS-1$
    }
}
