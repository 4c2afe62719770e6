package org.seislens.core;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Gather QC of a dataset directory: per-trace attributes and automatic flags, written to
 * {@code qc/attributes.parquet}, and the trace edits (kill / reverse) kept in {@code qc/edits.parquet}. Samples and
 * headers are never changed; the files are replaced atomically.
 */
public interface QcService {

    /**
     * Computes the attributes and flags of every trace, one ensemble at a time on all cores, and writes
     * {@code qc/attributes.parquet}.
     *
     * @param dataset a dataset directory
     * @param thresholds the ensemble key and the flag rules' thresholds
     * @param monitor progress (ensembles) and cancellation
     * @return traces analysed and flags found
     * @throws DatasetException if the dataset cannot be read, has no such ensemble key, or the file cannot be
     *             written
     * @throws org.eclipse.core.runtime.OperationCanceledException if cancelled; nothing is written then
     */
    QcSummary run(Path dataset, QcThresholds thresholds, IProgressMonitor monitor) throws DatasetException;

    /**
     * @param dataset a dataset directory
     * @return the attributes and flags of its last QC run
     * @throws DatasetException if QC has not been run or the file cannot be read
     */
    QcAttributes readAttributes(Path dataset) throws DatasetException;

    /**
     * The trace edits of a dataset, for processing and export to apply.
     *
     * @param dataset a dataset directory
     * @return its edits in trace order, at most one per trace; empty when it has none
     * @throws DatasetException if the edits file exists but cannot be read
     */
    List<TraceEdit> readEdits(Path dataset) throws DatasetException;

    /**
     * Replaces the edits of a dataset atomically.
     *
     * @param dataset a dataset directory
     * @param edits the new edits, at most one per trace (an empty list removes them all)
     * @throws DatasetException if the file cannot be written or an edit names a trace the dataset lacks
     */
    void writeEdits(Path dataset, List<TraceEdit> edits) throws DatasetException;
}
