package org.lawfulaccess.core.internal.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * The EMF load and save options of {@code .lawful} files, and the caches they share across loads.
 * One instance per resource factory: the caches live as long as the factory, never in statics.
 */
final class PersistenceOptions {

    /** Attribute wrapping width: short lines keep diffs and merges of model files local. */
    static final int LINE_WIDTH = 100;

    /** Bound for the shared name-to-feature cache; unknown content adds throw-away entries. */
    private static final int NAME_CACHE_SIZE = 20_000;

    private final XMLParserPool parserPool = new ReleasingParserPool();
    private final Map<Object, Object> nameToFeature = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
            return size() > NAME_CACHE_SIZE;
        }
    });

    /** @return load options; each performance option below keeps large loads linear */
    Map<Object, Object> load() {
        Map<Object, Object> options = new HashMap<>();
        // Without deferred IDREF resolution, loading is quadratic when references precede targets.
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, parserPool);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, nameToFeature);
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        // Nothing is lost: content of newer versions and absent extensions is kept for saving.
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
        options.put(XMLResource.OPTION_RECORD_ANY_TYPE_NAMESPACE_DECLARATIONS, Boolean.TRUE);
        // Hostile input: a DOCTYPE is a fatal error, so no entity is ever declared or fetched.
        options.put(XMLResource.OPTION_PARSER_FEATURES, SecureXml.saxFeatures());
        options.put(XMLResource.OPTION_PARSER_PROPERTIES, SecureXml.saxProperties());
        return options;
    }

    /** @return save options giving stable, readable, diffable files */
    Map<Object, Object> save() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
        options.put(Resource.OPTION_LINE_DELIMITER, "\n"); //$NON-NLS-1$
        options.put(XMLResource.OPTION_LINE_WIDTH, LINE_WIDTH);
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
        // No OPTION_CONFIGURATION_CACHE: its static printer pool keeps the largest document ever
        // saved (about 20 MB at 100,000 elements) for the life of the process, to save little time.
        return options;
    }
}
