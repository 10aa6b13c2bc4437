/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.internal.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON parser (RFC 8259) into maps, lists, strings, numbers (as {@link Double} or
 * {@link Long}), booleans and null. Enough for reading baselines back; the target platform has no
 * JSON library and one small class is cheaper than adding one.
 */
public final class JsonReader {

    /** A syntax error, with the 1-based line and column. */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        SyntaxException(String message, int line) {
            super(message);
            this.line = line;
        }

        /** @return the 1-based line */
        public int line() {
            return line;
        }
    }

    private final String text;
    private int pos;

    private JsonReader(String text) {
        this.text = text;
    }

    /**
     * @param text a JSON document
     * @return its value
     * @throws SyntaxException if it is not JSON
     */
    public static Object parse(String text) throws SyntaxException {
        JsonReader reader = new JsonReader(text);
        reader.skipSpace();
        Object value = reader.value();
        reader.skipSpace();
        if (reader.pos < text.length()) {
            throw reader.error("unexpected content after the document"); //$NON-NLS-1$
        }
        return value;
    }

    private Object value() throws SyntaxException {
        if (pos >= text.length()) {
            throw error("unexpected end of input"); //$NON-NLS-1$
        }
        char c = text.charAt(pos);
        switch (c) {
        case '{':
            return object();
        case '[':
            return array();
        case '"':
            return string();
        case 't':
            return literal("true", Boolean.TRUE); //$NON-NLS-1$
        case 'f':
            return literal("false", Boolean.FALSE); //$NON-NLS-1$
        case 'n':
            return literal("null", null); //$NON-NLS-1$
        default:
            if (c == '-' || Character.isDigit(c)) {
                return number();
            }
            throw error("unexpected character '" + c + '\''); //$NON-NLS-1$
        }
    }

    private Map<String, Object> object() throws SyntaxException {
        Map<String, Object> result = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return result;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a member name"); //$NON-NLS-1$
            }
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            result.put(key, value());
            skipSpace();
            char c = next();
            if (c == '}') {
                return result;
            }
            if (c != ',') {
                throw error("expected ',' or '}'"); //$NON-NLS-1$
            }
        }
    }

    private List<Object> array() throws SyntaxException {
        List<Object> result = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return result;
        }
        while (true) {
            skipSpace();
            result.add(value());
            skipSpace();
            char c = next();
            if (c == ']') {
                return result;
            }
            if (c != ',') {
                throw error("expected ',' or ']'"); //$NON-NLS-1$
            }
        }
    }

    private String string() throws SyntaxException {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                char e = next();
                switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("truncated escape"); //$NON-NLS-1$
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw error("bad escape"); //$NON-NLS-1$
                    }
                    pos += 4;
                }
                case '"', '\\', '/' -> out.append(e);
                default -> throw error("bad escape"); //$NON-NLS-1$
                }
            } else if (c < 0x20) {
                throw error("control character in a string"); //$NON-NLS-1$
            } else {
                out.append(c);
            }
        }
    }

    private Object number() throws SyntaxException {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) { //$NON-NLS-1$
            pos++;
        }
        String token = text.substring(start, pos);
        try {
            if (token.contains(".") || token.contains("e") || token.contains("E")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return Double.valueOf(token);
            }
            return Long.valueOf(token);
        } catch (NumberFormatException e) {
            throw error("bad number " + token); //$NON-NLS-1$
        }
    }

    private Object literal(String word, Object value) throws SyntaxException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected token"); //$NON-NLS-1$
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) throws SyntaxException {
        if (next() != c) {
            throw error("expected '" + c + '\''); //$NON-NLS-1$
        }
    }

    private char peek() throws SyntaxException {
        if (pos >= text.length()) {
            throw error("unexpected end of input"); //$NON-NLS-1$
        }
        return text.charAt(pos);
    }

    private char next() throws SyntaxException {
        char c = peek();
        pos++;
        return c;
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) { //$NON-NLS-1$
            pos++;
        }
    }

    private SyntaxException error(String message) {
        int line = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return new SyntaxException(message, line);
    }
}
