package org.seislens.ui.internal.qc;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.seislens.core.DatasetException;
import org.seislens.core.QcService;
import org.seislens.core.QcSummary;
import org.seislens.core.QcThresholds;
import org.seislens.ui.internal.Services;
import org.seislens.ui.internal.open.DatasetRule;

/**
 * Runs QC on a dataset as a cancellable user job with progress: attributes and flags into
 * {@code qc/attributes.parquet}. When it ends the dataset's {@link DatasetQc} reads them, and the marks, the Edits
 * view and the map follow.
 */
public final class RunQcJob extends Job {

    private final Path dataset;
    private final QcThresholds thresholds;
    private volatile @Nullable QcSummary summary;

    /**
     * @param dataset a dataset directory
     * @param thresholds the ensemble key and the thresholds
     */
    public RunQcJob(Path dataset, QcThresholds thresholds) {
        super(NLS.bind(Messages.Job_runQc, dataset.getFileName()));
        this.dataset = dataset;
        this.thresholds = thresholds;
        setUser(true);
        setRule(new DatasetRule(dataset));
    }

    /** @return what the run found, or {@code null} before it ended well */
    public @Nullable QcSummary summary() {
        return summary;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            summary = Services.require(QcService.class).run(dataset, thresholds, monitor);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (DatasetException e) {
            return Status.error(e.getMessage());
        } finally {
            DatasetQc.of(dataset).reload();
        }
    }
}
