package org.seislens.ui.internal.viewer;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPartSite;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.Ensemble;
import org.seislens.ui.internal.Services;
import org.seislens.ui.internal.open.OpenDatasetJob;

/**
 * How the viewer comes to show something: a dataset opened (or imported) by an {@link OpenDatasetJob}, an
 * ensemble found in a job, or what the workbench remembered. Datasets and ensembles are found off the UI
 * thread; what is found is shown on it, processed by the viewer's chain when one is set.
 */
final class SectionOpener {

    private final IWorkbenchPartSite site;
    private final ViewerParts parts;
    private final ProcessedSamples processed;
    private final Consumer<String> title;
    private final UiThread ui;

    /**
     * @param site the view's site
     * @param parts the view's parts
     * @param processed the chain
     * @param title takes the section's title when another is shown
     */
    SectionOpener(IWorkbenchPartSite site, ViewerParts parts, ProcessedSamples processed, Consumer<String> title) {
        this.site = site;
        this.parts = parts;
        this.processed = processed;
        this.title = title;
        this.ui = new UiThread(parts.panels().composite());
    }

    /**
     * Opens a dataset (importing a SEG-Y file first) and shows it.
     *
     * @param path a dataset directory or a SEG-Y file
     * @param firstGather whether to show its first gather rather than all its traces
     * @return the scheduled job
     */
    Job open(Path path, boolean firstGather) {
        Job job = OpenDatasetJob.open(path, site, opened -> {
            // On the job's thread: the first gather's index is read before the view shows anything.
            Ensemble first = firstGather ? OpenDatasetJob.firstGather(opened, new NullProgressMonitor()) : null;
            ui.exec(() -> show(opened, first), opened::close);
        });
        job.schedule();
        return job;
    }

    /**
     * Finds an ensemble of the open dataset in a job and shows it.
     *
     * @param d the open dataset
     * @param key an indexed header key
     * @param value the key's value
     * @return the scheduled job
     */
    Job openEnsemble(Dataset d, String key, long value) {
        Job job = Job.create(NLS.bind(Messages.Job_ensemble, key, value), monitor -> {
            try {
                Ensemble found = d.ensemble(key, value, monitor);
                if (found == null) {
                    return Status.error(NLS.bind(Messages.Error_openFailed, key + '=' + value));
                }
                ui.exec(() -> {
                    if (d == parts.loader().dataset()) {
                        show(d, found);
                    }
                });
                return Status.OK_STATUS;
            } catch (DatasetException e) {
                return Status.error(e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /**
     * Shows a dataset or one ensemble of it; a dataset other than the open one is processed by the chain. What is
     * shown already stays as it is.
     *
     * @param opened the dataset
     * @param shown the ensemble, or {@code null} for all traces
     */
    void show(Dataset opened, @Nullable Ensemble shown) {
        Section current = parts.loader().section();
        if (current != null && current.dataset() == opened && Objects.equals(current.ensemble(), shown)) {
            // Already shown (the navigator's "first" on the first gather): keep the view, zoom and windows.
            return;
        }
        if (processed.chain() != null && opened != parts.loader().dataset()) {
            parts.loader().setProcessed(opened, processed.open(opened));
        }
        Section section = parts.show(opened, shown);
        title.accept(section.title());
    }

    /**
     * Shows again what the view showed when the workbench was closed, if it is still there: that ensemble, or
     * all traces, wins over the first gather.
     *
     * @param state the restored state
     */
    void restore(ViewerState state) {
        Path location = state.dataset();
        DatasetService datasets = Services.find(site, DatasetService.class);
        if (location == null || datasets == null || !datasets.isDataset(location)) {
            return;
        }
        Job job = open(location, false);
        String key = state.ensembleKey();
        if (key != null) {
            job.addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent event) {
                    if (event.getResult().isOK()) {
                        ui.exec(() -> {
                            Dataset d = parts.loader().dataset();
                            if (d != null) {
                                openEnsemble(d, key, state.ensembleValue());
                            }
                        });
                    }
                }
            });
        }
    }
}
