package org.seislens.processing.internal;

/**
 * The samples around an output sample that an operator reads: {@code before} and {@code after} samples of the
 * same trace, or the whole trace. A window computed from a read extended by its halo, then cropped, equals the
 * same part of the whole processed trace.
 *
 * @param before samples before the output sample
 * @param after samples after the output sample
 * @param wholeTrace whether every output sample may depend on the whole trace
 */
public record Halo(int before, int after, boolean wholeTrace) {

    /** Reads nothing but the sample itself. */
    public static final Halo NONE = new Halo(0, 0, false);
    /** Reads the whole trace. */
    public static final Halo WHOLE_TRACE = new Halo(0, 0, true);

    /**
     * Checks the extents.
     */
    public Halo {
        if (before < 0 || after < 0) {
            throw new IllegalArgumentException("Negative halo " + before + ", " + after); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * @param before samples before
     * @param after samples after
     * @return a halo of samples
     */
    public static Halo samples(int before, int after) {
        return new Halo(before, after, false);
    }

    /**
     * @param next the halo of the operator that runs after this one
     * @return the halo of both operators in sequence: the halos add up
     */
    public Halo then(Halo next) {
        if (wholeTrace || next.wholeTrace) {
            return WHOLE_TRACE;
        }
        return samples(saturated(before + (long) next.before), saturated(after + (long) next.after));
    }

    private static int saturated(long v) {
        return (int) Math.min(Integer.MAX_VALUE, v);
    }
}
