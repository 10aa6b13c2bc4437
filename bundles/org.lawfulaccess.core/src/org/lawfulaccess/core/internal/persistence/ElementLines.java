package org.lawfulaccess.core.internal.persistence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.Arrays;

import org.eclipse.emf.ecore.EObject;

/**
 * The line on which the start tag of each element created by one load begins. Loading only appends
 * to two arrays, an element and an {@code int} per element; the table to look lines up by element
 * is built on the first question, so a load that nobody asks about (the editor's) pays no more.
 * The table holds the elements it was given until the resource is unloaded.
 */
final class ElementLines {

    /** How much of a file's start is searched for the first start tag. */
    private static final int PROLOG_LIMIT = 8 * 1024;

    private final int firstTagLine;
    private EObject[] elements = new EObject[64];
    private int[] lines = new int[64];
    private int size;

    /** Open addressing by identity, built from the arrays above on the first look-up. */
    private EObject[] keys;
    private int[] values;

    /** @param firstTagLine the line of the document's first start tag, or 0 if unknown */
    ElementLines(int firstTagLine) {
        this.firstTagLine = firstTagLine;
    }

    /** @return the line of the document's first start tag, or 0 if unknown */
    int firstTagLine() {
        return firstTagLine;
    }

    /** Called while loading, once per element, in document order. */
    void add(EObject element, int line) {
        if (size == elements.length) {
            elements = Arrays.copyOf(elements, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
        }
        elements[size] = element;
        lines[size] = line;
        size++;
    }

    /** Called at the end of the load: the arrays shrink to what was read. */
    void trim() {
        if (size < elements.length) {
            elements = Arrays.copyOf(elements, size);
            lines = Arrays.copyOf(lines, size);
        }
    }

    /**
     * @param element an element
     * @return the line its start tag began on when it was read, or 0 if it was not read by this load
     */
    synchronized int lineOf(EObject element) {
        if (keys == null) {
            index();
        }
        int mask = keys.length - 1;
        for (int i = slot(element, mask); keys[i] != null; i = (i + 1) & mask) {
            if (keys[i] == element) {
                return values[i];
            }
        }
        return 0;
    }

    /** Replaces the arrays by the table; at most half full, so that misses end quickly. */
    private void index() {
        int capacity = Integer.highestOneBit(Math.max(4, size) * 2 - 1) << 1;
        EObject[] k = new EObject[capacity];
        int[] v = new int[capacity];
        int mask = capacity - 1;
        for (int n = 0; n < size; n++) {
            int i = slot(elements[n], mask);
            while (k[i] != null && k[i] != elements[n]) {
                i = (i + 1) & mask;
            }
            k[i] = elements[n];
            v[i] = lines[n];
        }
        keys = k;
        values = v;
        elements = null;
        lines = null;
    }

    private static int slot(EObject element, int mask) {
        int h = System.identityHashCode(element);
        return (h ^ (h >>> 16)) & mask;
    }

    /**
     * Finds the line of the document's first start tag. The parser reports nothing for the
     * whitespace between the XML declaration, comments and that tag, so its line cannot be told
     * from the parser's events; reading the start of the file again is cheap, it is still buffered.
     *
     * @param in the file, at its start; rewound on return
     * @return the line, or 0 if not found in the first few kilobytes or not ASCII-compatible
     */
    static int firstTagLine(BufferedInputStream in) throws IOException {
        in.mark(PROLOG_LIMIT);
        byte[] head;
        try {
            head = in.readNBytes(PROLOG_LIMIT);
        } finally {
            in.reset();
        }
        int i = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
        int line = 1;
        while (i < head.length) {
            byte b = head[i];
            if (b == '\n') {
                line++;
                i++;
            } else if (b == ' ' || b == '\t' || b == '\r') {
                i++;
            } else if (b != '<' || i + 1 >= head.length) {
                // UTF-16 or not XML at all: the parser has its own say about that.
                return 0;
            } else if (head[i + 1] == '?' || startsWith(head, i, "<!--")) { //$NON-NLS-1$
                int end = head[i + 1] == '?' ? skipPast(head, i + 2, "?>") : skipPast(head, i + 4, "-->"); //$NON-NLS-1$ //$NON-NLS-2$
                if (end < 0) {
                    return 0;
                }
                for (; i < end; i++) {
                    line += head[i] == '\n' ? 1 : 0;
                }
            } else if (head[i + 1] == '!') {
                // A DOCTYPE, which loading refuses anyway.
                return 0;
            } else {
                return line;
            }
        }
        return 0;
    }

    private static int skipPast(byte[] head, int from, String end) {
        outer: for (int i = from; i + end.length() <= head.length; i++) {
            for (int j = 0; j < end.length(); j++) {
                if (head[i + j] != end.charAt(j)) {
                    continue outer;
                }
            }
            return i + end.length();
        }
        return -1;
    }

    private static boolean startsWith(byte[] head, int at, String prefix) {
        if (at + prefix.length() > head.length) {
            return false;
        }
        for (int j = 0; j < prefix.length(); j++) {
            if (head[at + j] != prefix.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
