package org.lawfulaccess.core.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawfulaccess.core.internal.persistence.AtomicFileWriter;
import org.lawfulaccess.core.internal.persistence.AtomicFileWriter.Phase;
import org.lawfulaccess.core.internal.persistence.LawfulResource;
import org.lawfulaccess.core.persistence.ModelLoadException;
import org.lawfulaccess.core.persistence.ModelStore;
import org.lawfulaccess.tests.support.ChildClasspath;

/**
 * A save in a real separate JVM, killed with SIGKILL at many points of the save (while the
 * temporary file is written, after it is synced, around the backup and around the rename), always
 * leaves a target file that loads and is byte for byte the old or the new content.
 */
class AtomicSaveKillTest {

    private static final int ELEMENTS = 6000;
    private static final int KILLS = 24;

    @TempDir
    Path dir;

    @Test
    void killedSaveLeavesOldOrNewFileComplete() throws Exception {
        ModelStore store = TestModel.store();
        byte[] contentA = Files.readAllBytes(saved(store, "expected-a.lawful", "A"));
        byte[] contentB = Files.readAllBytes(saved(store, "expected-b.lawful", "B"));
        int chunks = contentA.length / (64 * 1024);
        assertTrue(chunks >= 4, "the model must be large enough to kill the save mid-write");

        Path work = Files.createDirectories(dir.resolve("work"));
        Path target = work.resolve("model.lawful");
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classpath = ChildClasspath.of(AtomicSaveChild.class, LawfulResource.class, EObject.class, XMIResource.class, URI.class);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Phase[] phases = Phase.values();
        Map<Phase, Integer> killsPerPhase = new EnumMap<>(Phase.class);
        Map<String, Integer> outcomes = new TreeMap<>();
        int partialTemps = 0;

        for (int kill = 0; kill < KILLS; kill++) {
            // Every phase is hit several times; which save, which chunk and the delay are random.
            Phase phase = phases[kill % phases.length];
            int save = 1 + random.nextInt(2);
            int occurrence = phase == Phase.WRITING ? 1 + random.nextInt(chunks - 1) : 1;
            long delayNanos = random.nextInt(3) == 0 ? 0 : random.nextInt(2_000_000);
            String marker = save + " " + phase;
            String where = "kill " + kill + " after '" + marker + "' #" + occurrence + " + " + delayNanos / 1000 + " µs (seed " + seed + ")";

            Files.copy(dir.resolve("expected-a.lawful"), target, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(ModelStore.backupOf(target));
            Path errors = dir.resolve("child-" + kill + ".err");
            Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath,
                    AtomicSaveChild.class.getName(), target.toString(), Integer.toString(ELEMENTS))
                    .redirectError(errors.toFile()).start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                int seen = 0;
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.equals(marker) && ++seen == occurrence) {
                        break;
                    }
                }
                if (line == null) {
                    fail("child ended before " + where + ": " + Files.readString(errors));
                }
                if (delayNanos > 0) {
                    LockSupport.parkNanos(delayNanos);
                }
                child.destroyForcibly();
            } finally {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
            }
            killsPerPhase.merge(phase, 1, Integer::sum);
            outcomes.merge(check(store, target, contentA, contentB, where), 1, Integer::sum);
            Path backup = ModelStore.backupOf(target);
            if (Files.exists(backup)) {
                byte[] kept = Files.readAllBytes(backup);
                assertTrue(Arrays.equals(kept, contentA) || Arrays.equals(kept, contentB), "backup incomplete at " + where);
            }
            partialTemps += cleanLeftovers(work, target, contentA.length);
        }
        // For the log only: how many kills interrupted the temporary write itself.
        System.out.println("AtomicSaveKillTest: seed " + seed + ", kills per phase " + killsPerPhase + ", file afterwards " + outcomes
                + ", kills that left a partly written temporary file: " + partialTemps);
    }

    private Path saved(ModelStore store, String name, String variant) throws Exception {
        Path file = dir.resolve(name);
        AtomicSaveChild.save(store, file, ELEMENTS, variant, null);
        return file;
    }

    private static String check(ModelStore store, Path target, byte[] contentA, byte[] contentB, String where) {
        byte[] found;
        try {
            found = Files.readAllBytes(target);
        } catch (Exception e) {
            throw new AssertionError("target unreadable at " + where, e);
        }
        boolean isA = Arrays.equals(found, contentA);
        boolean isB = Arrays.equals(found, contentB);
        assertTrue(isA || isB, "target is neither old nor new content (" + found.length + " bytes) at " + where);
        try {
            Resource loaded = store.load(target);
            EObject root = store.root(loaded).orElse(null);
            assertNotNull(root, where);
        } catch (ModelLoadException e) {
            fail("target does not load at " + where + ": " + e.getMessage());
        }
        return isA ? "variant A" : "variant B";
    }

    /** A killed save may leave its hidden temporary behind; it must never be the target itself. */
    private static int cleanLeftovers(Path work, Path target, long fullSize) throws Exception {
        List<Path> leftovers = new ArrayList<>();
        try (var listing = Files.list(work)) {
            listing.filter(p -> p.getFileName().toString().startsWith(".")).forEach(leftovers::add);
        }
        int partial = 0;
        for (Path leftover : leftovers) {
            if (leftover.getFileName().toString().endsWith(".saving") && Files.size(leftover) < fullSize) {
                partial++;
            }
            Files.delete(leftover);
        }
        assertTrue(Files.exists(target));
        return partial;
    }

    @Test
    void failedWriteLeavesFileAndDirectoryAsTheyWere() throws Exception {
        Path target = TestModel.write(dir.resolve("keep.lawful"), "old content");
        try {
            AtomicFileWriter.write(target, out -> {
                out.write("partial".getBytes(StandardCharsets.UTF_8));
                throw new java.io.IOException("disk full");
            }, true, null);
            fail("the failure must reach the caller");
        } catch (java.io.IOException expected) {
            // expected
        }
        assertTrue(Files.readString(target).equals("old content"));
        try (var listing = Files.list(dir)) {
            assertTrue(listing.map(p -> p.getFileName().toString()).toList().equals(List.of("keep.lawful")), "no temporary or backup left");
        }
    }
}
