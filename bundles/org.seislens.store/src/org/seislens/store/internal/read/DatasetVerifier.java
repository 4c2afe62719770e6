package org.seislens.store.internal.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetVerification.Problem;
import org.seislens.core.DatasetVerification;
import org.seislens.core.Ensemble;
import org.seislens.store.internal.layout.DatasetLayout;
import org.seislens.store.internal.layout.DatasetMetadata;
import org.seislens.store.internal.layout.DatasetValidator;
import org.seislens.zarr.io.ZarrArray;

/**
 * Checks everything a reader of a dataset relies on, going on past each problem so that one run lists them
 * all: the metadata and array description, every sample chunk (present and decodable, read one at a time so
 * memory stays at one chunk), the header table's rows and trace indices, each ensemble index (readable, its
 * ensembles covering every trace once) and the amplitude statistics against the samples read.
 */
final class DatasetVerifier {

    /** Chunk problems listed one by one; a store missing all its chunks would otherwise list millions. */
    static final int MAX_CHUNK_PROBLEMS = 100;

    private final DatasetLayout layout;
    private final List<Problem> problems = new ArrayList<>();
    private long chunksChecked;

    private DatasetVerifier(Path directory) {
        this.layout = new DatasetLayout(directory);
    }

    /**
     * @param directory a dataset directory
     * @param monitor progress (one tick per chunk) and cancellation
     * @return the problems found, each with its path
     * @throws DatasetException if the directory is not a dataset at all
     */
    static DatasetVerification verify(Path directory, IProgressMonitor monitor) throws DatasetException {
        if (!DatasetLayout.isDataset(directory)) {
            throw new DatasetException(directory, "not a SeisLens dataset (no " + DatasetLayout.METADATA //$NON-NLS-1$
                    + " with the SeisLens format marker, or no " + DatasetLayout.SAMPLES + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        DatasetVerifier verifier = new DatasetVerifier(directory);
        verifier.run(monitor);
        return new DatasetVerification(directory, verifier.chunksChecked, verifier.problems);
    }

    private void run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Verifying " + layout.directory().getFileName(), 100); //$NON-NLS-1$
        DatasetMetadata m;
        try {
            m = DatasetValidator.readMetadata(layout.directory());
        } catch (DatasetException e) {
            add(e);
            return;
        }
        ZarrArray samples = null;
        try {
            samples = DatasetValidator.openSamples(layout.directory(), m);
        } catch (DatasetException e) {
            add(e);
        }
        if (samples != null) {
            try (ZarrArray array = samples) {
                SampleTally tally = readChunks(array, m, progress.split(80));
                if (tally != null) {
                    checkStatistics(m, tally);
                }
            }
        }
        progress.setWorkRemaining(20);
        checkHeaders(m, progress.split(10));
        checkEnsembles(m, progress.split(10));
    }

    /** @return what the chunks hold, or {@code null} when a chunk could not be read */
    private @Nullable SampleTally readChunks(ZarrArray array, DatasetMetadata m, IProgressMonitor monitor) {
        int chunkTraces = array.metadata().chunks(0);
        int chunkSamples = array.metadata().chunks(1);
        long[] grid = array.chunkGridShape();
        SubMonitor progress = SubMonitor.convert(monitor, (int) Math.min(Integer.MAX_VALUE, grid[0] * grid[1]));
        float[] values = new float[chunkTraces * chunkSamples];
        SampleTally tally = new SampleTally();
        long unreadable = 0;
        for (long t = 0; t < grid[0]; t++) {
            for (long s = 0; s < grid[1]; s++) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                progress.split(1);
                long t0 = t * chunkTraces;
                long s0 = s * chunkSamples;
                int traces = (int) Math.min(chunkTraces, m.traceCount() - t0);
                int samples = (int) Math.min(chunkSamples, m.sampleCount() - s0);
                long[] coords = { t, s };
                try {
                    array.readFloats2D(t0, s0, traces, samples, values, null);
                    tally.add(values, traces * samples);
                } catch (IOException | RuntimeException e) {
                    if (++unreadable <= MAX_CHUNK_PROBLEMS) {
                        Path file = array.chunkFile(coords);
                        problems.add(new Problem(file, "cannot be read: " + DatasetValidator.withoutFile(file, e))); //$NON-NLS-1$
                    }
                }
                chunksChecked++;
            }
        }
        if (unreadable > MAX_CHUNK_PROBLEMS) {
            problems.add(new Problem(array.directory(), (unreadable - MAX_CHUNK_PROBLEMS) + " more chunks cannot be read")); //$NON-NLS-1$
        }
        return unreadable == 0 ? tally : null;
    }

    private void checkStatistics(DatasetMetadata m, SampleTally read) {
        DatasetMetadata.Statistics stated = m.statistics();
        Path file = layout.metadata();
        if (stated == null) {
            problems.add(new Problem(file, "has no statistics")); //$NON-NLS-1$
            return;
        }
        if (stated.count() != read.count || stated.nonFinite() != read.nonFinite) {
            problems.add(new Problem(file, "statistics count " + stated.count() + " finite and " //$NON-NLS-1$ //$NON-NLS-2$
                    + stated.nonFinite() + " non-finite samples, the samples hold " + read.count + " and " //$NON-NLS-1$ //$NON-NLS-2$
                    + read.nonFinite)); //$NON-NLS-1$
        }
        if (read.count > 0 && (!close(stated.min(), read.min) || !close(stated.max(), read.max))) {
            problems.add(new Problem(file, "statistics give the range [" + stated.min() + ", " + stated.max() //$NON-NLS-1$ //$NON-NLS-2$
                    + "], the samples span [" + read.min + ", " + read.max + "]")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /** Samples are compared as floats: integer samples beyond 2^24 are rounded when read. */
    private static boolean close(double stated, double read) {
        return Math.abs(stated - read) <= 1e-6 * Math.max(1.0, Math.abs(stated));
    }

    private void checkHeaders(DatasetMetadata m, IProgressMonitor monitor) {
        Path file = layout.headers();
        try (ParquetColumnReader r = ParquetColumnReader.open(file, m.traceCount())) {
            if (r.rows() != m.traceCount()) {
                problems.add(new Problem(file, "has " + r.rows() + " rows for " + m.traceCount() + " traces")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return;
            }
            SubMonitor progress = SubMonitor.convert(monitor, ChunkedDatasetService.HEADER_COLUMNS.size());
            long[] indices = r.readLongs(DatasetLayout.TRACE_INDEX, progress.split(1));
            for (int i = 0; i < indices.length; i++) {
                if (indices[i] != i) {
                    problems.add(new Problem(file, "row " + i + " has " + DatasetLayout.TRACE_INDEX + " " + indices[i])); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    return;
                }
            }
            // Every column a reader offers is there and decodes, one column in memory at a time.
            for (String column : ChunkedDatasetService.HEADER_COLUMNS) {
                if (!DatasetLayout.TRACE_INDEX.equals(column)) {
                    r.readInts(column, progress.split(1));
                }
            }
        } catch (DatasetException e) {
            add(e);
        }
    }

    private void checkEnsembles(DatasetMetadata m, IProgressMonitor monitor) {
        List<String> keys = m.ensembleKeys() == null ? List.of() : m.ensembleKeys();
        SubMonitor progress = SubMonitor.convert(monitor, Math.max(1, keys.size()));
        for (String key : keys) {
            Path file;
            try {
                file = layout.inside(layout.ensembleIndex(key));
                EnsembleIndex index = EnsembleIndex.read(file, key, m.traceCount(), progress.split(1));
                checkCoverage(file, key, index, m.traceCount());
            } catch (DatasetException e) {
                add(e);
            }
        }
    }

    /** Every trace belongs to exactly one ensemble of a key. */
    private void checkCoverage(Path file, String key, EnsembleIndex index, long traceCount) {
        // Trace counts beyond an int are refused by the reader's bounds long before this.
        BitSet seen = new BitSet((int) Math.min(Integer.MAX_VALUE, traceCount));
        long total = 0;
        for (int i = 0; i < index.count(); i++) {
            Ensemble e = index.at(i);
            total += e.traceCount();
            for (int j = 0; j < e.traceCount(); j++) {
                long trace = e.traceIndex(j);
                if (trace < 0 || trace >= traceCount) {
                    problems.add(new Problem(file, "ensemble " + key + "=" + e.value() + " lists trace " + trace //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + ", outside the " + traceCount + " traces")); //$NON-NLS-1$ //$NON-NLS-2$
                    return;
                }
                if (seen.get((int) trace)) {
                    problems.add(new Problem(file, "trace " + trace + " is in two " + key + " ensembles")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    return;
                }
                seen.set((int) trace);
            }
        }
        if (total != traceCount) {
            problems.add(new Problem(file, "its ensembles hold " + total + " traces, the dataset " + traceCount)); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private void add(DatasetException e) {
        problems.add(new Problem(e.file(), DatasetValidator.withoutFile(e.file(), e)));
    }

    /** Count, range and non-finite count of the samples read. */
    private static final class SampleTally {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long count;
        long nonFinite;

        void add(float[] values, int n) {
            for (int i = 0; i < n; i++) {
                float v = values[i];
                if (Float.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    count++;
                } else {
                    nonFinite++;
                }
            }
        }
    }
}
