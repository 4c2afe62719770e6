package org.seislens.export.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.Ensemble;
import org.seislens.core.ExportOptions;

/**
 * The traces an export writes, in order: a contiguous range of dataset indices, or a list of indices (the
 * traces of chosen ensembles).
 *
 * @param start the first trace of a range
 * @param end the end of a range, exclusive
 * @param indices the traces of a list, or {@code null} for the range
 * @param description what was chosen, in words, or "" for every trace
 */
record TraceSelection(long start, long end, long @Nullable [] indices, String description) {

    /** @return the number of traces */
    long count() {
        long[] list = indices;
        return list != null ? list.length : end - start;
    }

    /**
     * @param i a position in the selection
     * @return the dataset index of its trace
     */
    long index(long i) {
        long[] list = indices;
        return list != null ? list[(int) i] : start + i;
    }

    /**
     * @param i a position in the selection
     * @param limit the most traces to count
     * @return how many traces from position {@code i} on (at most {@code limit}) are consecutive in the dataset,
     *         so that they can be read at once
     */
    int run(long i, int limit) {
        long first = index(i);
        int run = 1;
        while (run < limit && index(i + run) == first + run) {
            run++;
        }
        return run;
    }

    /**
     * Resolves the selection options against a dataset.
     *
     * @param dataset the dataset
     * @param options the options
     * @param monitor cancellation of ensemble index reads
     * @return the selection
     * @throws DatasetException naming the dataset when a range lies outside it, the key is not indexed or
     *             nothing is selected
     */
    static TraceSelection of(Dataset dataset, ExportOptions options, IProgressMonitor monitor)
            throws DatasetException {
        Path location = dataset.descriptor().location();
        long traces = dataset.descriptor().traceCount();
        String key = options.key();
        ExportOptions.Range range = options.traces();
        if (key != null && range != null) {
            throw new DatasetException(location, "choose traces by --traces or by --key, not both"); //$NON-NLS-1$
        }
        if (key == null) {
            if (!options.keyValues().isEmpty() || options.keyRange() != null) {
                throw new DatasetException(location, "--values and --range need --key"); //$NON-NLS-1$
            }
            if (range == null) {
                return new TraceSelection(0, traces, null, ""); //$NON-NLS-1$
            }
            if (range.start() < 0 || range.end() > traces || range.start() >= range.end()) {
                throw new DatasetException(location, "traces " + range.start() + ":" + range.end() //$NON-NLS-1$ //$NON-NLS-2$
                        + " are not a non-empty range inside the dataset's 0:" + traces); //$NON-NLS-1$
            }
            return new TraceSelection(range.start(), range.end(), null,
                    "traces " + range.start() + ":" + range.end()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!dataset.descriptor().hasEnsembleKey(key)) {
            throw new DatasetException(location, "has no ensemble index for key " + key + " (indexed: " //$NON-NLS-1$ //$NON-NLS-2$
                    + dataset.descriptor().ensembleKeys() + ")"); //$NON-NLS-1$
        }
        ExportOptions.Range values = options.keyRange();
        if ((values == null) == options.keyValues().isEmpty()) {
            throw new DatasetException(location, "--key needs either --values or --range"); //$NON-NLS-1$
        }
        List<Ensemble> ensembles = new ArrayList<>();
        String description;
        if (values == null) {
            for (long value : options.keyValues()) {
                Ensemble e = dataset.ensemble(key, value, monitor);
                if (e == null) {
                    throw new DatasetException(location, "has no " + key + " ensemble with value " + value); //$NON-NLS-1$ //$NON-NLS-2$
                }
                ensembles.add(e);
            }
            description = key + " " + joined(options.keyValues()); //$NON-NLS-1$
        } else {
            long count = dataset.ensembleCount(key);
            for (long o = 0; o < count; o++) {
                Ensemble e = dataset.ensembleAt(key, o, monitor);
                if (e.value() >= values.start() && e.value() <= values.end()) {
                    ensembles.add(e);
                }
            }
            description = key + " " + values.start() + ":" + values.end(); //$NON-NLS-1$ //$NON-NLS-2$
            if (ensembles.isEmpty()) {
                throw new DatasetException(location, "has no " + key + " ensemble in " + values.start() + ":" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + values.end());
            }
        }
        long total = 0;
        for (Ensemble e : ensembles) {
            total += e.traceCount();
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new DatasetException(location, "selects " + total + " traces: too many for one list, use --traces"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        long[] list = new long[(int) total];
        int at = 0;
        for (Ensemble e : ensembles) {
            for (int i = 0; i < e.traceCount(); i++) {
                list[at++] = e.traceIndex(i);
            }
        }
        return new TraceSelection(0, 0, list, description);
    }

    private static String joined(List<Long> values) {
        StringBuilder s = new StringBuilder();
        for (Long v : values) {
            s.append(s.length() == 0 ? "" : ",").append(v); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return s.toString();
    }
}
