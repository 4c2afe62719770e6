package org.seislens.core;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Processes datasets with {@link ProcessingChain}s, lazily for the screen and in batch for whole surveys; both
 * give the same samples. Registered as an OSGi service.
 */
public interface ProcessingService {

    /** @return the names of the operators a chain can use */
    List<String> operators();

    /**
     * Reads a chain from its JSON form and checks it against the operators' definitions (known operator, every
     * parameter present and in range, no unknown parameter); checks that depend on a dataset, such as corner
     * frequencies below Nyquist, are made by {@link #open} and {@link #process}.
     *
     * @param json the chain as JSON
     * @return the chain
     * @throws InvalidChainException if the text is not a valid chain; the message names the step and the parameter
     */
    ProcessingChain parseChain(String json) throws InvalidChainException;

    /**
     * Reads a chain file, see {@link #parseChain}.
     *
     * @param file a chain JSON file
     * @return the chain
     * @throws DatasetException if the file cannot be read or is not a valid chain, naming the file and the cause
     */
    ProcessingChain readChain(Path file) throws DatasetException;

    /**
     * @param chain a chain
     * @return its canonical JSON form: the same chain always gives the same text, and {@link #parseChain} reads
     *         it back equal
     */
    String toJson(ProcessingChain chain);

    /**
     * Turns a dataset into a lazily processed one: its windows, traces and prefetches are computed on demand
     * from the source's samples and cached in the shared cache under keys of their own, so raw and processed
     * windows share one budget. A processed window equals the same part of the whole processed survey. Headers
     * and ensembles are the source's. Closing the processed dataset does not close the source. The trace edits of
     * the source's directory (qc/edits.parquet, see {@link QcService#readEdits}) are applied first.
     *
     * @param source the dataset to process; it must stay open while the processed one is used
     * @param chain the chain
     * @return the processed dataset
     * @throws InvalidChainException if the chain cannot run on this dataset (a corner at or above Nyquist)
     */
    Dataset open(Dataset source, ProcessingChain chain) throws InvalidChainException;

    /**
     * Processes a whole dataset into a new dataset directory of float32 samples with the source's chunking,
     * headers and ensemble indexes, and the chain as provenance in its metadata.json. Runs on every core with
     * memory bounded independently of the survey's size. Nothing is left behind when it fails or is cancelled.
     *
     * @param source the dataset to process
     * @param chain the chain
     * @param target the dataset directory to create
     * @param force whether to replace an existing dataset directory at {@code target}
     * @param monitor progress and cancellation
     * @return what was written
     * @throws InvalidChainException if the chain cannot run on this dataset
     * @throws DatasetException if the source cannot be read or the target cannot be written
     * @throws org.eclipse.core.runtime.OperationCanceledException if the monitor was cancelled
     */
    ProcessingSummary process(Dataset source, ProcessingChain chain, Path target, boolean force,
            IProgressMonitor monitor) throws InvalidChainException, DatasetException;
}
