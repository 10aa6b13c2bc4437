package org.lawfulaccess.core.internal.persistence;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLLoadImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Keeps the namespace prefix a file used for a package that is not installed. EMF makes up a
 * package for such content so that it survives, but names the prefix after the namespace URI; a
 * save would then rewrite every element of that content. Here the made-up package takes the
 * file's prefix instead, so unknown content is written back as it was read.
 */
final class PrefixPreservingHandler extends SAXXMIHandler {

    private final Map<String, String> prefixes = new HashMap<>();
    private int elements;

    private PrefixPreservingHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
        super(resource, helper, options);
    }

    /** @return a load that parses with this handler */
    static XMLLoadImpl newLoad(XMLHelper helper) {
        return new XMILoadImpl(helper) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new PrefixPreservingHandler(resource, helper, options);
            }
        };
    }

    @Override
    protected void processObject(EObject object) {
        if (object != null) {
            elements++;
        }
        super.processObject(object);
    }

    @Override
    public void endDocument() {
        super.endDocument();
        if (xmlResource instanceof LawfulResource lawful) {
            lawful.elementsRead(elements);
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        prefixes.putIfAbsent(uri, prefix);
        super.startPrefixMapping(prefix, uri);
    }

    @Override
    protected void handleXMLNSAttribute(String attribute, String value) {
        int colon = attribute.indexOf(':');
        prefixes.putIfAbsent(value, colon < 0 ? "" : attribute.substring(colon + 1)); //$NON-NLS-1$
        super.handleXMLNSAttribute(attribute, value);
    }

    @Override
    protected EPackage handleMissingPackage(String uriString) {
        EPackage ePackage = super.handleMissingPackage(uriString);
        String prefix = uriString == null ? null : prefixes.get(uriString);
        // Only made-up packages are renamed: their ePackage is owned by this load alone.
        if (ePackage != null && prefix != null && !prefix.isEmpty() && extendedMetaData != null
                && extendedMetaData.demandedPackages().contains(ePackage)) {
            ePackage.setNsPrefix(prefix);
        }
        return ePackage;
    }
}
