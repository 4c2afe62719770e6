package org.seislens.core;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Imports SEG-Y and Seismic Unix files into SeisLens dataset directories in one streaming pass, in memory
 * that does not grow with the file's size. Registered as an OSGi service.
 */
public interface SegyImportService {

    /**
     * Imports a file. The dataset is written to a temporary sibling directory and renamed at the end, so a
     * failed or cancelled import leaves nothing behind.
     *
     * @param source the SEG-Y or .su file
     * @param dataset the dataset directory to create
     * @param options byte order and format overrides, ensemble keys, overwrite permission
     * @param monitor progress in bytes of the source, and cancellation
     * @return what was imported
     * @throws DatasetException if the source is not readable SEG-Y, or the dataset cannot be written (the
     *             message names the file and the cause)
     * @throws org.eclipse.core.runtime.OperationCanceledException if the monitor was cancelled
     */
    ImportSummary importFile(Path source, Path dataset, ImportOptions options, IProgressMonitor monitor)
            throws DatasetException;

    /**
     * Reads the start of a file as the import would read it: its headers, the layout with the options'
     * byte order, format and kind overrides applied, and the first trace headers. Memory and time do not grow
     * with the file's size.
     *
     * @param source the SEG-Y or .su file
     * @param options the byte order, format and kind overrides (keys and force are not used)
     * @param traceHeaders how many trace headers to read from the start (fewer when the file has fewer)
     * @param monitor progress and cancellation
     * @return the preview
     * @throws DatasetException if the source is not readable SEG-Y that way (the message names the file and
     *             the cause)
     * @throws org.eclipse.core.runtime.OperationCanceledException if the monitor was cancelled
     */
    SegyPreview preview(Path source, ImportOptions options, int traceHeaders, IProgressMonitor monitor)
            throws DatasetException;
}
