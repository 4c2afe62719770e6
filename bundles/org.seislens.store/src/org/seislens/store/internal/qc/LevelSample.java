package org.seislens.store.internal.qc;

import java.util.SplittableRandom;

/**
 * The robust amplitude level of a trace for its spike ratio: the median of the absolute values of at most
 * {@link #SIZE} of its samples, one from each of {@link #SIZE} equal stretches of the trace, at a fixed
 * pseudo-random place inside the stretch (so that no regular pattern of the samples lines up with the choice).
 * Traces of up to {@link #SIZE} samples use every sample. One instance per thread.
 */
final class LevelSample {

    /** The most samples the level is taken from. */
    static final int SIZE = 256;

    private final FloatMedian medians = new FloatMedian();
    private final int[] chosen = new int[SIZE];
    private int[] places = new int[0];
    private int placesFor = -1;

    /**
     * @param abs the bits of the absolute values of a trace ({@link Float#floatToRawIntBits}, sign bit clear)
     * @param ns how many
     * @return the median of the chosen values, 0 when {@code ns} is 0
     */
    double median(int[] abs, int ns) {
        if (ns <= SIZE) {
            return medians.ofAbsolute(abs, ns);
        }
        int[] at = places(ns);
        for (int k = 0; k < SIZE; k++) {
            chosen[k] = abs[at[k]];
        }
        return medians.ofAbsolute(chosen, SIZE);
    }

    /** @return where the samples are taken in a trace of {@code ns} samples (more than {@link #SIZE}) */
    private int[] places(int ns) {
        if (placesFor != ns) {
            SplittableRandom random = new SplittableRandom(ns);
            int[] at = new int[SIZE];
            for (int k = 0; k < SIZE; k++) {
                long start = (long) k * ns / SIZE;
                long end = (long) (k + 1) * ns / SIZE;
                at[k] = (int) (start + random.nextLong(end - start));
            }
            places = at;
            placesFor = ns;
        }
        return places;
    }
}
