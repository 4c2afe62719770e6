package org.seislens.store.internal.qc;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.WindowBounds;

/**
 * Reads the samples and offsets of a {@link QcBatch} into arrays it keeps from one batch to the next. A run of
 * consecutive traces is copied straight from storage into the array
 * ({@link Dataset#copyWindow(WindowBounds, float[], IProgressMonitor)}), past the shared cache: a pass over every
 * trace would only evict what the user looks at. One per worker thread.
 */
final class BatchReader {

    private static final String OFFSET = "offset"; //$NON-NLS-1$

    private final Dataset dataset;
    private final int ns;
    private final boolean hasOffsets;
    private float[] samples = new float[0];
    private double[] offsets = new double[0];

    /**
     * @param dataset the dataset, open while this reads
     */
    BatchReader(Dataset dataset) {
        this.dataset = dataset;
        this.ns = dataset.descriptor().sampleCount();
        this.hasOffsets = dataset.descriptor().headerColumns().contains(OFFSET);
    }

    /** @return samples per trace */
    int ns() {
        return ns;
    }

    /**
     * Reads a batch's samples, trace after trace in the batch's order, into the array {@link #samples()} returns.
     *
     * @param batch the batch
     * @param monitor cancellation
     * @return the samples, {@code batch.traceCount() × ns} from index 0 (the array may be longer)
     * @throws DatasetException if the storage cannot be read
     */
    float[] readSamples(QcBatch batch, IProgressMonitor monitor) throws DatasetException {
        int count = batch.traceCount();
        if (samples.length < count * ns) {
            samples = new float[count * ns];
        }
        if (!batch.isRun()) {
            float[] read = dataset.traces(batch.traceIndices(), 0, ns, monitor).samples();
            System.arraycopy(read, 0, samples, 0, count * ns);
            return samples;
        }
        dataset.copyWindow(new WindowBounds(batch.firstTrace(), batch.firstTrace() + count, 0, ns), samples, monitor);
        return samples;
    }

    /**
     * @param batch the batch
     * @param monitor cancellation
     * @return each trace's offset in the batch's order from index 0, zeros when the dataset has no offsets
     * @throws DatasetException if the headers cannot be read
     */
    double[] readOffsets(QcBatch batch, IProgressMonitor monitor) throws DatasetException {
        int count = batch.traceCount();
        if (offsets.length < count) {
            offsets = new double[count];
        }
        if (!hasOffsets) {
            java.util.Arrays.fill(offsets, 0, count, 0);
            return offsets;
        }
        long[] column = dataset.headers(batch.traceIndices(), List.of(OFFSET), monitor).column(OFFSET);
        for (int i = 0; i < count; i++) {
            offsets[i] = column[i];
        }
        return offsets;
    }
}
