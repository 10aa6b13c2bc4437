package org.lawfulaccess.core.internal.routes;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.NamedElement;

/**
 * Texts of the route analysis, from {@code messages.properties} beside this class; plain
 * {@link ResourceBundle} so that it also runs outside OSGi.
 */
public final class RouteMessages {

    private static final String BUNDLE = "org.lawfulaccess.core.internal.routes.messages"; //$NON-NLS-1$

    private RouteMessages() {
    }

    /**
     * @param key the key in messages.properties
     * @param arguments the {@link MessageFormat} arguments; model elements are replaced by their labels
     * @return the text
     */
    public static String format(String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), RouteMessages.class.getClassLoader())
                    .getString(key);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof EObject element) {
                shown[i] = label(element);
            }
        }
        // Gap messages are formatted whenever read (so that they show current names); parsing the
        // pattern each time was a measurable share of a validation run. A parsed format is kept per
        // locale and pattern and cloned for each use, since MessageFormat is not thread-safe.
        Locale locale = Locale.getDefault();
        MessageFormat parsed = FORMATS.computeIfAbsent(new FormatKey(locale, pattern), k -> new MessageFormat(k.pattern(), k.locale()));
        return ((MessageFormat) parsed.clone()).format(shown);
    }

    private record FormatKey(Locale locale, String pattern) {
    }

    private static final java.util.Map<FormatKey, MessageFormat> FORMATS = new java.util.concurrent.ConcurrentHashMap<>();

    /** @return the name of a named element (a jurisdiction's code when it has no name), else its type */
    public static String label(EObject element) {
        if (element == null) {
            return format("label.unknown"); //$NON-NLS-1$
        }
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return named.getName();
        }
        if (element instanceof Jurisdiction j && j.getCode() != null) {
            return j.getCode();
        }
        return element.eClass().getName();
    }
}
