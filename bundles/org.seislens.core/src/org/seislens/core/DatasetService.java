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
}
