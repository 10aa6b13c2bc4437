package org.lawfulaccess.core.internal.persistence;

import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.persistence.ModelFormat;

/**
 * Creates {@link LawfulResource}s for {@code .lawful} files. Registered for the extension through
 * {@code org.eclipse.emf.ecore.extension_parser} under OSGi and by {@link LawfulResources} outside.
 */
public class LawfulResourceFactory extends ResourceFactoryImpl {

    private final ModelFormat format;
    private final PersistenceOptions options = new PersistenceOptions();

    /** For the extension registry: the lawful-access ecosystem format. */
    public LawfulResourceFactory() {
        this(LawfulResources.format());
    }

    /** @param format the format the resources read and write */
    public LawfulResourceFactory(ModelFormat format) {
        this.format = Objects.requireNonNull(format, "format"); //$NON-NLS-1$
    }

    @Override
    public Resource createResource(URI uri) {
        LawfulResource resource = new LawfulResource(uri, format);
        resource.getDefaultLoadOptions().putAll(options.load());
        resource.getDefaultSaveOptions().putAll(options.save());
        return resource;
    }
}
