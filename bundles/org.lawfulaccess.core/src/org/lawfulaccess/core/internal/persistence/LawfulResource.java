package org.lawfulaccess.core.internal.persistence;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.lawfulaccess.core.internal.Messages;
import org.lawfulaccess.core.persistence.FormatMigration;
import org.lawfulaccess.core.persistence.FormatVersion;
import org.lawfulaccess.core.persistence.LoadProblem;
import org.lawfulaccess.core.persistence.LoadProblem.Kind;
import org.lawfulaccess.core.persistence.ModelFormat;
import org.lawfulaccess.core.persistence.ModelLoadException;

/**
 * The resource of a {@code .lawful} file: XMI with UUIDs as {@code xmi:id}, hardened loading
 * (size limit, no DOCTYPE, readable errors), migrations before load and atomic saving with a
 * backup. Plain {@link #load(Map)} and {@link #save(Map)} get all of this, so an editor that uses
 * the resource directly is as safe as {@link org.lawfulaccess.core.persistence.ModelStore}.
 */
public class LawfulResource extends XMIResourceImpl {

    /** Load option: the largest accepted input in bytes ({@link Long}). */
    public static final String OPTION_MAX_INPUT_SIZE = "org.lawfulaccess.core.maxInputSize"; //$NON-NLS-1$

    /** Save option: whether to keep the previous file as {@code <name>.bak} ({@link Boolean}, default true). */
    public static final String OPTION_KEEP_BACKUP = "org.lawfulaccess.core.keepBackup"; //$NON-NLS-1$

    /** Save option: an {@link AtomicFileWriter.Listener} told about each step of the save. */
    public static final String OPTION_SAVE_LISTENER = "org.lawfulaccess.core.saveListener"; //$NON-NLS-1$

    /**
     * The longest attribute value or element text accepted, in characters: a model never needs a
     * megabyte in one value, and refusing more keeps such values out of memory and messages.
     */
    public static final int MAX_VALUE_LENGTH = 1 << 20;

    /** Default for {@link #OPTION_MAX_INPUT_SIZE}: far above any real model, far below exhausting a heap. */
    public static final long DEFAULT_MAX_INPUT_SIZE = 256L * 1024 * 1024;

    private final ModelFormat format;
    /** Elements the last load created, or -1 if unknown; lets {@link #assignMissingIds()} skip its walk. */
    private int elementsRead = -1;
    /** The lines of the elements the last load read, or null; see {@link #sourceLine(EObject)}. */
    private volatile ElementLines lines;
    /** Elements read with an id that another element of the same load has, by id; see {@link #sharingId(EObject)}. */
    private volatile Map<String, List<EObject>> duplicateIds = Map.of();
    /** Where the load under way records them, or null outside a load. */
    private Map<String, List<EObject>> duplicatesBeingRead;

    /**
     * @param uri where the resource lives
     * @param format the format it reads and writes
     */
    public LawfulResource(URI uri, ModelFormat format) {
        super(uri);
        this.format = format;
    }

    /** @return the format this resource reads and writes */
    public ModelFormat format() {
        return format;
    }

    @Override
    protected boolean useUUIDs() {
        return true;
    }

    /**
     * Ids come from the file; generating them for every element while loading would cost time and
     * would add ids to unknown content, which must be written back exactly as it was read.
     */
    @Override
    protected boolean assignIDsWhileLoading() {
        return false;
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return PrefixPreservingHandler.newLoad(createXMLHelper());
    }

    /**
     * Refuses what is not a regular file before it is opened: opening a FIFO would wait for a
     * writer forever, and a directory's read error says nothing a user can act on.
     */
    @Override
    public void load(Map<?, ?> options) throws IOException {
        Path path = isLoaded() ? null : localPath();
        if (path != null) {
            requireRegularFile(path, path.toString());
        }
        super.load(options);
    }

    /**
     * @param path a file to load
     * @param shown the file as shown to the user
     * @throws ModelLoadException naming what the path is if it is not a regular file
     */
    public static void requireRegularFile(Path path, String shown) throws ModelLoadException {
        if (Files.isRegularFile(path)) {
            return;
        }
        String key = Files.isDirectory(path) ? "load.directory" //$NON-NLS-1$
                : Files.exists(path) ? "load.notRegular" : "load.missing"; //$NON-NLS-1$ //$NON-NLS-2$
        throw new ModelLoadException(new LoadProblem(Kind.UNREADABLE, shown, 0, 0, Messages.format(key)));
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        String file = displayName();
        long limit = maxInputSize(options);
        checkSize(file, limit);
        SizeLimitedInputStream limited = new SizeLimitedInputStream(inputStream, limit);
        BufferedInputStream buffered = new BufferedInputStream(limited, 64 * 1024);
        try {
            FormatSniffer.Result start = new FormatSniffer(format).sniff(buffered, file);
            if (start.foreign()) {
                throw notAModel(file, start.foreignNamespace(), start.foreignRoot());
            }
            List<FormatMigration> migrations = migrationsFor(start, file);
            InputStream source = migrations.isEmpty() ? buffered : migrate(buffered, migrations, file);
            elementsRead = -1;
            // A migration rewrites the text (a start tag over several lines becomes one), so lines
            // read from its output would point at the wrong places of the file: none are kept.
            lines = migrations.isEmpty() ? new ElementLines(ElementLines.firstTagLine(buffered)) : null;
            duplicatesBeingRead = new HashMap<>();
            super.doLoad(source, options);
            if (!migrations.isEmpty()) {
                stampCurrentVersion();
            }
            requireModelRoot(file);
            assignMissingIds();
            duplicateIds = duplicatesBeingRead.isEmpty() ? Map.of() : Map.copyOf(duplicatesBeingRead);
            getWarnings().addAll(UnknownContent.find(this, file));
        } catch (IOException | RuntimeException e) {
            ElementLines read = lines;
            lines = null;
            if (limited.exceeded()) {
                throw new ModelLoadException(new LoadProblem(Kind.TOO_LARGE, file, 0, 0, Messages.format("load.tooLargeStream", limit))); //$NON-NLS-1$
            }
            throw LoadErrorTranslator.translate(file, getErrors(), e, backupHint(), element -> read == null ? 0 : read.lineOf(element));
        } finally {
            duplicatesBeingRead = null;
        }
    }

    /** Notes an id that an earlier element of the load under way already has; it still gets it. */
    @Override
    public void setID(EObject eObject, String id) {
        if (duplicatesBeingRead != null && id != null) {
            EObject earlier = getIDToEObjectMap().get(id);
            if (earlier != null && earlier != eObject) {
                duplicatesBeingRead.computeIfAbsent(id, k -> new ArrayList<>(List.of(earlier))).add(eObject);
            }
        }
        super.setID(eObject, id);
    }

    /**
     * @param element an element of this resource
     * @return the elements the last load read with the element's id that are still in this
     *         resource with that id, in file order; empty unless there are at least two
     */
    public List<EObject> sharingId(EObject element) {
        String id = getID(element);
        List<EObject> read = id == null ? null : duplicateIds.get(id);
        if (read == null) {
            return List.of();
        }
        List<EObject> still = read.stream().filter(e -> e.eResource() == this && id.equals(getID(e))).toList();
        return still.size() > 1 && still.contains(element) ? still : List.of();
    }

    private void checkSize(String file, long limit) throws ModelLoadException {
        Path path = localPath();
        if (path == null) {
            return;
        }
        try {
            long size = Files.size(path);
            if (size > limit) {
                throw new ModelLoadException(new LoadProblem(Kind.TOO_LARGE, file, 0, 0, Messages.format("load.tooLarge", size, limit))); //$NON-NLS-1$
            }
        } catch (ModelLoadException e) {
            throw e;
        } catch (IOException e) {
            // The stream is open, so the file exists; the counting stream still enforces the limit.
        }
    }

    private List<FormatMigration> migrationsFor(FormatSniffer.Result start, String file) throws ModelLoadException {
        if (!start.found()) {
            return List.of();
        }
        // The namespace is what EMF reads the file by, so its major version decides; a version
        // attribute of another major (a hand edit, a damaged file) must not pick the migrations.
        int major = format.majorOf(start.namespace());
        FormatVersion declared;
        try {
            declared = start.version() == null ? null : FormatVersion.parse(start.version());
        } catch (IllegalArgumentException e) {
            declared = null;
        }
        FormatVersion current = format.currentVersion();
        if (major > current.major()) {
            throw unsupported(file, Messages.format("load.newerMajor", start.namespace(), major, current, format.nsURI())); //$NON-NLS-1$
        }
        if (declared != null && declared.major() > current.major()) {
            throw unsupported(file, Messages.format("load.newerDeclared", declared, current, format.nsURI())); //$NON-NLS-1$
        }
        FormatVersion version = declared != null && declared.major() == major ? declared : new FormatVersion(major, 0);
        try {
            return format.migrationPath(version);
        } catch (IllegalStateException e) {
            throw unsupported(file, Messages.format("load.noMigration", version, current)); //$NON-NLS-1$
        }
    }

    /**
     * A file whose root is not a model root would load as foreign content only, and every caller
     * would then work on an empty model as if it were the user's.
     */
    private void requireModelRoot(String file) throws ModelLoadException {
        if (getContents().stream().anyMatch(format.rootClass()::isInstance)) {
            return;
        }
        if (getContents().isEmpty()) {
            throw notAModel(file, "", "");  //$NON-NLS-1$ //$NON-NLS-2$
        }
        EClass found = getContents().get(0).eClass();
        String namespace = found.getEPackage() == null ? "" : found.getEPackage().getNsURI(); //$NON-NLS-1$
        throw notAModel(file, namespace == null ? "" : namespace, found.getName()); //$NON-NLS-1$
    }

    private ModelLoadException notAModel(String file, String namespace, String root) {
        String found = root.isEmpty() ? Messages.format("load.noRoot") //$NON-NLS-1$
                : namespace.isEmpty() ? Messages.format("load.rootWithoutNamespace", Messages.shorten(root)) //$NON-NLS-1$
                : Messages.format("load.rootInNamespace", Messages.shorten(root), Messages.shorten(namespace)); //$NON-NLS-1$
        return new ModelLoadException(new LoadProblem(Kind.NOT_A_MODEL, file, 0, 0,
                Messages.format("load.notAModel", found, format.rootClass().getName(), format.nsURI()))); //$NON-NLS-1$
    }

    private static ModelLoadException unsupported(String file, String message) {
        return new ModelLoadException(new LoadProblem(Kind.UNSUPPORTED_FORMAT, file, 0, 0, message));
    }

    /** Migrations need the whole text; only old files pay for holding it in memory. */
    private static InputStream migrate(InputStream in, List<FormatMigration> migrations, String file) throws IOException {
        byte[] text = in.readAllBytes();
        for (FormatMigration step : migrations) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + 1024);
            try {
                step.migrate(new ByteArrayInputStream(text), out);
            } catch (IOException | RuntimeException e) {
                throw new ModelLoadException(List.of(new LoadProblem(Kind.UNSUPPORTED_FORMAT, file, 0, 0,
                        Messages.format("load.migrationFailed", step.from(), step.to(), FormatSniffer.parserMessage(e)))), e); //$NON-NLS-1$
            }
            text = out.toByteArray();
        }
        return new ByteArrayInputStream(text);
    }

    private void stampCurrentVersion() {
        for (EObject root : getContents()) {
            if (format.rootClass().isInstance(root)) {
                format.stampCurrentVersion(root);
            }
        }
    }

    /** Called by the handler at the end of the document. */
    void elementsRead(int count) {
        elementsRead = count;
    }

    /** @return where the handler of the load under way records lines, or null if it records none */
    ElementLines linesBeingRead() {
        return lines;
    }

    /**
     * Lines are those of the file as it was read: edits since do not move them. An element added
     * after the load, or a resource loaded from a migrated file, has none.
     *
     * @param element an element
     * @return the line on which the element's start tag begins in the file it was loaded from, or
     *         0 if unknown
     */
    public int sourceLine(EObject element) {
        ElementLines known = lines;
        return known == null || element == null ? 0 : known.lineOf(element);
    }

    @Override
    protected void doUnload() {
        lines = null;
        duplicateIds = Map.of();
        super.doUnload();
    }

    /**
     * Elements written by hand or by other tools may lack ids; give them one now, not at save. When
     * every element read had an id (the normal case) the walk is skipped: on a large model it costs a
     * tenth of the load and leaves a cached contents list on every element.
     */
    private void assignMissingIds() {
        if (elementsRead >= 0 && getEObjectToIDMap().size() >= elementsRead) {
            return;
        }
        for (TreeIterator<EObject> it = getAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (element instanceof AnyType) {
                it.prune();
            } else if (getID(element) == null) {
                setID(element, EcoreUtil.generateUUID());
            }
        }
    }

    @Override
    public void save(Map<?, ?> options) throws IOException {
        Path path = localPath();
        if (path == null) {
            super.save(options);
            return;
        }
        for (Iterator<EObject> it = getContents().iterator(); it.hasNext();) {
            EObject root = it.next();
            if (format.rootClass().isInstance(root)) {
                format.stampCurrentVersion(root);
            }
        }
        Object keep = option(options, OPTION_KEEP_BACKUP);
        Object listener = option(options, OPTION_SAVE_LISTENER);
        AtomicFileWriter.write(path, out -> save(out, options), !Boolean.FALSE.equals(keep),
                listener instanceof AtomicFileWriter.Listener l ? l : null);
    }

    private Object option(Map<?, ?> options, String key) {
        if (options != null && options.containsKey(key)) {
            return options.get(key);
        }
        return getDefaultSaveOptions().get(key);
    }

    private long maxInputSize(Map<?, ?> options) {
        Object value = options == null ? null : options.get(OPTION_MAX_INPUT_SIZE);
        return value instanceof Number n ? n.longValue() : DEFAULT_MAX_INPUT_SIZE;
    }

    /** @return the local file behind this resource's URI, or null if it is not a local file */
    public Path localPath() {
        URI normalized = getURIConverter().normalize(getURI());
        if (!normalized.isFile()) {
            normalized = CommonPlugin.asLocalURI(normalized);
        }
        if (normalized.isFile() && normalized.toFileString() != null) {
            return Paths.get(normalized.toFileString());
        }
        return null;
    }

    /** @return the file as shown to the user */
    String shownName() {
        return displayName();
    }

    private String displayName() {
        Path path = localPath();
        return path != null ? path.toString() : String.valueOf(getURI());
    }

    private String backupHint() {
        Path path = localPath();
        if (path == null) {
            return null;
        }
        Path backup = AtomicFileWriter.backupOf(path);
        return Files.isRegularFile(backup) ? backup.toString() : null;
    }
}
