package org.seislens.core;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Opens SeisLens dataset directories for reading, and answers what the rest of the application needs to know
 * about dataset directories without knowing their layout. Registered as an OSGi service; every view, job and
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
     * Opens a dataset read-only from wherever it is: a {@code file:} URI, or object storage
     * ({@code s3://bucket/prefix/name.seislens}) when the implementation supports it.
     *
     * @param location the dataset's URI
     * @param monitor progress and cancellation
     * @return the opened dataset; close it when done
     * @throws DatasetException if the location is not a readable dataset (the message names it and the cause)
     */
    default Dataset open(URI location, IProgressMonitor monitor) throws DatasetException {
        return open(location(location.toString()), monitor);
    }

    /**
     * Turns a dataset location as a user gives it (a local path, a {@code file:} URI, or a URI such as
     * {@code s3://bucket/prefix/name.seislens} when the implementation reads object storage) into a path that
     * {@link #open(Path, IProgressMonitor)}, {@link #describe} and {@link #verify} accept. Nothing is read.
     *
     * @param location the location
     * @return its path
     * @throws DatasetException if the location is not a path or a supported URI
     */
    default Path location(String location) throws DatasetException {
        try {
            return location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location); //$NON-NLS-1$
        } catch (RuntimeException e) {
            throw new DatasetException(Path.of(""), "\"" + location + "\" is not a supported dataset location: " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + e.getMessage(), e);
        }
    }

    /**
     * Turns a dataset location into a path as {@link #location(String)} does, with the object store reached and
     * signed for with the given credentials rather than those of the process's AWS environment. Local paths and
     * implementations that do not read object storage ignore the credentials. Nothing is read.
     *
     * @param location the location, e.g. {@code s3://bucket/prefix/name.seislens}
     * @param credentials the endpoint, region and keys (or profile) of the object store
     * @return its path, bound to these credentials
     * @throws DatasetException if the location is not a path or a supported URI, or the credentials are unusable
     *             (an endpoint that is not an http or https URL, a profile file that cannot be read)
     */
    default Path location(String location, ObjectStoreCredentials credentials) throws DatasetException {
        return location(location);
    }

    /**
     * Tells, cheaply and without throwing, whether a path is a SeisLens dataset directory: a directory whose
     * metadata.json carries the SeisLens format marker and that holds a sample array. It does not check that
     * the dataset is sound (see {@link #verify}).
     *
     * @param path any path
     * @return whether it is a dataset directory
     */
    boolean isDataset(Path path);

    /**
     * @param source a SEG-Y or Seismic Unix file
     * @return the dataset directory an import of it goes to by default: {@code <name>.seislens} beside it, the
     *         name without its extension
     */
    Path defaultDatasetDirectory(Path source);

    /**
     * Reads and validates a dataset's metadata and array description, without reading samples.
     *
     * @param directory a dataset directory
     * @param monitor progress and cancellation
     * @return what the dataset holds
     * @throws DatasetException if the directory is not a valid dataset (the message names the file and the cause)
     */
    DatasetInfo describe(Path directory, IProgressMonitor monitor) throws DatasetException;

    /**
     * Checks everything a reader relies on: metadata, every sample chunk present and decodable, the header
     * table's and ensemble indexes' row counts, the statistics.
     *
     * @param directory a dataset directory
     * @param monitor progress (chunks) and cancellation
     * @return the problems found, each with its path
     * @throws DatasetException if the directory is not a dataset at all
     * @throws org.eclipse.core.runtime.OperationCanceledException if the monitor was cancelled
     */
    DatasetVerification verify(Path directory, IProgressMonitor monitor) throws DatasetException;

    /**
     * Removes what interrupted writes (an import or a batch killed before it finished) left in a directory:
     * their hidden temporary siblings, when no running process still holds their lock.
     *
     * @param parent the directory that holds datasets
     * @param monitor progress and cancellation
     * @return the paths removed
     * @throws DatasetException if the directory cannot be listed or a leftover cannot be removed
     */
    List<Path> removeLeftovers(Path parent, IProgressMonitor monitor) throws DatasetException;

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
