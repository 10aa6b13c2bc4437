/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.bench;

import java.util.Arrays;

/**
 * What a {@link BenchChild} measured for one file.
 *
 * @param loadNanos the measured load times
 * @param saveNanos the measured save times, of the same rounds
 * @param peakLoadBytes peak heap while loading, the heap emptied of garbage before
 * @param peakSaveBytes peak heap while saving the loaded model
 * @param retainedBytes heap in use after loading and a full collection: the loaded model's size
 * @param maxHeapBytes the child's heap ceiling
 * @param loadedElements the elements of the loaded model, to check it is all there
 * @param collectors the child's garbage collectors
 */
record Measurement(long[] loadNanos, long[] saveNanos, long peakLoadBytes, long peakSaveBytes, long retainedBytes, long maxHeapBytes,
        int loadedElements, String collectors) {

    long[] roundNanos() {
        long[] rounds = new long[loadNanos.length];
        for (int i = 0; i < rounds.length; i++) {
            rounds[i] = loadNanos[i] + saveNanos[i];
        }
        return rounds;
    }

    long peakBytes() {
        return Math.max(peakLoadBytes, peakSaveBytes);
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static long min(long[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
