/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.internal.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A small streaming JSON writer with two-space indentation. Callers nest {@code beginObject} /
 * {@code endObject} and {@code beginArray} / {@code endArray}; inside objects, {@link #name} comes
 * before each value. Unbalanced use is a programming error and not checked beyond commas.
 */
public final class JsonWriter {

    private final Writer out;
    private int depth;
    /** Whether the current container already has an element, so the next one needs a comma. */
    private boolean[] hasElement = new boolean[16];
    private boolean afterName;

    /** @param out where the JSON goes */
    public JsonWriter(Writer out) {
        this.out = out;
    }

    /** @return this writer */
    public JsonWriter beginObject() {
        return open('{');
    }

    /** @return this writer */
    public JsonWriter endObject() {
        return close('}');
    }

    /** @return this writer */
    public JsonWriter beginArray() {
        return open('[');
    }

    /** @return this writer */
    public JsonWriter endArray() {
        return close(']');
    }

    /** @param name a member name @return this writer */
    public JsonWriter name(String name) {
        separate();
        quote(name);
        write(": "); //$NON-NLS-1$
        afterName = true;
        return this;
    }

    /** @param value a string, or null @return this writer */
    public JsonWriter value(String value) {
        separate();
        if (value == null) {
            write("null"); //$NON-NLS-1$
        } else {
            quote(value);
        }
        return this;
    }

    /** @param value a number @return this writer */
    public JsonWriter value(long value) {
        separate();
        write(Long.toString(value));
        return this;
    }

    /** @param value a boolean @return this writer */
    public JsonWriter value(boolean value) {
        separate();
        write(Boolean.toString(value));
        return this;
    }

    /** @param name a member name @param value its string value @return this writer */
    public JsonWriter member(String name, String value) {
        return name(name).value(value);
    }

    /** @param name a member name @param value its number value @return this writer */
    public JsonWriter member(String name, long value) {
        return name(name).value(value);
    }

    /** @param name a member name @param value its boolean value @return this writer */
    public JsonWriter member(String name, boolean value) {
        return name(name).value(value);
    }

    /** Ends the document with a new line and flushes. */
    public void finish() {
        write(System.lineSeparator());
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonWriter open(char c) {
        separate();
        write(String.valueOf(c));
        depth++;
        if (depth >= hasElement.length) {
            hasElement = java.util.Arrays.copyOf(hasElement, depth * 2);
        }
        hasElement[depth] = false;
        return this;
    }

    private JsonWriter close(char c) {
        boolean any = hasElement[depth];
        depth--;
        if (any) {
            newLine();
        }
        write(String.valueOf(c));
        return this;
    }

    /** Writes the comma and indentation before an element, unless it follows its name. */
    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth > 0) {
            if (hasElement[depth]) {
                write(","); //$NON-NLS-1$
            }
            hasElement[depth] = true;
            newLine();
        }
    }

    private void newLine() {
        write(System.lineSeparator());
        write("  ".repeat(depth)); //$NON-NLS-1$
    }

    private void quote(String text) {
        StringBuilder s = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '"' -> s.append("\\\""); //$NON-NLS-1$
            case '\\' -> s.append("\\\\"); //$NON-NLS-1$
            case '\n' -> s.append("\\n"); //$NON-NLS-1$
            case '\r' -> s.append("\\r"); //$NON-NLS-1$
            case '\t' -> s.append("\\t"); //$NON-NLS-1$
            default -> {
                if (c < 0x20) {
                    s.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
                } else {
                    s.append(c);
                }
            }
            }
        }
        write(s.append('"').toString());
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
