/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.generate.ElementCounts;
import org.lawfulaccess.core.persistence.ModelStore;

/**
 * The measuring side of {@link PersistenceBench}, run in its own JVM for one model file. Prints
 * one line that {@link ChildRun} reads back.
 * <p>
 * Every round loads into a new resource set and saves to a second file beside the input, as the
 * editor does for "save as" and then "save": the second save onwards keeps a backup. A full
 * collection before each measured round (not timed) makes the rounds start from the same heap.
 * Peak heap is the sum of the peak usage of the heap pools, reset just before the phase: an upper
 * bound, since pools can peak at different moments.
 */
@SuppressWarnings("nls") // a developer tool, in English only
final class BenchChild {

    /** The first argument that makes {@link PersistenceBench} run this instead. */
    static final String FLAG = "--child";
    /** Starts the result line. */
    static final String RESULT = "RESULT";

    private BenchChild() {
    }

    /**
     * @param args {@link #FLAG}, the model file, the number of measured iterations, the least number
     *        of warm-up rounds and the least warm-up time in seconds
     */
    static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        int iterations = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        long warmupNanos = Long.parseLong(args[4]) * 1_000_000_000L;
        ModelStore store = LawfulResources.newModelStore();
        Path copy = file.resolveSibling("resaved-" + file.getFileName());

        long warmupStart = System.nanoTime();
        for (int i = 0; i < warmup || System.nanoTime() - warmupStart < warmupNanos; i++) {
            Resource resource = store.load(file);
            store.saveAs(resource, copy);
            resource.unload();
        }
        long[] load = new long[iterations];
        long[] save = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            collect();
            long start = System.nanoTime();
            Resource resource = store.load(file);
            long loaded = System.nanoTime();
            store.saveAs(resource, copy);
            long saved = System.nanoTime();
            load[i] = loaded - start;
            save[i] = saved - loaded;
            resource.unload();
        }

        collect();
        resetPeaks();
        Resource resource = store.load(file);
        long peakLoad = peak();
        collect();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        resetPeaks();
        store.saveAs(resource, copy);
        long peakSave = peak();
        int elements = ElementCounts.of(resource).total();

        System.out.println(RESULT + " load=" + join(load) + " save=" + join(save) + " peakLoad=" + peakLoad + " peakSave=" + peakSave
                + " retained=" + retained + " maxHeap=" + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax()
                + " elements=" + elements + " gc=" + gcNames());
    }

    static void collect() {
        System.gc();
        System.gc();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peak() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    static String join(long[] values) {
        StringBuilder text = new StringBuilder();
        for (long value : values) {
            text.append(text.isEmpty() ? "" : ",").append(value);
        }
        return text.toString();
    }

    static String gcNames() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(bean -> bean.getName().replace(' ', '_'))
                .collect(Collectors.joining("+"));
    }
}
