package org.lawfulaccess.core.internal.persistence;

import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;

/**
 * Parser settings that make hostile XML harmless: no document type declarations, so no entity can
 * be declared, expanded or fetched from elsewhere.
 */
public final class SecureXml {

    /** Xerces feature that makes any DOCTYPE a fatal error. */
    static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl"; //$NON-NLS-1$

    private SecureXml() {
    }

    /**
     * The JDK's own StAX implementation, not whatever a class path happens to provide, so that the
     * properties below are honoured.
     *
     * @return a factory that reports a DOCTYPE but never processes it
     */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
        // Problems reach the user through exceptions; nothing may be printed to the console.
        factory.setXMLReporter((message, type, info, location) -> { });
        return factory;
    }

    /** @return the JDK's own StAX output factory */
    public static XMLOutputFactory outputFactory() {
        return XMLOutputFactory.newDefaultFactory();
    }

    /** @return SAX features for EMF's parser (XMLResource.OPTION_PARSER_FEATURES) */
    static Map<String, Boolean> saxFeatures() {
        Map<String, Boolean> features = new HashMap<>();
        features.put(DISALLOW_DOCTYPE, Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE); //$NON-NLS-1$
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE); //$NON-NLS-1$
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE); //$NON-NLS-1$
        features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        return features;
    }

    /** @return SAX properties for EMF's parser (XMLResource.OPTION_PARSER_PROPERTIES) */
    static Map<String, Object> saxProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
        properties.put(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
        return properties;
    }
}
