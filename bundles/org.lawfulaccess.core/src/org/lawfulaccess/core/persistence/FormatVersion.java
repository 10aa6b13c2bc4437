package org.lawfulaccess.core.persistence;

import java.util.Objects;

/**
 * The format version a model file declares on its root element, written {@code major.minor}.
 * <p>
 * The major version is also the last segment of the namespace URI: a new major version means a new
 * namespace, which an older release cannot read. Minor versions only add optional content, which an
 * older release keeps untouched when it saves.
 *
 * @param major the major version, also carried by the namespace URI
 * @param minor the minor version
 */
public record FormatVersion(int major, int minor) implements Comparable<FormatVersion> {

    /**
     * Creates a version.
     *
     * @throws IllegalArgumentException if either part is negative
     */
    public FormatVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("Negative format version: " + major + "." + minor); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * Parses {@code "1"} or {@code "1.2"}.
     *
     * @param text the version as written in a file
     * @return the version
     * @throws IllegalArgumentException if the text is not a version
     */
    public static FormatVersion parse(String text) {
        Objects.requireNonNull(text, "text"); //$NON-NLS-1$
        String trimmed = text.strip();
        int dot = trimmed.indexOf('.');
        try {
            if (dot < 0) {
                return new FormatVersion(Integer.parseInt(trimmed), 0);
            }
            return new FormatVersion(Integer.parseInt(trimmed.substring(0, dot)), Integer.parseInt(trimmed.substring(dot + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a format version: " + text, e); //$NON-NLS-1$
        }
    }

    @Override
    public int compareTo(FormatVersion other) {
        int byMajor = Integer.compare(major, other.major);
        return byMajor != 0 ? byMajor : Integer.compare(minor, other.minor);
    }

    /** @return {@code major.minor}, the form written into files */
    @Override
    public String toString() {
        return major + "." + minor; //$NON-NLS-1$
    }
}
