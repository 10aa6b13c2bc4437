/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.recovery;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.swt.widgets.Display;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.ui.ModelDocument;
import org.lawfulaccess.ui.ModelDocuments;

/**
 * Keeps a recovery copy of every model with unsaved changes, so that a crash loses none of them.
 * A few seconds after the last change the model is copied in memory on the UI thread (fast, and the
 * only moment the live model is read), with its elements' ids, and the copy is written from a
 * background thread, atomically, into the state folder. Saving, reverting, or closing the model without saving deletes its copy.
 * Copies left by a workbench that did not stop cleanly are {@link #leftOver() found} at the next
 * start and offered for restoring ({@link RestoreUnsavedChanges}).
 * <p>
 * Each workbench run names its copies apart, so a run never overwrites what an earlier one left.
 * Used from the UI thread.
 */
public final class RecoveryCopies implements ModelDocuments.Listener, ModelDocument.Listener {

    /** How long after the last change a copy is taken. */
    static final int DELAY_MS = 2_000;
    static final String MODEL_SUFFIX = ".lawful"; //$NON-NLS-1$
    private static final String INFO_SUFFIX = ".recovery"; //$NON-NLS-1$
    private static final String KEY_FILE = "file"; //$NON-NLS-1$
    private static final String KEY_TIME = "time"; //$NON-NLS-1$

    /** A copy in the folder: the model file it stands for, when it was taken, and where it is. */
    public record Copy(Path file, Instant time, Path model, Path info) {
    }

    private final Path folder;
    private final ModelDocuments documents;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final ModelStore store = ModelStore.builder(LawfulResources.format(), LawfulResources::newResourceSet)
            .keepBackup(false).build();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "Recovery copies"); //$NON-NLS-1$
        thread.setDaemon(true);
        return thread;
    });
    private final Map<ModelDocument, Runnable> timers = new HashMap<>();
    private final Map<ModelDocument, Path[]> written = new HashMap<>();

    /**
     * @param folder where the copies are kept
     * @param documents the open models to follow
     */
    public RecoveryCopies(Path folder, ModelDocuments documents) {
        this.folder = folder;
        this.documents = documents;
    }

    /**
     * Starts following the open models and those opened later.
     *
     * @return this
     */
    public RecoveryCopies start() {
        documents.addListener(this);
        documents.all().forEach(this::follow);
        return this;
    }

    /**
     * @return the copies in the folder, oldest first; call before {@link #start()} to see only those an
     *         earlier run left
     */
    public List<Copy> leftOver() {
        List<Copy> copies = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path info : files.filter(f -> f.getFileName().toString().endsWith(INFO_SUFFIX)).toList()) {
                read(info).ifPresent(copies::add);
            }
        } catch (IOException e) {
            // No folder yet: nothing was left.
        }
        copies.sort((a, b) -> a.time().compareTo(b.time()));
        return copies;
    }

    private Optional<Copy> read(Path info) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(info)) {
            properties.load(reader);
            Path model = Path.of(info.toString().replace(INFO_SUFFIX, MODEL_SUFFIX));
            String file = properties.getProperty(KEY_FILE);
            String time = properties.getProperty(KEY_TIME);
            if (file == null || time == null || !Files.isRegularFile(model)) {
                return Optional.empty();
            }
            return Optional.of(new Copy(Path.of(file), Instant.parse(time), model, info));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** @param copy a copy no longer wanted (restored and followed again, or discarded) */
    public void delete(Copy copy) {
        writer.execute(() -> deleteFiles(copy.model(), copy.info()));
    }

    @Override
    public void openedOrClosed(ModelDocument document) {
        if (documents.all().contains(document)) {
            follow(document);
        } else {
            document.removeListener(this);
            forget(document);
        }
    }

    private void follow(ModelDocument document) {
        document.addListener(this);
        changed(document);
    }

    @Override
    public void changed(ModelDocument document) {
        if (document.isDirty()) {
            Runnable timer = timers.computeIfAbsent(document, d -> () -> take(d));
            Display.getCurrent().timerExec(DELAY_MS, timer);
        } else {
            forget(document);
        }
    }

    /** Drops the document's copy: it was saved, reverted or closed without saving. */
    private void forget(ModelDocument document) {
        cancel(document);
        Path[] files = written.remove(document);
        if (files != null) {
            writer.execute(() -> deleteFiles(files));
        }
    }

    private void cancel(ModelDocument document) {
        Runnable timer = timers.remove(document);
        if (timer != null) {
            Display.getCurrent().timerExec(-1, timer);
        }
    }

    /** Copies the model in memory; the copy is written off the UI thread. */
    private void take(ModelDocument document) {
        if (!documents.all().contains(document) || !document.isDirty()) {
            return;
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Collection<EObject> contents = copier.copyAll(document.resource().getContents());
        copier.copyReferences();
        // Identity is the XMI id, which the resource holds, not the element: the copy keeps it.
        Map<EObject, String> ids = new HashMap<>(copier.size() * 2);
        if (document.resource() instanceof XMLResource xml) {
            copier.forEach((original, copy) -> ids.put(copy, xml.getID(original)));
        }
        Path file = document.path();
        Path[] files = filesOf(document);
        Path[] previous = written.put(document, files);
        if (previous != null && !Arrays.equals(previous, files)) {
            writer.execute(() -> deleteFiles(previous)); // saved under another name since
        }
        Instant time = Instant.now();
        writer.execute(() -> write(contents, ids, file, time, files[0], files[1]));
    }

    private void write(Collection<EObject> contents, Map<EObject, String> ids, Path file, Instant time, Path model, Path info) {
        try {
            Files.createDirectories(folder);
            Resource resource = store.newResourceSet().createResource(URI.createFileURI(model.toString()));
            resource.getContents().addAll(contents);
            if (resource instanceof XMLResource xml) {
                ids.forEach(xml::setID);
            }
            store.save(resource);
            Properties properties = new Properties();
            properties.setProperty(KEY_FILE, file.toString());
            properties.setProperty(KEY_TIME, time.toString());
            Path temporary = info.resolveSibling(info.getFileName() + ".tmp"); //$NON-NLS-1$
            try (Writer out = Files.newBufferedWriter(temporary)) {
                properties.store(out, null);
            }
            Files.move(temporary, info, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            ILog.of(RecoveryCopies.class).warn(RecoveryMessages.bind(RecoveryMessages.copyFailed, file, e.getMessage()), e);
        }
    }

    private Path[] filesOf(ModelDocument document) {
        Path file = document.path();
        String name = file.getFileName().toString().replaceFirst("\\.lawful$", "") //$NON-NLS-1$ //$NON-NLS-2$
                + '-' + Integer.toHexString(file.toAbsolutePath().toString().hashCode()) + '-' + run;
        return new Path[] { folder.resolve(name + MODEL_SUFFIX), folder.resolve(name + INFO_SUFFIX) };
    }

    private static void deleteFiles(Path... files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                ILog.of(RecoveryCopies.class).warn(RecoveryMessages.bind(RecoveryMessages.deleteFailed, file, e.getMessage()));
            }
        }
    }

    /** Stops following the models; copies already taken stay. */
    public void stop() {
        documents.removeListener(this);
        documents.all().forEach(d -> d.removeListener(this));
        timers.keySet().stream().toList().forEach(this::cancel);
        writer.shutdown();
    }
}
