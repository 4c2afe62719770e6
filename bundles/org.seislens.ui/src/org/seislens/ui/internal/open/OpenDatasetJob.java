package org.seislens.ui.internal.open;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.services.IServiceLocator;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.Ensemble;
import org.seislens.core.ImportOptions;
import org.seislens.core.ImportSummary;
import org.seislens.core.SegyImportService;
import org.seislens.ui.internal.Services;
import org.seislens.ui.internal.datasets.KnownDatasets;

/**
 * The one way the workbench opens data: a dataset directory, or a SEG-Y or Seismic Unix file that is imported
 * first (into {@code <name>.seislens} beside it, reusing a dataset an earlier import left there, or into the
 * directory the import wizard chose). The dataset is then registered in the Datasets view
 * ({@link KnownDatasets}) and, when someone wants it open, opened and handed over. The viewer, the Datasets
 * view, file drops, the product's command line and the import wizard all schedule this job; jobs for the same
 * dataset directory run one after the other ({@link DatasetRule}).
 */
public final class OpenDatasetJob extends Job {

    private final Path source;
    private final Path dataset;
    private final boolean importAlways;
    private final ImportOptions options;
    private final @Nullable DatasetService datasets;
    private final @Nullable SegyImportService importer;
    private final @Nullable Consumer<Dataset> receiver;
    private final KnownDatasets known = new KnownDatasets();
    private volatile @Nullable ImportSummary summary;

    private OpenDatasetJob(Path source, Path dataset, boolean importAlways, ImportOptions options,
            IServiceLocator services, @Nullable Consumer<Dataset> receiver) {
        super(NLS.bind(importAlways ? Messages.Job_import : Messages.Job_open, source.getFileName(),
                dataset.getFileName()));
        this.source = source;
        this.dataset = dataset;
        this.importAlways = importAlways;
        this.options = options;
        // Looked up here, on the thread that asks, so that the job never touches the workbench's contexts.
        this.datasets = Services.find(services, DatasetService.class);
        this.importer = Services.find(services, SegyImportService.class);
        this.receiver = receiver;
        setUser(true);
        setRule(new DatasetRule(dataset));
    }

    /**
     * Opens a dataset directory, or a SEG-Y file imported first with the default options into its default
     * dataset directory (reused when a dataset is already there).
     *
     * @param path a dataset directory or a SEG-Y file
     * @param services where the services come from (a part site, the workbench)
     * @param receiver takes the open dataset on the job's thread and owns it from then on (closes it); or
     *            {@code null} to import and register only
     * @return the job, not scheduled
     */
    public static OpenDatasetJob open(Path path, IServiceLocator services, @Nullable Consumer<Dataset> receiver) {
        DatasetService datasets = Services.find(services, DatasetService.class);
        // without the service the job fails and says why; the rule is then the path's own
        // a path in object storage is a dataset (nothing is imported from there) and is not asked on this thread
        boolean local = path.getFileSystem() == FileSystems.getDefault();
        Path directory = datasets != null && local && Files.isRegularFile(path)
                ? datasets.defaultDatasetDirectory(path)
                : path;
        return new OpenDatasetJob(path, directory, false, ImportOptions.defaults(), services, receiver);
    }

    /**
     * Imports a SEG-Y file into a chosen directory with chosen options (the import wizard's Finish), even
     * when a dataset is there already (the options say whether it may be replaced).
     *
     * @param segy the SEG-Y or Seismic Unix file
     * @param dataset the dataset directory to write
     * @param options the import options
     * @param services where the services come from
     * @param receiver takes the open dataset, or {@code null} to import and register only
     * @return the job, not scheduled
     */
    public static OpenDatasetJob importInto(Path segy, Path dataset, ImportOptions options, IServiceLocator services,
            @Nullable Consumer<Dataset> receiver) {
        return new OpenDatasetJob(segy, dataset, true, options, services, receiver);
    }

    @Override
    public IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        DatasetService service = datasets;
        if (service == null) {
            return Status.error(NLS.bind(Messages.Error_noService, DatasetService.class.getSimpleName()));
        }
        try {
            if (Files.isRegularFile(source)) {
                if (importAlways || !service.isDataset(dataset)) {
                    importFile(progress.split(8));
                }
            } else if (!Files.isDirectory(source)) {
                return Status.error(NLS.bind(Messages.Error_notADataset, source));
            }
            progress.setWorkRemaining(2);
            Consumer<Dataset> r = receiver;
            if (r != null) {
                Dataset opened = service.open(dataset, progress.split(2));
                known.add(dataset);
                r.accept(opened);
            } else {
                known.add(dataset);
            }
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (DatasetException e) {
            // The message names the file and the cause; no stack trace for the user.
            return Status.error(NLS.bind(importAlways ? Messages.Error_importFailed : Messages.Error_openFailed, source,
                    e.getMessage()));
        }
    }

    private void importFile(IProgressMonitor monitor) throws DatasetException {
        SegyImportService service = importer;
        if (service == null) {
            throw new DatasetException(source,
                    NLS.bind(Messages.Error_noService, SegyImportService.class.getSimpleName()));
        }
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Job_import, source.getFileName(),
                dataset.getFileName()), 1);
        summary = service.importFile(source, dataset, options, progress.split(1));
    }

    /**
     * The gather a dataset opens on: the first ensemble of its first indexed key (the one the gather navigator
     * lists first), so that a survey opens on one readable gather rather than all its traces squeezed into one
     * screen. Reads the key's index, so call it off the UI thread (the receiver of this job runs there).
     *
     * @param dataset an open dataset
     * @param monitor progress and cancellation of reading the index
     * @return the first gather, or {@code null} when the dataset has no ensemble index, the index is empty or
     *         it cannot be read (the reason is logged; all traces are shown then)
     */
    public static @Nullable Ensemble firstGather(Dataset dataset, IProgressMonitor monitor) {
        if (dataset.descriptor().ensembleKeys().isEmpty()) {
            return null;
        }
        String key = dataset.descriptor().ensembleKeys().get(0);
        try {
            return dataset.ensembleCount(key) == 0 ? null : dataset.ensembleAt(key, 0, monitor);
        } catch (DatasetException e) {
            Platform.getLog(OpenDatasetJob.class).warn(e.getMessage());
            return null;
        }
    }

    /** @return the file or directory asked for */
    public Path source() {
        return source;
    }

    /** @return the dataset directory opened, or written by the import */
    public Path dataset() {
        return dataset;
    }

    /** @return what the import did, once one succeeded; {@code null} when no import ran */
    public @Nullable ImportSummary summary() {
        return summary;
    }
}
