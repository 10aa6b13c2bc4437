package org.lawfulaccess.core.internal.persistence;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLLoadImpl;
import org.lawfulaccess.core.internal.Messages;
import org.lawfulaccess.core.persistence.LoadProblem;
import org.lawfulaccess.core.persistence.LoadProblem.Kind;
import org.lawfulaccess.core.persistence.ModelLoadException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Keeps the namespace prefix a file used for a package that is not installed. EMF makes up a
 * package for such content so that it survives, but names the prefix after the namespace URI; a
 * save would then rewrite every element of that content. Here the made-up package takes the
 * file's prefix instead, so unknown content is written back as it was read.
 * <p>
 * It also counts the elements it creates and, when the resource asks for it, records the line on
 * which each element's start tag begins. The parser reports where an event ends, never where it
 * starts; a start tag begins where the event before it ended (text, a tag or a comment), except
 * the first one, after the prolog, whose line the resource finds in the text.
 */
final class PrefixPreservingHandler extends SAXXMIHandler {

    private final Map<String, String> prefixes = new HashMap<>();
    private int elements;
    /** Where lines go, or null when nobody wants them. */
    private final ElementLines lines;
    /** The line of the first start tag, or 0 if unknown. */
    private final int firstTagLine;
    private boolean firstTag = true;
    /** The line on which the last event seen ended. */
    private int previousEnd = 1;
    /** The line on which the start tag being handled begins. */
    private int tagLine;
    /** The element whose text is being read, and how much of it was read. */
    private String element;
    private long textLength;

    private PrefixPreservingHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
        super(resource, helper, options);
        this.lines = resource instanceof LawfulResource lawful ? lawful.linesBeingRead() : null;
        this.firstTagLine = lines == null ? 0 : lines.firstTagLine();
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
            if (lines != null && tagLine > 0) {
                lines.add(object, tagLine);
            }
        }
        super.processObject(object);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        for (int i = 0; i < attributes.getLength(); i++) {
            checkLength(attributes.getValue(i).length(), "load.valueTooLarge", attributes.getQName(i)); //$NON-NLS-1$
        }
        element = qName;
        textLength = 0;
        if (lines != null) {
            int end = line();
            // Without the prolog's line, the end of the first tag is at least within it.
            tagLine = firstTag ? (firstTagLine > 0 ? firstTagLine : end) : previousEnd;
            firstTag = false;
            previousEnd = end;
        }
        super.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String name) {
        textLength = 0;
        previousEnd = line();
        super.endElement(uri, localName, name);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        textLength += length;
        // The parser hands text over in pieces; the sum is what EMF would hold as one value.
        if (textLength > LawfulResource.MAX_VALUE_LENGTH) {
            throw new ValueTooLarge(tooLarge(textLength, "load.textTooLarge", element)); //$NON-NLS-1$
        }
        previousEnd = line();
        super.characters(ch, start, length);
    }

    @Override
    public void comment(char[] ch, int start, int length) {
        previousEnd = line();
        super.comment(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) {
        previousEnd = line();
        super.processingInstruction(target, data);
    }

    @Override
    public void endCDATA() {
        previousEnd = line();
        super.endCDATA();
    }

    private void checkLength(long length, String key, String name) throws SAXException {
        if (length > LawfulResource.MAX_VALUE_LENGTH) {
            throw new SAXException(tooLarge(length, key, name));
        }
    }

    private ModelLoadException tooLarge(long length, String key, String name) {
        String file = xmlResource instanceof LawfulResource lawful ? lawful.shownName() : String.valueOf(xmlResource.getURI());
        int at = locator == null ? 0 : locator.getLineNumber();
        return new ModelLoadException(new LoadProblem(Kind.TOO_LARGE, file, at, 0,
                Messages.format(key, Messages.shorten(String.valueOf(name)), length, LawfulResource.MAX_VALUE_LENGTH)));
    }

    /** {@link #characters} may not throw a checked exception; EMF passes this one through. */
    private static final class ValueTooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ValueTooLarge(ModelLoadException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** @return the line where the current event ends, or 0 without lines or a locator */
    private int line() {
        return lines == null || locator == null ? 0 : locator.getLineNumber();
    }

    /**
     * EMF reads a reference value with a colon as the type of the proxy that follows it
     * ({@code "lawful:Provider other.lawful#id"}); without such a proxy it drops the value without a
     * word. Such a value is reported like any id that no element has.
     */
    @Override
    protected void setValueFromId(EObject object, EReference reference, String ids) {
        if (ids.indexOf(':') < 0) {
            super.setValueFromId(object, reference, ids);
            return;
        }
        String[] tokens = ids.trim().split("\\s+"); //$NON-NLS-1$
        for (int i = 0; i < tokens.length; i++) {
            if (isTypeName(tokens[i]) && (i + 1 == tokens.length || tokens[i + 1].indexOf('#') < 0)) {
                error(new UnresolvedReferenceException(object, reference, ids.trim(), getLocation(), getLineNumber(), getColumnNumber()));
                return;
            }
        }
        super.setValueFromId(object, reference, ids);
    }

    private static boolean isTypeName(String token) {
        return token != null && token.indexOf(':') >= 0 && token.indexOf('#') < 0;
    }

    @Override
    public void endDocument() {
        super.endDocument();
        if (xmlResource instanceof LawfulResource lawful) {
            lawful.elementsRead(elements);
        }
        if (lines != null) {
            lines.trim();
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
