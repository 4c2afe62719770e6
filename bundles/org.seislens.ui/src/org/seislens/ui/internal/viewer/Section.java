package org.seislens.ui.internal.viewer;

import java.util.List;
import java.util.function.IntFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.Ensemble;
import org.seislens.core.TraceHeaders;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;

/**
 * What the viewer shows: a whole dataset, or one ensemble of it. The viewer works in display positions
 * {@code 0 .. count()}; a section maps them to dataset trace indices, so that a CDP gather whose traces lie
 * all over a shot-sorted dataset is shown as one gather without rewriting the data.
 *
 * @param dataset the dataset
 * @param ensemble the ensemble shown, or {@code null} for the whole dataset
 */
public record Section(Dataset dataset, @Nullable Ensemble ensemble) {

    /** @return the number of traces shown */
    public long count() {
        Ensemble e = ensemble;
        return e == null ? dataset.descriptor().traceCount() : e.traceCount();
    }

    /** @return the number of samples per trace */
    public int samples() {
        return dataset.descriptor().sampleCount();
    }

    /**
     * @param position a display position, {@code 0 .. count() - 1}
     * @return the dataset index of the trace at that position
     */
    public long traceIndex(long position) {
        Ensemble e = ensemble;
        return e == null ? position : e.traceIndex((int) position);
    }

    /**
     * @param start first position, inclusive
     * @param end last position, exclusive
     * @return the dataset indices of the traces at those positions
     */
    public long[] traceIndices(long start, long end) {
        long[] indices = new long[(int) (end - start)];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = traceIndex(start + i);
        }
        return indices;
    }

    /** @return whether the positions are dataset traces in a row, so windows can be read directly */
    public boolean isContiguous() {
        Ensemble e = ensemble;
        return e == null || e.isContiguous();
    }

    /** @return the dataset index of position 0, for contiguous sections */
    private long firstTrace() {
        Ensemble e = ensemble;
        return e == null ? 0 : e.firstTrace();
    }

    /**
     * Reads the samples at some positions into a new array.
     *
     * @param reader how windows of the dataset are read
     * @param positions display positions and samples
     * @param monitor cancellation
     * @return the samples, with the positions as bounds
     * @throws DatasetException if the storage cannot be read
     */
    public WindowData read(WindowReader reader, WindowBounds positions, IProgressMonitor monitor)
            throws DatasetException {
        return read(reader, positions, float[]::new, monitor);
    }

    /**
     * Reads the samples at some positions, into an array from {@code arrays} when the positions are dataset
     * traces in a row; a scattered gather comes in the dataset's own array.
     *
     * @param reader how windows of the dataset are read
     * @param positions display positions and samples
     * @param arrays gives an array of exactly the window's number of samples to read into
     * @param monitor cancellation
     * @return the samples, with the positions as bounds
     * @throws DatasetException if the storage cannot be read
     */
    public WindowData read(WindowReader reader, WindowBounds positions, IntFunction<float[]> arrays,
            IProgressMonitor monitor) throws DatasetException {
        if (isContiguous()) {
            long first = firstTrace();
            WindowBounds traces = first == 0 ? positions
                    : new WindowBounds(first + positions.traceStart(), first + positions.traceEnd(),
                            positions.sampleStart(), positions.sampleEnd());
            float[] samples = arrays.apply(Math.toIntExact(positions.area()));
            reader.read(dataset, traces, samples, monitor);
            return new WindowData(positions, samples, dataset.descriptor().sampleType());
        }
        WindowData data = dataset.traces(traceIndices(positions.traceStart(), positions.traceEnd()),
                positions.sampleStart(), positions.sampleEnd(), monitor);
        if (positions.traceStart() == 0) {
            return data;
        }
        return new WindowData(positions, data.samples(), data.sourceType());
    }

    /**
     * Reads header values of some positions.
     *
     * @param start first position, inclusive
     * @param end last position, exclusive
     * @param columns the header columns
     * @param monitor cancellation
     * @return the values, rows keyed by display position rather than dataset trace index
     * @throws DatasetException if the storage cannot be read
     */
    public TraceHeaders headers(long start, long end, List<String> columns, IProgressMonitor monitor)
            throws DatasetException {
        TraceHeaders read = dataset.headers(traceIndices(start, end), columns, monitor);
        long[] positions = new long[read.rowCount()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = start + i;
        }
        long[][] values = new long[columns.size()][];
        for (int c = 0; c < values.length; c++) {
            values[c] = read.column(columns.get(c));
        }
        return new TraceHeaders(columns, positions, values);
    }

    /** @return a short name: the dataset's, with the ensemble's key and value */
    public String title() {
        Ensemble e = ensemble;
        String name = dataset.descriptor().name();
        return e == null ? name : name + ' ' + e.key() + '=' + e.value();
    }
}
