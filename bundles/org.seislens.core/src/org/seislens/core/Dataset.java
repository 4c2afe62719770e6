package org.seislens.core;

import java.nio.ByteBuffer;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An opened, read-only dataset. Reading methods block and honour cancellation of their monitor; they may
 * be called from any thread. Nothing here writes.
 */
public interface Dataset extends AutoCloseable {

    /** @return what the dataset is */
    DatasetDescriptor descriptor();

    /**
     * Reads the samples of a window.
     *
     * @param bounds the window; it must lie inside {@link DatasetDescriptor#extent()} (use
     *            {@link WindowBounds#clampTo} to limit it first)
     * @param monitor progress and cancellation
     * @return the samples as floats
     * @throws DatasetException if the storage cannot be read
     * @throws IllegalArgumentException if the window is outside the dataset
     * @throws org.eclipse.core.runtime.OperationCanceledException if the monitor was cancelled
     */
    WindowData window(WindowBounds bounds, IProgressMonitor monitor) throws DatasetException;

    /**
     * Reads the samples of a window into an array the caller owns, the same values {@link #window} returns, so
     * that a caller reading window after window into one array allocates nothing per window (no array for the
     * collector to clear away). Goes through the shared cache like {@link #window}; the array is the caller's
     * and is never kept.
     *
     * @param bounds the window; it must lie inside {@link DatasetDescriptor#extent()}
     * @param destination receives sample {@code s} of trace {@code t} (both relative to the window) at
     *            {@code t * bounds.sampleCount() + s}; what lies beyond {@code bounds.area()} is left alone
     * @param monitor progress and cancellation
     * @throws DatasetException if the storage cannot be read
     * @throws IllegalArgumentException if the window is outside the dataset or larger than {@code destination}
     * @throws org.eclipse.core.runtime.OperationCanceledException if the monitor was cancelled
     */
    default void readWindow(WindowBounds bounds, float[] destination, IProgressMonitor monitor)
            throws DatasetException {
        checkDestination(bounds, destination);
        float[] samples = window(bounds, monitor).samples();
        System.arraycopy(samples, 0, destination, 0, samples.length);
    }

    /**
     * Checks the array of {@link #readWindow}: it holds the window's samples.
     *
     * @param bounds the window
     * @param destination the array
     * @throws IllegalArgumentException if the window has more samples than the array
     */
    static void checkDestination(WindowBounds bounds, float[] destination) {
        if (bounds.area() > destination.length) {
            throw new IllegalArgumentException("Window " + bounds + " holds " + bounds.area() //$NON-NLS-1$ //$NON-NLS-2$
                    + " samples, more than an array of " + destination.length); //$NON-NLS-1$
        }
    }

    /**
     * Reads chosen traces, in the order given, as one window: a gather whose traces lie anywhere in the
     * dataset (a CDP gather of shot-sorted data, for example) is read without rewriting the data.
     *
     * @param traceIndices dataset indices of the traces, in display order; repeats are allowed
     * @param sampleStart first sample, inclusive
     * @param sampleEnd last sample, exclusive
     * @param monitor progress and cancellation
     * @return the samples; row {@code i} holds trace {@code traceIndices[i]}, and the bounds' trace range is
     *         the positions {@code 0 .. traceIndices.length}, not dataset indices
     * @throws DatasetException if the storage cannot be read
     * @throws IllegalArgumentException if a trace or the sample range is outside the dataset
     * @throws org.eclipse.core.runtime.OperationCanceledException if the monitor was cancelled
     */
    WindowData traces(long[] traceIndices, int sampleStart, int sampleEnd, IProgressMonitor monitor)
            throws DatasetException;

    /**
     * Starts loading chosen traces into the shared cache in the background, like {@link #prefetch}, so that a
     * later {@link #traces} or {@link #window} of them reads no storage. When every index lies in the dataset,
     * the gather that {@link #traces} returns for exactly these arguments is cached too, so reading it then is
     * a lookup.
     *
     * @param traceIndices dataset indices of the traces; indices outside the dataset are ignored
     * @param sampleStart first sample, inclusive
     * @param sampleEnd last sample, exclusive
     * @return a handle to cancel or wait for the prefetch
     */
    PrefetchHandle prefetchTraces(long[] traceIndices, int sampleStart, int sampleEnd);

    /**
     * Tells whether reading chosen traces now would be served from memory, without reading anything and
     * without changing the cache's statistics.
     *
     * @param traceIndices dataset indices of the traces
     * @param sampleStart first sample, inclusive
     * @param sampleEnd last sample, exclusive
     * @return whether every stored piece those traces need is in the shared cache
     */
    boolean isCached(long[] traceIndices, int sampleStart, int sampleEnd);

    /**
     * @param key an indexed header key
     * @return the number of ensembles of that key
     * @throws DatasetException if the index cannot be read or the key is not indexed
     */
    long ensembleCount(String key) throws DatasetException;

    /**
     * @param key an indexed header key
     * @param ordinal position of the ensemble in the key's index, from 0
     * @param monitor progress and cancellation
     * @return the ensemble
     * @throws DatasetException if the index cannot be read or the key is not indexed
     */
    Ensemble ensembleAt(String key, long ordinal, IProgressMonitor monitor) throws DatasetException;

    /**
     * @param key an indexed header key
     * @param value the key's value
     * @param monitor progress and cancellation
     * @return the ensemble with that value, or {@code null} if there is none
     * @throws DatasetException if the index cannot be read or the key is not indexed
     */
    @Nullable
    Ensemble ensemble(String key, long value, IProgressMonitor monitor) throws DatasetException;

    /**
     * Reads trace header values.
     *
     * @param traceIndices the traces, in the order wanted
     * @param columns header column names, see {@link DatasetDescriptor#headerColumns()}
     * @param monitor progress and cancellation
     * @return the values
     * @throws DatasetException if the headers cannot be read or a column does not exist
     */
    TraceHeaders headers(long[] traceIndices, List<String> columns, IProgressMonitor monitor) throws DatasetException;

    /**
     * Starts loading regions into the shared cache in the background, at low priority, so that a later
     * {@link #window} or a pan over them reads no storage.
     *
     * @param regions windows to load; parts outside the dataset are ignored
     * @return a handle to cancel or wait for the prefetch
     */
    PrefetchHandle prefetch(List<WindowBounds> regions);

    /**
     * @return the identity under which this dataset's entries live in the shared {@link DataCache}; equal for
     *         every handle of the same dataset directory and content, for {@link DataCache#invalidateDataset}
     */
    String cacheId();

    /** @return bytes of memory this handle holds outside the shared cache (indexes, buffers) */
    long memoryFootprint();

    /**
     * Copies a window's samples into a buffer as float32 in the buffer's byte order, one trace every
     * {@code stride} bytes, without going through the shared cache: for passes that read every trace once (an
     * export), which would otherwise evict what the user is looking at. The stride lets samples land straight
     * between other bytes, such as the trace headers of a file. Reading forward in consecutive windows is
     * cheapest.
     *
     * @param bounds the window; it must lie inside {@link DatasetDescriptor#extent()}
     * @param dst receives trace {@code t} of the window at byte {@code offset + t * stride}; its position is
     *            ignored and not changed
     * @param offset the byte index of the window's first sample in {@code dst}
     * @param stride bytes from one trace's first sample to the next's, at least {@code 4 * bounds.sampleCount()}
     * @param monitor cancellation
     * @throws DatasetException if the storage cannot be read
     * @throws IllegalArgumentException if the window is outside the dataset or does not fit {@code dst}
     */
    default void copyWindow(WindowBounds bounds, ByteBuffer dst, int offset, int stride, IProgressMonitor monitor)
            throws DatasetException {
        int width = bounds.sampleCount();
        checkCopy(bounds, dst, offset, stride);
        float[] samples = window(bounds, monitor).samples();
        for (int t = 0; t < bounds.traceCount(); t++) {
            dst.slice(offset + t * stride, 4 * width).order(dst.order()).asFloatBuffer().put(samples, t * width, width);
        }
    }

    /**
     * Copies a window's samples into an array the caller owns, in {@link #readWindow}'s layout, past the shared
     * cache like {@link #copyWindow(WindowBounds, ByteBuffer, int, int, IProgressMonitor)}: for a pass that
     * computes on every trace once (quality control), which would otherwise copy the samples into a buffer and
     * from there into its array. Reading forward in consecutive windows is cheapest. The default reads through
     * {@link #readWindow}.
     *
     * @param bounds the window; it must lie inside {@link DatasetDescriptor#extent()}
     * @param destination receives sample {@code s} of trace {@code t} (both relative to the window) at
     *            {@code t * bounds.sampleCount() + s}; what lies beyond {@code bounds.area()} is left alone
     * @param monitor cancellation
     * @throws DatasetException if the storage cannot be read
     * @throws IllegalArgumentException if the window is outside the dataset or larger than {@code destination}
     */
    default void copyWindow(WindowBounds bounds, float[] destination, IProgressMonitor monitor)
            throws DatasetException {
        readWindow(bounds, destination, monitor);
    }

    /**
     * Checks the arguments of {@link #copyWindow(WindowBounds, ByteBuffer, int, int, IProgressMonitor)}: the window
     * fits the buffer at that offset and stride.
     *
     * @param bounds the window
     * @param dst the buffer
     * @param offset the byte index of the first sample
     * @param stride bytes from one trace to the next
     * @throws IllegalArgumentException if they do not fit
     */
    static void checkCopy(WindowBounds bounds, ByteBuffer dst, int offset, int stride) {
        long traces = bounds.traceCount();
        long width = 4L * bounds.sampleCount();
        if (traces > 0 && (offset < 0 || stride < width
                || offset + (traces - 1) * stride + width > dst.capacity())) {
            throw new IllegalArgumentException("Window " + bounds + " at " + offset + " every " + stride //$NON-NLS-1$ //$NON-NLS-2$
                    + " bytes does not fit a buffer of " + dst.capacity()); //$NON-NLS-1$
        }
    }

    /**
     * Reads the trace headers as the source file held them: 240 raw bytes per trace, in the source's byte
     * order. Reading forward from where the last call ended is cheapest.
     *
     * @param first the first trace
     * @param count the number of traces
     * @param monitor cancellation
     * @return {@code count * 240} bytes from position 0, ordered in {@link SourceHeaders#byteOrder()}
     * @throws DatasetException if the dataset keeps no raw headers or they cannot be read
     * @throws IllegalArgumentException if a trace is outside the dataset
     */
    default ByteBuffer rawHeaders(long first, int count, IProgressMonitor monitor) throws DatasetException {
        throw new DatasetException(descriptor().location(), "keeps no raw trace headers"); //$NON-NLS-1$
    }

    /**
     * Reads the rev 2 additional trace headers as the source file held them: the
     * {@link SourceHeaders#additionalTraceHeaders()} 240-byte headers after each trace's standard one.
     *
     * @param first the first trace
     * @param count the number of traces
     * @param monitor cancellation
     * @return {@code count * 240 * additionalTraceHeaders} bytes from position 0, in the source's byte order; or
     *         {@code null} when the dataset does not keep them (its source had none, or it was imported before
     *         they were kept)
     * @throws DatasetException if they cannot be read
     */
    default @Nullable ByteBuffer additionalHeaders(long first, int count, IProgressMonitor monitor)
            throws DatasetException {
        return null;
    }

    /**
     * @return the file-level headers of the source file, for writing it again
     * @throws DatasetException if the dataset does not know its source's headers
     */
    default SourceHeaders sourceHeaders() throws DatasetException {
        throw new DatasetException(descriptor().location(), "keeps no source file headers"); //$NON-NLS-1$
    }

    /** Releases the files and memory of this handle. */
    @Override
    void close();
}
