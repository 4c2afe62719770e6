package org.seislens.ui.internal.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;

/**
 * Reads the descriptor and the size on disk of the Datasets view's rows that are not read yet, through the
 * dataset service, and hands each row read back on the UI thread. A row that cannot be read says why.
 */
final class ReadEntriesJob extends Job {

    private final Control owner;
    private final Consumer<DatasetEntry> read;
    private volatile List<DatasetEntry> rows = List.of();
    private volatile @Nullable DatasetService service;

    /**
     * @param owner the view's control, on whose UI thread the rows are handed back while it lives
     * @param read takes each row read, on the UI thread
     */
    ReadEntriesJob(Control owner, Consumer<DatasetEntry> read) {
        super(Messages.Job_read);
        this.owner = owner;
        this.read = read;
        setSystem(true);
    }

    /**
     * Reads again, after the running read (if any) is cancelled. Call on the UI thread.
     *
     * @param shown the rows shown now
     * @param datasets the dataset service, or {@code null} when none is registered
     */
    void restart(List<DatasetEntry> shown, @Nullable DatasetService datasets) {
        cancel();
        rows = List.copyOf(shown);
        service = datasets;
        schedule();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        List<DatasetEntry> toRead = new ArrayList<>();
        for (DatasetEntry row : rows) {
            if (row.descriptor() == null && row.error() == null) {
                toRead.add(row);
            }
        }
        DatasetService datasets = service;
        if (datasets == null) {
            return Status.error(NLS.bind(Messages.Error_noService, DatasetService.class.getSimpleName()));
        }
        SubMonitor progress = SubMonitor.convert(monitor, toRead.size());
        try {
            for (DatasetEntry row : toRead) {
                DatasetEntry entry = read(datasets, row.location(), progress.split(1));
                if (!owner.isDisposed()) {
                    owner.getDisplay().asyncExec(() -> {
                        if (!owner.isDisposed()) {
                            read.accept(entry);
                        }
                    });
                }
            }
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        }
        return Status.OK_STATUS;
    }

    private static DatasetEntry read(DatasetService service, Path location, IProgressMonitor monitor) {
        try {
            Dataset dataset = service.open(location, monitor);
            try {
                return new DatasetEntry(location, dataset.descriptor(), sizeOnDisk(location), null);
            } finally {
                dataset.close();
            }
        } catch (DatasetException e) {
            return new DatasetEntry(location, null, sizeOnDisk(location), e.getMessage());
        }
    }

    /** @return the bytes of the files under a local directory, -1 if it cannot be listed or is not local */
    static long sizeOnDisk(Path directory) {
        // In object storage a size costs a listing of every chunk: not worth it for a column.
        if (directory.getFileSystem() != FileSystems.getDefault() || !Files.isDirectory(directory)) {
            return -1;
        }
        long[] total = { 0 };
        try (var walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                try {
                    total[0] += Files.size(p);
                } catch (IOException e) {
                    // a file removed while walking does not count
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
        return total[0];
    }
}
