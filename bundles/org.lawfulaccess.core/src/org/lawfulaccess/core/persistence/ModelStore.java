package org.lawfulaccess.core.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.lawfulaccess.core.internal.Messages;
import org.lawfulaccess.core.internal.persistence.AtomicFileWriter;
import org.lawfulaccess.core.internal.persistence.LawfulResource;
import org.lawfulaccess.core.persistence.LoadProblem.Kind;

/**
 * Loads and saves model files; the one way the command line and the editor read and write them.
 * <ul>
 * <li>{@link #load(Path)} refuses hostile and oversized input and reports every problem as a
 * {@link ModelLoadException} whose message names file, line and column. Older formats are migrated
 * on the way in; content this release does not know is kept for saving.</li>
 * <li>{@link #save(Resource)} replaces the file atomically and keeps the previous content as
 * {@code <name>.bak}: a save interrupted at any point leaves the old or the new file, complete.</li>
 * </ul>
 * Instances are immutable and may be shared between threads; each load uses its own resource set
 * unless one is passed in.
 */
public final class ModelStore {

    /** The default largest accepted file: 256 MiB. */
    public static final long DEFAULT_MAX_FILE_SIZE = LawfulResource.DEFAULT_MAX_INPUT_SIZE;

    private final Supplier<ResourceSet> resourceSets;
    private final ModelFormat format;
    private final long maxFileSize;
    private final boolean keepBackup;

    private ModelStore(Builder builder) {
        this.resourceSets = builder.resourceSets;
        this.format = builder.format;
        this.maxFileSize = builder.maxFileSize;
        this.keepBackup = builder.keepBackup;
    }

    /**
     * @param format the format of the files
     * @param resourceSets makes resource sets in which that format's files are registered
     * @return a builder with the defaults: 256 MiB limit, backups kept
     */
    public static Builder builder(ModelFormat format, Supplier<ResourceSet> resourceSets) {
        return new Builder(format, resourceSets);
    }

    /** @return the format of the files */
    public ModelFormat format() {
        return format;
    }

    /** @return a new resource set in which model files can be created and loaded */
    public ResourceSet newResourceSet() {
        return resourceSets.get();
    }

    /**
     * Loads a file into a new resource set.
     *
     * @param file the file
     * @return the loaded resource
     * @throws ModelLoadException with a user-readable message if the file cannot be loaded
     */
    public Resource load(Path file) throws ModelLoadException {
        return load(file, newResourceSet());
    }

    /**
     * Loads a file into a given resource set. On failure the half-loaded resource is removed from
     * the set again.
     *
     * @param file the file
     * @param resourceSet where to load it
     * @return the loaded resource
     * @throws ModelLoadException with a user-readable message if the file cannot be loaded
     */
    public Resource load(Path file, ResourceSet resourceSet) throws ModelLoadException {
        String shown = file.toString();
        LawfulResource.requireRegularFile(file, shown);
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        Resource resource = resourceSet.createResource(uri);
        if (resource == null) {
            throw new IllegalStateException("No resource factory for " + uri); //$NON-NLS-1$
        }
        Map<Object, Object> options = new HashMap<>();
        options.put(LawfulResource.OPTION_MAX_INPUT_SIZE, maxFileSize);
        try {
            resource.load(options);
            return resource;
        } catch (ModelLoadException e) {
            discard(resource);
            throw e;
        } catch (IOException | RuntimeException e) {
            discard(resource);
            throw new ModelLoadException(List.of(new LoadProblem(Kind.UNREADABLE, shown, 0, 0,
                    Messages.format("load.unreadable", String.valueOf(e.getMessage())))), e); //$NON-NLS-1$
        }
    }

    /**
     * Finds the model root among a resource's roots, which may also hold foreign roots (diagrams,
     * extensions, content of packages that are not installed).
     *
     * @param resource a loaded resource
     * @return the first root of the format's root class
     */
    public Optional<EObject> root(Resource resource) {
        return resource.getContents().stream().filter(format.rootClass()::isInstance).findFirst();
    }

    /**
     * Content this release does not know (a type, an element or an attribute of a newer release or
     * of an extension that is not installed) is kept by the load and saved again unchanged, but no
     * analysis sees it; these warnings say where it is.
     *
     * @param resource a loaded resource
     * @return the warnings of its last load, in file order; empty if it was not loaded from a model file
     */
    public static List<LoadProblem> warnings(Resource resource) {
        return resource.getWarnings().stream().filter(LoadProblem.class::isInstance).map(LoadProblem.class::cast).toList();
    }

    /**
     * Saves a resource to its own URI.
     *
     * @param resource the resource
     * @throws ModelSaveException if it cannot be saved; the file is then unchanged
     */
    public void save(Resource resource) throws ModelSaveException {
        Map<Object, Object> options = new HashMap<>();
        options.put(LawfulResource.OPTION_KEEP_BACKUP, keepBackup);
        try {
            resource.save(options);
        } catch (IOException | RuntimeException e) {
            throw new ModelSaveException(Messages.format("save.failedKept", shown(resource), reason(e)), e); //$NON-NLS-1$
        }
    }

    /**
     * Saves a resource under a new name; the resource keeps that name afterwards.
     *
     * @param resource the resource
     * @param file the file to write
     * @throws ModelSaveException if it cannot be saved; the resource keeps its old name then
     */
    public void saveAs(Resource resource, Path file) throws ModelSaveException {
        URI previous = resource.getURI();
        resource.setURI(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            save(resource);
        } catch (ModelSaveException e) {
            resource.setURI(previous);
            throw e;
        }
    }

    /**
     * @param file a model file
     * @return where {@link #save(Resource)} keeps its previous content
     */
    public static Path backupOf(Path file) {
        return AtomicFileWriter.backupOf(file);
    }

    private static void discard(Resource resource) {
        resource.unload();
        ResourceSet set = resource.getResourceSet();
        if (set != null) {
            set.getResources().remove(resource);
        }
    }

    private static String shown(Resource resource) {
        URI uri = resource.getURI();
        return uri.isFile() ? uri.toFileString() : uri.toString();
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }

    /** Configures a {@link ModelStore}. */
    public static final class Builder {
        private final ModelFormat format;
        private final Supplier<ResourceSet> resourceSets;
        private long maxFileSize = DEFAULT_MAX_FILE_SIZE;
        private boolean keepBackup = true;

        private Builder(ModelFormat format, Supplier<ResourceSet> resourceSets) {
            this.format = Objects.requireNonNull(format, "format"); //$NON-NLS-1$
            this.resourceSets = Objects.requireNonNull(resourceSets, "resourceSets"); //$NON-NLS-1$
        }

        /** @param bytes the largest file accepted for loading @return this builder */
        public Builder maxFileSize(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("Limit must be positive: " + bytes); //$NON-NLS-1$
            }
            this.maxFileSize = bytes;
            return this;
        }

        /** @param keep whether saving keeps the previous file as {@code <name>.bak} @return this builder */
        public Builder keepBackup(boolean keep) {
            this.keepBackup = keep;
            return this;
        }

        /** @return the store */
        public ModelStore build() {
            return new ModelStore(this);
        }
    }
}
