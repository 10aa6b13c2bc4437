package org.lawfulaccess.core.internal.persistence;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.lawfulaccess.core.internal.Messages;
import org.lawfulaccess.core.persistence.LoadProblem;
import org.lawfulaccess.core.persistence.LoadProblem.Kind;
import org.lawfulaccess.core.persistence.ModelFormat;
import org.lawfulaccess.core.persistence.ModelLoadException;

/**
 * Looks at the start of a file before EMF parses it: refuses a DOCTYPE with a clear message and
 * finds the namespace and format version of the model root, so that migrations can run first.
 * Reads at most {@link #LIMIT} bytes and rewinds the stream afterwards.
 */
final class FormatSniffer {

    /** How far into a file the model root is looked for. */
    static final int LIMIT = 1 << 20;

    /**
     * What the start of a file says.
     *
     * @param namespace the namespace URI of the model root, or null if none was found
     * @param version the version attribute of the model root, or null if absent
     * @param foreignNamespace the namespace of a root element that is not a model root ("" for
     *            none), or null if the file's root is a model root or was not seen
     * @param foreignRoot the local name of that root element, or null
     */
    record Result(String namespace, String version, String foreignNamespace, String foreignRoot) {
        static final Result NONE = new Result(null, null, null, null);

        boolean found() {
            return namespace != null;
        }

        /** @return whether the file's root element was seen and is not a model root */
        boolean foreign() {
            return foreignRoot != null;
        }
    }

    private final ModelFormat format;

    FormatSniffer(ModelFormat format) {
        this.format = format;
    }

    /**
     * @param in a stream positioned at the start of the file; rewound on return
     * @param file the file as shown to the user
     * @return what was found
     * @throws ModelLoadException if the file has a DOCTYPE or is malformed before the model root
     */
    Result sniff(BufferedInputStream in, String file) throws IOException {
        in.mark(LIMIT + 1);
        byte[] head = in.readNBytes(3);
        in.reset();
        in.mark(LIMIT + 1);
        BoundedView view = new BoundedView(in, LIMIT);
        try {
            XMLStreamReader reader = SecureXml.inputFactory().createXMLStreamReader(decode(view, head));
            try {
                return scan(reader);
            } finally {
                reader.close();
            }
        } catch (DoctypeFound e) {
            in.reset();
            throw doctype(in, e.location, file);
        } catch (XMLStreamException e) {
            if (view.exhausted) {
                // The model root lies beyond what is sniffed: let EMF find it and report problems.
                return Result.NONE;
            }
            Location at = e.getLocation();
            throw new ModelLoadException(new LoadProblem(Kind.MALFORMED, file, at == null ? 0 : at.getLineNumber(),
                    at == null ? 0 : at.getColumnNumber(), Messages.format("load.malformed", parserMessage(e)))); //$NON-NLS-1$
        } finally {
            in.reset();
        }
    }

    /**
     * Decodes leniently: bad bytes are EMF's parser's to report, with its position, and the JDK's
     * StAX parser would print encoding errors to the console on top of throwing them.
     */
    private static Reader decode(InputStream in, byte[] head) throws IOException {
        boolean utf16 = head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
        Charset charset = utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8;
        Reader reader = new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        boolean utf8Bom = head.length == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
        if (utf8Bom) {
            reader.read();
        }
        return reader;
    }

    private Result scan(XMLStreamReader reader) throws XMLStreamException, DoctypeFound {
        int depth = 0;
        boolean inXmiWrapper = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw new DoctypeFound(reader.getLocation());
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 1 || (depth == 2 && inXmiWrapper)) {
                    if (isModelRoot(reader)) {
                        return new Result(reader.getNamespaceURI(), reader.getAttributeValue(null, format.versionAttribute().getName()), null, null);
                    }
                    if (depth == 1) {
                        inXmiWrapper = isXmiWrapper(reader);
                        if (!inXmiWrapper) {
                            String namespace = reader.getNamespaceURI();
                            return new Result(null, null, namespace == null ? "" : namespace, reader.getLocalName()); //$NON-NLS-1$
                        }
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth == 0) {
                    return Result.NONE;
                }
            }
        }
        return Result.NONE;
    }

    /**
     * StAX reports where the DOCTYPE ends; the user needs where it starts, so look for it in the
     * text. Only comments and processing instructions can precede it, so the first occurrence is it
     * unless a comment quotes one; then the position is still on the right line or earlier.
     */
    private static ModelLoadException doctype(InputStream in, Location end, String file) throws IOException {
        String head = new String(in.readNBytes(LIMIT), StandardCharsets.UTF_8);
        int at = head.indexOf("<!DOCTYPE"); //$NON-NLS-1$
        int line = end.getLineNumber();
        int column = end.getColumnNumber();
        if (at >= 0) {
            String before = head.substring(0, at);
            line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            column = at - before.lastIndexOf('\n');
        }
        return new ModelLoadException(new LoadProblem(Kind.DOCTYPE_REFUSED, file, line, column, Messages.format("load.doctype"))); //$NON-NLS-1$
    }

    /** Leaves the scan as soon as a DOCTYPE shows up. */
    private static final class DoctypeFound extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Location location;

        DoctypeFound(Location location) {
            super(null, null, false, false);
            this.location = location;
        }
    }

    private boolean isModelRoot(XMLStreamReader reader) {
        return format.majorOf(reader.getNamespaceURI()) >= 0 && format.rootClass().getName().equals(reader.getLocalName());
    }

    private static boolean isXmiWrapper(XMLStreamReader reader) {
        String namespace = reader.getNamespaceURI();
        return "XMI".equals(reader.getLocalName()) && namespace != null && namespace.startsWith("http://www.omg.org/"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The JDK prefixes StAX messages with a position that the problem already carries. */
    static String parserMessage(Exception e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: "); //$NON-NLS-1$
        String text = (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip(); //$NON-NLS-1$
        // The sentence around it supplies its own full stop.
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text; //$NON-NLS-1$
    }

    /** Ends after a number of bytes and never closes the stream underneath. */
    private static final class BoundedView extends FilterInputStream {
        private long remaining;
        boolean exhausted;

        BoundedView(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                exhausted = true;
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                exhausted = true;
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public void close() {
            // The caller rewinds and goes on reading.
        }
    }
}
