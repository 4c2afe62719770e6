package org.seislens.core;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Writes a dataset, or part of it, as a SEG-Y or Seismic Unix file. The export streams: its memory does not
 * grow with the survey. It writes to a temporary sibling of the target and renames it when complete, so a
 * failed or cancelled export leaves nothing. With {@link ExportOptions#reproduce(boolean)} the file written
 * is the source file the dataset was imported from, byte for byte. Registered as an OSGi service.
 */
public interface SegyExportService {

    /**
     * Exports a dataset.
     *
     * @param dataset a dataset directory
     * @param target the file to write
     * @param options what to write
     * @param monitor progress (traces) and cancellation
     * @return what was written
     * @throws DatasetException naming the file and the cause when the dataset cannot be read, an option does
     *             not fit it, a value does not fit the format, or the target cannot be written or exists
     *             without {@link ExportOptions#force()}
     * @throws org.eclipse.core.runtime.OperationCanceledException if the monitor was cancelled
     */
    ExportSummary export(Path dataset, Path target, ExportOptions options, IProgressMonitor monitor)
            throws DatasetException;
}
