package org.lawfulaccess.core.tests;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.core.internal.persistence.AtomicFileWriter;
import org.lawfulaccess.core.internal.persistence.LawfulResource;
import org.lawfulaccess.core.persistence.ModelStore;

/**
 * The process {@link AtomicSaveKillTest} kills: saves a model over and over, alternating two
 * variants, and prints a line for every step of every save so the parent can kill it at chosen
 * points. Runs outside OSGi on a plain class path.
 */
public final class AtomicSaveChild {

    static final String READY = "READY";

    private AtomicSaveChild() {
    }

    /**
     * Writes one variant of the test model to a file through the normal save path.
     *
     * @param store the store
     * @param file target
     * @param elements model size
     * @param variant "A" or "B"
     * @param listener observes the save, may be null
     * @return the saved resource
     */
    static Resource save(ModelStore store, Path file, int elements, String variant, AtomicFileWriter.Listener listener) throws Exception {
        Resource resource = store.newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        TestModel.populate(resource, elements, variant);
        Map<Object, Object> options = new HashMap<>();
        if (listener != null) {
            options.put(LawfulResource.OPTION_SAVE_LISTENER, listener);
        }
        resource.save(options);
        return resource;
    }

    /**
     * @param args target file, number of elements
     */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        int elements = Integer.parseInt(args[1]);
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        ModelStore store = TestModel.store();
        Resource a = store.newResourceSet().createResource(URI.createFileURI(target.toAbsolutePath().toString()));
        TestModel.populate(a, elements, "A");
        Resource b = store.newResourceSet().createResource(URI.createFileURI(target.toAbsolutePath().toString()));
        TestModel.populate(b, elements, "B");
        out.println(READY);
        for (int save = 1; ; save++) {
            int number = save;
            Map<Object, Object> options = new HashMap<>();
            options.put(LawfulResource.OPTION_SAVE_LISTENER, (AtomicFileWriter.Listener) phase -> out.println(number + " " + phase));
            Resource next = save % 2 == 1 ? b : a;
            EObject root = next.getContents().get(0);
            root.eResource().setModified(true);
            next.save(options);
        }
    }
}
