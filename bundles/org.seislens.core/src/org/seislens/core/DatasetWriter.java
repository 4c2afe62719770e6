package org.seislens.core;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Writes the float32 samples of a new dataset derived from another one (same shape, chunking, headers and
 * ensembles) into a hidden temporary directory, and publishes it under its name only on {@link #commit}.
 * Blocks of traces may be written from several threads at once.
 */
public interface DatasetWriter extends AutoCloseable {

    /**
     * @return traces per chunk row: every block starts at a multiple of this and holds this many traces, except
     *         the last block of the dataset
     */
    int chunkTraces();

    /**
     * Writes the samples of consecutive whole traces. Thread-safe for distinct blocks.
     *
     * @param traceStart first trace, a multiple of {@link #chunkTraces()}
     * @param traceCount number of traces: {@link #chunkTraces()}, or fewer for the dataset's last block
     * @param samples the samples, trace-major, {@code traceCount} times the sample count
     * @throws DatasetException if the block cannot be written
     */
    void writeTraces(long traceStart, int traceCount, float[] samples) throws DatasetException;

    /**
     * Writes the metadata and moves the dataset into place, replacing an existing dataset when the writer was
     * created with {@code force}. Every block must have been written.
     *
     * @param monitor progress and cancellation
     * @return the dataset directory
     * @throws DatasetException if the dataset cannot be completed or moved into place
     */
    Path commit(IProgressMonitor monitor) throws DatasetException;

    /** Deletes what was written; nothing is published. Does nothing after {@link #commit}. */
    void abort();

    /** Aborts unless committed. */
    @Override
    void close();
}
