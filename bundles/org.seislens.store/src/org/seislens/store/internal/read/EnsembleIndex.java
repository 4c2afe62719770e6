package org.seislens.store.internal.read;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.DatasetException;
import org.seislens.core.Ensemble;
import org.seislens.store.internal.layout.DatasetLayout;

/**
 * The ensemble index of one header key, read whole from {@code ensembles/<key>.parquet} and kept in
 * primitive arrays: value, trace count and first trace per ensemble in file order (the ordinal), the trace
 * lists of non-contiguous ensembles flattened, and a hash from value to ordinal. About 30 bytes per
 * ensemble plus 8 per listed trace.
 */
final class EnsembleIndex {

    private final String key;
    private final long[] values;
    private final int[] counts;
    private final long[] firstTraces;
    private final int[] listOffsets;
    private final long[] listValues;
    private final LongIntMap ordinals;

    private EnsembleIndex(String key, long[] values, int[] counts, long[] firstTraces, int[] listOffsets,
            long[] listValues) {
        this.key = key;
        this.values = values;
        this.counts = counts;
        this.firstTraces = firstTraces;
        this.listOffsets = listOffsets;
        this.listValues = listValues;
        this.ordinals = new LongIntMap(values.length);
    }

    /**
     * Reads and checks an index file.
     *
     * @param file {@code ensembles/<key>.parquet}
     * @param key the header key
     * @param traceCount the dataset's traces, bounding everything in the file
     * @param monitor cancellation
     * @return the index
     * @throws DatasetException naming the file when it is missing, corrupt or inconsistent
     */
    static EnsembleIndex read(Path file, String key, long traceCount, IProgressMonitor monitor)
            throws DatasetException {
        EnsembleIndex index;
        try (ParquetColumnReader r = ParquetColumnReader.open(file, traceCount)) {
            long[] values = r.readLongs(DatasetLayout.ENSEMBLE_VALUE, monitor);
            long[] counts = r.readLongs(DatasetLayout.ENSEMBLE_TRACE_COUNT, monitor);
            long[] first = r.readLongs(DatasetLayout.ENSEMBLE_FIRST_TRACE, monitor);
            ParquetColumnReader.LongLists lists = r.readLongLists(DatasetLayout.ENSEMBLE_TRACE_INDICES, traceCount,
                    monitor);
            int n = values.length;
            int[] intCounts = new int[n];
            for (int i = 0; i < n; i++) {
                int listed = lists.offsets()[i + 1] - lists.offsets()[i];
                if (counts[i] < 1 || counts[i] > traceCount || first[i] < 0 || first[i] + counts[i] > traceCount
                        && listed == 0 || listed != 0 && listed != counts[i]) {
                    throw new DatasetException(file, "ensemble " + key + "=" + values[i] + " (row " + i //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + ") has an impossible trace count " + counts[i] + ", first trace " + first[i] //$NON-NLS-1$ //$NON-NLS-2$
                            + " or trace list"); //$NON-NLS-1$
                }
                intCounts[i] = (int) counts[i];
            }
            index = new EnsembleIndex(key, values, intCounts, first, lists.offsets(), lists.values());
            for (int i = 0; i < n; i++) {
                if (index.ordinals.get(values[i]) >= 0) {
                    throw new DatasetException(file, "value " + values[i] + " appears twice"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                index.ordinals.putNew(values[i], i);
            }
        }
        return index;
    }

    /** @return the number of ensembles */
    int count() {
        return values.length;
    }

    /**
     * @param ordinal position in file order
     * @return the ensemble
     */
    Ensemble at(long ordinal) {
        if (ordinal < 0 || ordinal >= values.length) {
            throw new IndexOutOfBoundsException("Ensemble ordinal " + ordinal + " of " + values.length + " " + key //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " ensembles"); //$NON-NLS-1$
        }
        int i = (int) ordinal;
        int from = listOffsets[i];
        int to = listOffsets[i + 1];
        if (from == to) {
            return Ensemble.contiguous(key, values[i], i, firstTraces[i], counts[i]);
        }
        long[] traces = new long[to - from];
        System.arraycopy(listValues, from, traces, 0, traces.length);
        return new Ensemble(key, values[i], i, counts[i], firstTraces[i], traces);
    }

    /**
     * @param value a key value
     * @return its ensemble, or {@code null}
     */
    @Nullable
    Ensemble find(long value) {
        int ordinal = ordinals.get(value);
        return ordinal < 0 ? null : at(ordinal);
    }

    /** @return bytes of heap held */
    long byteSize() {
        return 16L * 5 + 8L * values.length + 4L * counts.length + 8L * firstTraces.length + 4L * listOffsets.length
                + 8L * listValues.length + ordinals.byteSize();
    }
}
