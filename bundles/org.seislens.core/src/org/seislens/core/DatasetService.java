package org.seislens.core;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Opens SeisLens dataset directories for reading. Registered as an OSGi service; every view, job and
 * command of one runtime uses the same instance.
 */
public interface DatasetService {

    /**
     * Opens a dataset directory read-only. Opening reads the metadata and validates it; samples and headers
     * are read later, lazily.
     *
     * @param directory a dataset directory written by the importer
     * @param monitor progress and cancellation
     * @return the opened dataset; close it when done
     * @throws DatasetException if the directory is not a readable dataset
     */
    Dataset open(Path directory, IProgressMonitor monitor) throws DatasetException;

    /**
     * Starts writing a dataset derived from an opened one: float32 samples of the same shape and chunking,
     * supplied by the caller through the returned writer; the source's trace headers and ensemble indexes are
     * copied, and metadata.json records the provenance. The dataset is written into a hidden temporary sibling of
     * {@code target} and renamed into place by {@link DatasetWriter#commit}; {@link DatasetWriter#abort} leaves
     * nothing.
     *
     * @param source the dataset it derives from, opened by this service
     * @param spec what to record about its making
     * @param target the dataset directory to create
     * @param force whether an existing dataset directory at {@code target} may be replaced; anything else that
     *            exists there is never replaced
     * @param monitor progress and cancellation of copying headers and ensembles
     * @return the writer; close it
     * @throws DatasetException if the target exists (without {@code force}, or is not a dataset) or cannot be
     *             written, or the source's files cannot be copied
     */
    DatasetWriter createDerived(Dataset source, DerivedDataset spec, Path target, boolean force,
            IProgressMonitor monitor) throws DatasetException;
}
