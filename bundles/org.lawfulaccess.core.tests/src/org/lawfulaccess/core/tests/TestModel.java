package org.lawfulaccess.core.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.lawfulaccess.core.internal.persistence.LawfulResourceFactory;
import org.lawfulaccess.core.persistence.FormatVersion;
import org.lawfulaccess.core.persistence.ModelFormat;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.core.persistence.RenamingMigration;

/**
 * A small dynamic metamodel shaped like the real one (a root with a format version, named
 * elements, references), so that the persistence layer is tested independently of the metamodel.
 * Version 0 of the format called {@code name} "title" and {@code elements} "items".
 */
public final class TestModel {

    public static final String NS_URI = "https://example.org/ns/testeco/1";
    public static final String NS_URI_V0 = "https://example.org/ns/testeco/0";
    /** A second registered package, standing for diagrams kept beside the model. */
    public static final String OTHER_NS_URI = "https://example.org/ns/testdiagram/1";

    public static final EPackage PACKAGE;
    public static final EClass ECOSYSTEM;
    public static final EClass ELEMENT;
    public static final EAttribute FORMAT_VERSION;
    public static final EAttribute NAME;
    public static final EReference ELEMENTS;
    public static final EAttribute ELEMENT_NAME;
    public static final EAttribute NOTE;
    public static final EReference PARTNER;
    public static final EReference RELATED;
    public static final EPackage OTHER_PACKAGE;
    public static final EClass DIAGRAM;
    public static final EAttribute DIAGRAM_TITLE;
    public static final ModelFormat FORMAT;

    static {
        EcoreFactory f = EcoreFactory.eINSTANCE;
        PACKAGE = f.createEPackage();
        PACKAGE.setName("testeco");
        PACKAGE.setNsPrefix("testeco");
        PACKAGE.setNsURI(NS_URI);
        ECOSYSTEM = f.createEClass();
        ECOSYSTEM.setName("Ecosystem");
        ELEMENT = f.createEClass();
        ELEMENT.setName("Element");
        PACKAGE.getEClassifiers().add(ECOSYSTEM);
        PACKAGE.getEClassifiers().add(ELEMENT);
        FORMAT_VERSION = attribute(ECOSYSTEM, "formatVersion");
        NAME = attribute(ECOSYSTEM, "name");
        ELEMENTS = f.createEReference();
        ELEMENTS.setName("elements");
        ELEMENTS.setEType(ELEMENT);
        ELEMENTS.setContainment(true);
        ELEMENTS.setUpperBound(-1);
        ECOSYSTEM.getEStructuralFeatures().add(ELEMENTS);
        ELEMENT_NAME = attribute(ELEMENT, "name");
        NOTE = attribute(ELEMENT, "note");
        PARTNER = f.createEReference();
        PARTNER.setName("partner");
        PARTNER.setEType(ELEMENT);
        ELEMENT.getEStructuralFeatures().add(PARTNER);
        RELATED = f.createEReference();
        RELATED.setName("related");
        RELATED.setEType(ELEMENT);
        RELATED.setUpperBound(-1);
        ELEMENT.getEStructuralFeatures().add(RELATED);

        OTHER_PACKAGE = f.createEPackage();
        OTHER_PACKAGE.setName("testdiagram");
        OTHER_PACKAGE.setNsPrefix("testdiagram");
        OTHER_PACKAGE.setNsURI(OTHER_NS_URI);
        DIAGRAM = f.createEClass();
        DIAGRAM.setName("Diagram");
        OTHER_PACKAGE.getEClassifiers().add(DIAGRAM);
        DIAGRAM_TITLE = attribute(DIAGRAM, "title");

        FORMAT = ModelFormat.builder(ECOSYSTEM, FORMAT_VERSION, new FormatVersion(1, 0))
                .migration(RenamingMigration.from(new FormatVersion(0, 0), new FormatVersion(1, 0))
                        .namespace(NS_URI_V0, NS_URI)
                        .attribute("title", "name")
                        .element("items", "elements")
                        .build())
                .build();
    }

    private TestModel() {
    }

    private static EAttribute attribute(EClass owner, String name) {
        EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
        attribute.setName(name);
        attribute.setEType(EcorePackage.Literals.ESTRING);
        owner.getEStructuralFeatures().add(attribute);
        return attribute;
    }

    /** @return a resource set knowing both test packages and the {@code .lawful} extension */
    public static ResourceSet newResourceSet(LawfulResourceFactory factory) {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(NS_URI, PACKAGE);
        set.getPackageRegistry().put(OTHER_NS_URI, OTHER_PACKAGE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("lawful", factory);
        return set;
    }

    /** @return a store for the test format with the default limits */
    public static ModelStore store() {
        return storeBuilder().build();
    }

    /** @return a store builder for the test format */
    public static ModelStore.Builder storeBuilder() {
        LawfulResourceFactory factory = new LawfulResourceFactory(FORMAT);
        return ModelStore.builder(FORMAT, () -> newResourceSet(factory));
    }

    /**
     * Builds an ecosystem with {@code count} elements whose references point forwards and backwards,
     * and fixed ids, so that two processes building it write the same bytes.
     *
     * @param resource where to put it
     * @param count number of elements
     * @param variant text mixed into every element, to tell saves apart
     * @return the root
     */
    public static EObject populate(Resource resource, int count, String variant) {
        EObject root = PACKAGE.getEFactoryInstance().create(ECOSYSTEM);
        root.eSet(NAME, "Test ecosystem " + variant + " – Brüssel");
        resource.getContents().add(root);
        @SuppressWarnings("unchecked")
        java.util.List<EObject> elements = (java.util.List<EObject>) root.eGet(ELEMENTS);
        for (int i = 0; i < count; i++) {
            EObject element = PACKAGE.getEFactoryInstance().create(ELEMENT);
            element.eSet(ELEMENT_NAME, "Element " + i);
            element.eSet(NOTE, "note " + variant + " " + i + " <&> \"quoted\"");
            elements.add(element);
            ((XMLResource) resource).setID(element, "e-" + i);
        }
        ((XMLResource) resource).setID(root, "root");
        for (int i = 0; i < count; i++) {
            EObject element = elements.get(i);
            element.eSet(PARTNER, elements.get((i + count / 2) % count));
            @SuppressWarnings("unchecked")
            java.util.List<EObject> related = (java.util.List<EObject>) element.eGet(RELATED);
            related.add(elements.get((i + 1) % count));
            related.add(elements.get((i + count - 1) % count));
        }
        return root;
    }

    /** Writes a test file. */
    public static Path write(Path file, String text) throws java.io.IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
