package org.seislens.store.internal.qc;

import java.util.Arrays;

/**
 * The exact median of float values by a histogram of their leading bits instead of comparisons: one counting
 * pass (no data-dependent branches, and it can be folded into another pass over the values: {@link #clear},
 * {@link #count} each value, then {@link #median}), then the values of the bucket holding the middle rank are
 * counted again by their next bits, and only the few of that finer bucket are sorted. Quickselect on a
 * 1500-sample trace mispredicted about every other comparison and took 60 % of a QC pass. One instance per
 * thread: it keeps its counts and candidates.
 */
final class FloatMedian {

    /** Leading bits of the order-preserving key that pick a bucket: sign, exponent and 3 mantissa bits. */
    private static final int BUCKET_BITS = 12;
    private static final int SHIFT = 32 - BUCKET_BITS;
    /** The next bits of the key, which split the middle bucket again. */
    private static final int FINE_BITS = 8;
    private static final int FINE_SHIFT = SHIFT - FINE_BITS;

    /**
     * Consecutive values count into different lanes, {@code counts[bucket * LANES + lane]}: incrementing one
     * counter again right after storing it would wait for that store, and neighbouring samples of a trace often
     * share a bucket. A bucket's count is the sum of its lanes.
     */
    private static final int LANES = 4;
    private final int[] counts = new int[LANES << BUCKET_BITS];
    private final int[] fine = new int[1 << FINE_BITS];
    /** The lowest bucket counted since {@link #clear}, where the search for the middle rank starts. */
    private int lowest = Integer.MAX_VALUE;
    /** The highest bucket counted since {@link #clear}: the counts to clear are those in between. */
    private int highest = -1;
    private float[] candidates = new float[64];
    /** Up to this many candidates are simply sorted. */
    private static final int SMALL = 12;

    /**
     * @param v the values; not changed
     * @param n how many of them, from the start
     * @return their median (the mean of the two middle values when {@code n} is even), 0 when {@code n} is 0
     */
    double of(float[] v, int n) {
        clear();
        for (int i = 0; i < n; i++) {
            count(v[i], i);
        }
        return median(v, 0, n);
    }

    /** Starts counting the values of a new median. */
    void clear() {
        if (lowest <= highest) {
            Arrays.fill(counts, lowest * LANES, (highest + 1) * LANES, 0);
        }
        lowest = Integer.MAX_VALUE;
        highest = -1;
    }

    /**
     * Counts one value; the values counted since {@link #clear} must be the ones {@link #median} is given.
     *
     * @param value the value
     * @param i its position (consecutive values count in different lanes)
     */
    void count(float value, int i) {
        int b = bucket(value);
        counts[b * LANES + (i & (LANES - 1))]++;
        lowest = Math.min(lowest, b);
        highest = Math.max(highest, b);
    }

    private int total(int b) {
        int at = b * LANES;
        return counts[at] + counts[at + 1] + counts[at + 2] + counts[at + 3];
    }

    /**
     * @param v the values counted since {@link #clear}, from {@code from}; not changed
     * @param from the first
     * @param n how many
     * @return their median (the mean of the two middle values when {@code n} is even), 0 when {@code n} is 0
     */
    double median(float[] v, int from, int n) {
        if (n == 0) {
            return 0;
        }
        int upper = n / 2;
        int lower = n % 2 == 1 ? upper : upper - 1;
        int below = 0;
        int b = lowest;
        int inside;
        while (below + (inside = total(b)) <= lower) {
            below += inside;
            b++;
        }
        int m = collect(v, from, n, b);
        int r = lower - below;
        if (lower == upper) {
            return select(m, r, false);
        }
        if (r + 1 < m) {
            // Both middle ranks in one bucket (nearly always).
            return select(m, r, true);
        }
        // The upper middle rank is the smallest value of the next bucket that has any.
        float low = (float) select(m, r, false);
        int next = b + 1;
        while (total(next) == 0) {
            next++;
        }
        float high = Float.POSITIVE_INFINITY;
        for (int i = from; i < from + n; i++) {
            if (bucket(v[i]) == next) {
                high = Math.min(high, v[i]);
            }
        }
        return 0.5 * (low + high);
    }

    /** Copies the values of bucket {@code b} to the front of {@link #candidates}; returns how many. */
    private int collect(float[] v, int from, int n, int b) {
        if (candidates.length <= n) {
            candidates = new float[n + 1];
        }
        // A branch, taken for the few values of the bucket only, is cheaper than writing every value.
        int m = 0;
        for (int i = from; i < from + n; i++) {
            float x = v[i];
            if (bucket(x) == b) {
                candidates[m++] = x;
            }
        }
        return m;
    }

    /**
     * @param m how many {@link #candidates} there are; they may be reordered
     * @param r a rank among them, from 0
     * @param pair whether to return the mean of ranks {@code r} and {@code r + 1} (both below {@code m})
     * @return the candidate of rank {@code r}, or that mean
     */
    private double select(int m, int r, boolean pair) {
        float[] c = candidates;
        if (m <= SMALL) {
            Arrays.sort(c, 0, m);
            return pair ? 0.5 * (c[r] + c[r + 1]) : c[r];
        }
        // Many: count them again by their next bits and sort only those of the finer bucket holding rank r.
        Arrays.fill(fine, 0);
        for (int i = 0; i < m; i++) {
            fine[fineBucket(c[i])]++;
        }
        int below = 0;
        int f = 0;
        while (below + fine[f] <= r) {
            below += fine[f];
            f++;
        }
        boolean opensNext = pair && r + 1 - below >= fine[f];
        float next = Float.POSITIVE_INFINITY;
        if (opensNext) {
            // The upper rank opens the next finer bucket: its smallest value.
            int g = f + 1;
            while (fine[g] == 0) {
                g++;
            }
            for (int i = 0; i < m; i++) {
                if (fineBucket(c[i]) == g) {
                    next = Math.min(next, c[i]);
                }
            }
        }
        int k = 0;
        for (int i = 0; i < m; i++) {
            float x = c[i];
            c[k] = x;
            k += fineBucket(x) == f ? 1 : 0;
        }
        Arrays.sort(c, 0, k);
        float low = c[r - below];
        if (!pair) {
            return low;
        }
        float high = opensNext ? next : c[r - below + 1];
        return 0.5 * (low + high);
    }

    /** The order-preserving key of a value: its unsigned order is the values' order. */
    private static int key(float value) {
        int bits = Float.floatToRawIntBits(value);
        // Negative values: all bits flipped; non-negative: the sign bit set.
        return bits ^ ((bits >> 31) | Integer.MIN_VALUE);
    }

    /** The bucket of a value: the leading bits of its key. */
    private static int bucket(float value) {
        return key(value) >>> SHIFT;
    }

    /** The finer bucket of a value inside its bucket: the key's next bits. */
    private static int fineBucket(float value) {
        return (key(value) >>> FINE_SHIFT) & ((1 << FINE_BITS) - 1);
    }
}
