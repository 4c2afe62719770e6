package org.seislens.ui.internal.processing;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.InvalidChainException;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingService;
import org.seislens.core.ProcessingSummary;
import org.seislens.ui.internal.open.DatasetRule;

/**
 * "Apply Chain to Dataset": processes a whole dataset with a chain into a new dataset directory as a cancellable
 * user job with progress, through {@link ProcessingService#process} (every core, bounded memory, nothing left
 * behind when it fails or is cancelled). The job opens its own copy of the source, so the viewer may move on
 * meanwhile. Jobs writing the same target run one after the other.
 */
final class ApplyChainJob extends Job {

    private final DatasetService datasets;
    private final ProcessingService processing;
    private final Path source;
    private final ProcessingChain chain;
    private final Path target;
    private final boolean force;
    private final Consumer<ProcessingSummary> done;
    private volatile @Nullable ProcessingSummary summary;

    /**
     * @param datasets opens the source
     * @param processing runs the batch
     * @param source the source dataset directory
     * @param chain the chain
     * @param target the dataset directory to create
     * @param force whether an existing dataset at {@code target} is replaced
     * @param done given what was written, on the job's thread, when the job succeeded
     */
    ApplyChainJob(DatasetService datasets, ProcessingService processing, Path source, ProcessingChain chain,
            Path target, boolean force, Consumer<ProcessingSummary> done) {
        super(NLS.bind(Messages.Apply_job, source.getFileName(), target.getFileName()));
        this.datasets = datasets;
        this.processing = processing;
        this.source = source;
        this.chain = chain;
        this.target = target;
        this.force = force;
        this.done = done;
        setUser(true);
        setRule(new DatasetRule(target));
    }

    @Override
    protected IStatus run(@Nullable IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
        try (Dataset opened = datasets.open(source, progress.split(1))) {
            ProcessingSummary written = processing.process(opened, chain, target, force, progress.split(99));
            summary = written;
            done.accept(written);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (InvalidChainException e) {
            return Status.error(NLS.bind(Messages.Apply_invalidChain, source, e.getMessage()));
        } catch (DatasetException e) {
            // The message names the file and the cause; the user needs no stack trace.
            return Status.error(String.valueOf(e.getMessage()));
        }
    }

    /** @return what was written, or {@code null} before the job succeeded */
    @Nullable
    ProcessingSummary summary() {
        return summary;
    }

    /** @return the dataset directory the job creates */
    Path target() {
        return target;
    }
}
