package org.seislens.core;

import java.util.Arrays;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A gather: the traces sharing one value of a header key, such as a shot ({@code field_record}) or a
 * common depth point ({@code cdp}).
 * <p>
 * When the traces are contiguous in the dataset, {@code traceIndices} is empty and the traces are
 * {@code firstTrace .. firstTrace + traceCount - 1}; otherwise it lists every trace in file order.
 * </p>
 *
 * @param key the header key, e.g. {@code "field_record"}
 * @param value the key's value shared by the traces
 * @param ordinal position of this ensemble in the key's index (order of first appearance)
 * @param traceCount number of traces (the fold)
 * @param firstTrace index of the first trace
 * @param traceIndices all trace indices, or an empty array when they are contiguous
 */
public record Ensemble(String key, long value, long ordinal, int traceCount, long firstTrace, long[] traceIndices) {

    private static final long[] CONTIGUOUS = new long[0];

    /**
     * Checks that the trace list agrees with the count.
     */
    public Ensemble {
        if (traceCount < 0 || firstTrace < 0 || ordinal < 0) {
            throw new IllegalArgumentException("Negative count, trace or ordinal in ensemble " + key + "=" + value); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (traceIndices.length != 0 && traceIndices.length != traceCount) {
            throw new IllegalArgumentException("Ensemble " + key + "=" + value + " has " + traceCount //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " traces but lists " + traceIndices.length); //$NON-NLS-1$
        }
        if (traceIndices.length != 0 && traceIndices[0] != firstTrace) {
            throw new IllegalArgumentException("Ensemble " + key + "=" + value + " does not start at its first trace"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /**
     * Creates an ensemble whose traces follow each other in the dataset.
     *
     * @param key the header key
     * @param value the key's value
     * @param ordinal position in the key's index
     * @param firstTrace index of the first trace
     * @param traceCount number of traces
     * @return the ensemble
     */
    public static Ensemble contiguous(String key, long value, long ordinal, long firstTrace, int traceCount) {
        return new Ensemble(key, value, ordinal, traceCount, firstTrace, CONTIGUOUS);
    }

    /** @return whether the traces are {@code firstTrace .. firstTrace + traceCount - 1} */
    public boolean isContiguous() {
        return traceIndices.length == 0;
    }

    /**
     * @param i position of the trace in the ensemble, from 0
     * @return the dataset index of that trace
     */
    public long traceIndex(int i) {
        if (i < 0 || i >= traceCount) {
            throw new IndexOutOfBoundsException("Trace " + i + " of an ensemble of " + traceCount); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return isContiguous() ? firstTrace + i : traceIndices[i];
    }

    /** @return the traces' dataset indices, in order (a new array) */
    public long[] toTraceIndices() {
        if (!isContiguous()) {
            return traceIndices.clone();
        }
        long[] all = new long[traceCount];
        for (int i = 0; i < traceCount; i++) {
            all[i] = firstTrace + i;
        }
        return all;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Ensemble o && key.equals(o.key) && value == o.value && ordinal == o.ordinal
                && traceCount == o.traceCount && firstTrace == o.firstTrace
                && Arrays.equals(traceIndices, o.traceIndices);
    }

    @Override
    public int hashCode() {
        return (key.hashCode() * 31 + Long.hashCode(value)) * 31 + traceCount;
    }

    @Override
    public String toString() {
        return "Ensemble[" + key + "=" + value + ", ordinal " + ordinal + ", " + traceCount + " traces from " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + firstTrace + (isContiguous() ? ", contiguous]" : "]"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
