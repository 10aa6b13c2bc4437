package org.lawfulaccess.core.internal.persistence;

import java.util.Map;

import javax.xml.parsers.SAXParser;

import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * EMF's parser pool, except that a parser goes back into the pool without its last handler. The
 * JDK's parser keeps the handlers it last parsed with, and EMF's handler keeps the resource and its
 * pending references: a pooled parser would keep the previous model reachable after it was unloaded.
 * {@code SAXParser.reset()} is no way out: it would also drop the secure features.
 */
final class ReleasingParserPool extends XMLParserPoolImpl {

    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler"; //$NON-NLS-1$
    private static final DefaultHandler2 NONE = new DefaultHandler2();

    @Override
    public synchronized void release(SAXParser parser, Map<String, Boolean> features, Map<String, ?> properties, boolean useLexicalHandler) {
        try {
            XMLReader reader = parser.getXMLReader();
            reader.setContentHandler(NONE);
            reader.setErrorHandler(NONE);
            reader.setEntityResolver(NONE);
            reader.setDTDHandler(NONE);
            if (useLexicalHandler) {
                reader.setProperty(LEXICAL_HANDLER, NONE);
            }
        } catch (SAXException e) {
            // Not clearable: do not pool it, so that it cannot hold on to a model.
            return;
        }
        super.release(parser, features, properties, useLexicalHandler);
    }
}
