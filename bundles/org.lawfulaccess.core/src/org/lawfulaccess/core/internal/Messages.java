package org.lawfulaccess.core.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.lawfulaccess.core.persistence.LoadProblem;

/**
 * User-visible texts of the core, from {@code messages.properties} beside this class. Plain
 * {@link ResourceBundle} rather than OSGi NLS, so that the core also runs outside OSGi.
 */
public final class Messages {

    private static final String BUNDLE = "org.lawfulaccess.core.internal.messages"; //$NON-NLS-1$

    /** Problems listed in a load failure's message; the rest are counted. */
    private static final int LISTED_PROBLEMS = 10;

    private Messages() {
    }

    /**
     * Formats a message.
     *
     * @param key the key in messages.properties
     * @param arguments the {@link MessageFormat} arguments
     * @return the text
     */
    public static String format(String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
        return new MessageFormat(pattern, Locale.getDefault()).format(arguments);
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
