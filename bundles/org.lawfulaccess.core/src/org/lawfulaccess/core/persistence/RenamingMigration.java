package org.lawfulaccess.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.EndElement;
import javax.xml.stream.events.Namespace;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

import org.lawfulaccess.core.internal.persistence.SecureXml;

/**
 * A migration made of renames: namespace URIs, unqualified attributes (features stored as
 * attributes, including references) and unqualified child elements (features stored as elements).
 * <p>
 * Renames apply by name across the whole document, which is what a metamodel rename means for
 * XMI: a feature name is written the same way wherever the feature occurs. The document is streamed,
 * so a migration costs no more memory than the file itself.
 */
public final class RenamingMigration implements FormatMigration {

    private final FormatVersion from;
    private final FormatVersion to;
    private final Map<String, String> namespaces;
    private final Map<String, String> attributes;
    private final Map<String, String> elements;

    private RenamingMigration(Builder builder) {
        this.from = builder.from;
        this.to = builder.to;
        this.namespaces = Map.copyOf(builder.namespaces);
        this.attributes = Map.copyOf(builder.attributes);
        this.elements = Map.copyOf(builder.elements);
    }

    /**
     * Starts a migration between two versions.
     *
     * @param from the version read
     * @param to the version written
     * @return a builder
     */
    public static Builder from(FormatVersion from, FormatVersion to) {
        return new Builder(from, to);
    }

    @Override
    public FormatVersion from() {
        return from;
    }

    @Override
    public FormatVersion to() {
        return to;
    }

    @Override
    public void migrate(InputStream in, OutputStream out) throws IOException {
        try {
            XMLEventReader reader = SecureXml.inputFactory().createXMLEventReader(in);
            XMLEventWriter writer = SecureXml.outputFactory().createXMLEventWriter(out, StandardCharsets.UTF_8.name());
            XMLEventFactory events = XMLEventFactory.newDefaultFactory();
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                if (event.isStartDocument()) {
                    // The output is UTF-8 whatever the input declared.
                    writer.add(events.createStartDocument(StandardCharsets.UTF_8.name(), "1.0")); //$NON-NLS-1$
                    writer.add(events.createCharacters("\n")); //$NON-NLS-1$
                } else if (event.isStartElement()) {
                    writer.add(rename(event.asStartElement(), events));
                } else if (event.isEndElement()) {
                    EndElement end = event.asEndElement();
                    writer.add(events.createEndElement(renameElement(end.getName()), null));
                } else {
                    writer.add(event);
                }
            }
            writer.flush();
            reader.close();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private StartElement rename(StartElement start, XMLEventFactory events) {
        List<Attribute> renamedAttributes = new ArrayList<>();
        for (Iterator<Attribute> it = start.getAttributes(); it.hasNext();) {
            Attribute attribute = it.next();
            QName name = attribute.getName();
            QName renamed = name.getNamespaceURI().isEmpty()
                    ? new QName(attributes.getOrDefault(name.getLocalPart(), name.getLocalPart()))
                    : new QName(namespace(name.getNamespaceURI()), name.getLocalPart(), name.getPrefix());
            renamedAttributes.add(events.createAttribute(renamed, attribute.getValue()));
        }
        List<Namespace> renamedNamespaces = new ArrayList<>();
        for (Iterator<Namespace> it = start.getNamespaces(); it.hasNext();) {
            Namespace declaration = it.next();
            String uri = namespace(declaration.getNamespaceURI());
            renamedNamespaces.add(declaration.isDefaultNamespaceDeclaration()
                    ? events.createNamespace(uri)
                    : events.createNamespace(declaration.getPrefix(), uri));
        }
        return events.createStartElement(renameElement(start.getName()), renamedAttributes.iterator(), renamedNamespaces.iterator());
    }

    private QName renameElement(QName name) {
        if (name.getNamespaceURI().isEmpty()) {
            return new QName(elements.getOrDefault(name.getLocalPart(), name.getLocalPart()));
        }
        return new QName(namespace(name.getNamespaceURI()), name.getLocalPart(), name.getPrefix());
    }

    private String namespace(String uri) {
        return namespaces.getOrDefault(uri, uri);
    }

    /** Collects the renames of a {@link RenamingMigration}. */
    public static final class Builder {
        private final FormatVersion from;
        private final FormatVersion to;
        private final Map<String, String> namespaces = new HashMap<>();
        private final Map<String, String> attributes = new HashMap<>();
        private final Map<String, String> elements = new HashMap<>();

        private Builder(FormatVersion from, FormatVersion to) {
            this.from = Objects.requireNonNull(from, "from"); //$NON-NLS-1$
            this.to = Objects.requireNonNull(to, "to"); //$NON-NLS-1$
        }

        /** Renames a namespace URI wherever it is declared or used. @return this builder */
        public Builder namespace(String oldURI, String newURI) {
            namespaces.put(oldURI, newURI);
            return this;
        }

        /** Renames a feature written as an unqualified attribute. @return this builder */
        public Builder attribute(String oldName, String newName) {
            attributes.put(oldName, newName);
            return this;
        }

        /** Renames a feature written as an unqualified child element. @return this builder */
        public Builder element(String oldName, String newName) {
            elements.put(oldName, newName);
            return this;
        }

        /** @return the migration */
        public RenamingMigration build() {
            return new RenamingMigration(this);
        }
    }
}
