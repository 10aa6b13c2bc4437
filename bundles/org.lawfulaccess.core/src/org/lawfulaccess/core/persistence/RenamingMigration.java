package org.lawfulaccess.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
 * attributes, including references) and unqualified child elements (features stored as elements);
 * and of per-type rewrites: a value the old format implied by writing nothing (EMF never writes a
 * default), and a single-valued attribute that became a many-valued one, written as child elements.
 * <p>
 * Renames apply by name across the whole document, which is what a metamodel rename means for
 * XMI: a feature name is written the same way wherever the feature occurs. Per-type rewrites name
 * an element by the local part of its {@code xsi:type} or, when it has none, by its tag (the
 * containment feature, whose type then is the element's class). The document is streamed, so a
 * migration costs no more memory than the file itself.
 */
public final class RenamingMigration implements FormatMigration {

    private static final QName XSI_TYPE = new QName("http://www.w3.org/2001/XMLSchema-instance", "type"); //$NON-NLS-1$ //$NON-NLS-2$

    private final FormatVersion from;
    private final FormatVersion to;
    private final Map<String, String> namespaces;
    private final Map<String, String> attributes;
    private final Map<String, String> elements;
    private final Map<String, Map<String, String>> implied;
    private final Map<String, Map<String, String>> toElements;

    private RenamingMigration(Builder builder) {
        this.from = builder.from;
        this.to = builder.to;
        this.namespaces = Map.copyOf(builder.namespaces);
        this.attributes = Map.copyOf(builder.attributes);
        this.elements = Map.copyOf(builder.elements);
        this.implied = Map.copyOf(builder.implied);
        this.toElements = Map.copyOf(builder.toElements);
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
                    rewrite(event.asStartElement(), events, writer);
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

    /** Writes the start element renamed, with implied values added, then any attribute moved into child elements. */
    private void rewrite(StartElement start, XMLEventFactory events, XMLEventWriter writer) throws XMLStreamException {
        String type = typeOf(start);
        Map<String, String> added = new LinkedHashMap<>(implied.getOrDefault(type, Map.of()));
        Map<String, String> moved = toElements.getOrDefault(type, Map.of());
        Map<String, String> children = new LinkedHashMap<>();
        List<Attribute> kept = new ArrayList<>();
        for (Iterator<Attribute> it = start.getAttributes(); it.hasNext();) {
            Attribute attribute = it.next();
            String local = attribute.getName().getNamespaceURI().isEmpty() ? attribute.getName().getLocalPart() : ""; //$NON-NLS-1$
            added.remove(local);
            if (moved.containsKey(local)) {
                children.put(moved.get(local), attribute.getValue());
            } else {
                kept.add(attribute);
            }
        }
        added.forEach((attribute, value) -> {
            if (moved.containsKey(attribute)) {
                children.put(moved.get(attribute), value);
            } else {
                kept.add(events.createAttribute(attribute, value));
            }
        });
        writer.add(rename(start, kept, events));
        for (Map.Entry<String, String> child : children.entrySet()) {
            for (String value : child.getValue().trim().split("\\s+")) { //$NON-NLS-1$
                writer.add(events.createStartElement(new QName(child.getKey()), null, null));
                writer.add(events.createCharacters(value));
                writer.add(events.createEndElement(new QName(child.getKey()), null));
            }
        }
    }

    private static String typeOf(StartElement start) {
        Attribute type = start.getAttributeByName(XSI_TYPE);
        if (type == null) {
            return start.getName().getLocalPart();
        }
        String value = type.getValue();
        return value.substring(value.indexOf(':') + 1);
    }

    private StartElement rename(StartElement start, List<Attribute> attributesOfStart, XMLEventFactory events) {
        List<Attribute> renamedAttributes = new ArrayList<>();
        for (Attribute attribute : attributesOfStart) {
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
        private final Map<String, Map<String, String>> implied = new HashMap<>();
        private final Map<String, Map<String, String>> toElements = new HashMap<>();

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

        /**
         * Writes a value the old format implied by its absence (EMF writes no default values), for
         * an attribute whose default changes.
         *
         * @param type the element's type: its {@code xsi:type} without prefix, or its tag when it has none
         * @param attribute the attribute, by its old name
         * @param value the value the old format meant
         * @return this builder
         */
        public Builder implied(String type, String attribute, String value) {
            implied.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(attribute, value);
            return this;
        }

        /**
         * Moves an attribute into child elements, one per space-separated value, for a feature that
         * became many-valued (EMF writes a many-valued attribute as elements).
         *
         * @param type the element's type, as for {@link #implied}
         * @param attribute the attribute, by its old name
         * @param element the new feature's name
         * @return this builder
         */
        public Builder attributeToElements(String type, String attribute, String element) {
            toElements.computeIfAbsent(type, t -> new HashMap<>()).put(attribute, element);
            return this;
        }

        /** @return the migration */
        public RenamingMigration build() {
            return new RenamingMigration(this);
        }
    }
}
