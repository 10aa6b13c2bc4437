package org.lawfulaccess.core.internal.persistence;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replaces a file so that, whenever the process dies, the file is either the complete old or the
 * complete new content.
 * <p>
 * The new content goes to a hidden temporary file in the same directory (so that the final rename
 * stays within one file system), is forced to the disk, and then renamed over the target with an
 * atomic move. The previous content is kept as {@code <name>.bak}: a hard link to the old file,
 * renamed into place before the target is replaced, so the backup is complete as well. A killed
 * save can leave a {@code .<name>.*.saving} temporary behind; it never replaces anything.
 */
public final class AtomicFileWriter {

    /** Steps of a save, reported to a {@link Listener}. */
    public enum Phase {
        /** The temporary file exists and is empty. */
        TEMP_CREATED,
        /** Another chunk of content went into the temporary file. */
        WRITING,
        /** The temporary file is complete and on disk. */
        TEMP_SYNCED,
        /** The previous content is now the backup. */
        BACKUP_CREATED,
        /** The target now has the new content. */
        REPLACED,
        /** The directory entry change is on disk too. */
        DIRECTORY_SYNCED
    }

    /** Observes a save; used by tests to interrupt it at chosen points. */
    @FunctionalInterface
    public interface Listener {
        /** @param phase the step just reached */
        void reached(Phase phase);
    }

    /** Writes the content of a save. */
    @FunctionalInterface
    public interface Content {
        /** @param out the stream to write to; flushed and closed by the caller */
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int CHUNK = 64 * 1024;
    private static final String BACKUP_SUFFIX = ".bak"; //$NON-NLS-1$

    private AtomicFileWriter() {
    }

    /**
     * @param target a file
     * @return where the previous content of that file is kept
     */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * Replaces the content of a file atomically.
     *
     * @param target the file to write
     * @param content writes the new content
     * @param keepBackup whether to keep the previous content as {@link #backupOf(Path)}
     * @param listener observes the steps; may be null
     * @throws IOException if the save failed; the target is then unchanged
     */
    public static void write(Path target, Content content, boolean keepBackup, Listener listener) throws IOException {
        Listener observer = listener == null ? phase -> { } : listener;
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Path temp = directory.resolve(hiddenName(absolute, ".saving")); //$NON-NLS-1$
        boolean replaced = false;
        try {
            writeTemp(temp, absolute, content, observer);
            if (keepBackup && Files.exists(absolute)) {
                keepBackup(absolute, directory);
                observer.reached(Phase.BACKUP_CREATED);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            replaced = true;
            observer.reached(Phase.REPLACED);
            syncDirectory(directory);
            observer.reached(Phase.DIRECTORY_SYNCED);
        } finally {
            if (!replaced) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void writeTemp(Path temp, Path target, Content content, Listener observer) throws IOException {
        // CREATE_NEW: the name is random, and a clash must never write into someone else's file.
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            copyPermissions(target, temp);
            observer.reached(Phase.TEMP_CREATED);
            OutputStream out = new BufferedOutputStream(new ProgressStream(Channels.newOutputStream(channel), observer), CHUNK);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
        observer.reached(Phase.TEMP_SYNCED);
    }

    private static void keepBackup(Path target, Path directory) throws IOException {
        Path backup = backupOf(target);
        Path staging = directory.resolve(hiddenName(target, ".bak-saving")); //$NON-NLS-1$
        try {
            try {
                Files.createLink(staging, target);
            } catch (UnsupportedOperationException | FileSystemException e) {
                // No hard links here (some network and FAT file systems): copy instead.
                Files.copy(target, staging, StandardCopyOption.COPY_ATTRIBUTES);
                try (FileChannel channel = FileChannel.open(staging, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
            Files.move(staging, backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(staging);
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.exists(from)) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            }
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system, or not ours to change: the default permissions will do.
        }
    }

    private static void syncDirectory(Path directory) {
        // Makes the rename itself durable on POSIX systems; elsewhere directories cannot be opened.
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The rename is atomic regardless; only its durability after a power cut is weaker.
        }
    }

    private static String hiddenName(Path target, String suffix) {
        return "." + target.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + suffix; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Reports every {@link #CHUNK} bytes. */
    private static final class ProgressStream extends FilterOutputStream {
        private final Listener observer;
        private long sinceReport;

        ProgressStream(OutputStream out, Listener observer) {
            super(out);
            this.observer = observer;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            progress(1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            out.write(buffer, offset, length);
            progress(length);
        }

        @Override
        public void close() {
            // The channel is closed by its owner, after it has been forced to disk.
        }

        private void progress(int n) {
            sinceReport += n;
            if (sinceReport >= CHUNK) {
                sinceReport = 0;
                observer.reached(Phase.WRITING);
            }
        }
    }
}
