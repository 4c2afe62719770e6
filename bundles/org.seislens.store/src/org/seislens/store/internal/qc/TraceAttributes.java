package org.seislens.store.internal.qc;

import java.util.List;

/**
 * The attributes of a gather's traces, one array per attribute (index = position in the gather), and the
 * comma-separated flags of each trace (empty when none).
 */
final class TraceAttributes {

    /** The attribute names, in the order of {@link #values}; they are the column names of attributes.parquet. */
    static final List<String> NAMES = List.of("rms", "peak_abs", "zero_fraction", "spike_ratio", "first_break_ms", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "polarity_corr"); //$NON-NLS-1$
    static final int RMS = 0;
    static final int PEAK = 1;
    static final int ZERO = 2;
    static final int SPIKE = 3;
    static final int FIRST_BREAK = 4;
    static final int POLARITY = 5;

    /** {@code values[attribute][trace]}. */
    final double[][] values;
    /** Whether the peak stands alone (see {@code spikeIsolation}). */
    final boolean[] isolated;
    final String[] flags;

    TraceAttributes(int traces) {
        values = new double[NAMES.size()][traces];
        isolated = new boolean[traces];
        flags = new String[traces];
        java.util.Arrays.fill(flags, ""); //$NON-NLS-1$
    }

    int traces() {
        return flags.length;
    }

    void flag(int trace, String reason) {
        flags[trace] = flags[trace].isEmpty() ? reason : flags[trace] + "," + reason; //$NON-NLS-1$
    }
}
