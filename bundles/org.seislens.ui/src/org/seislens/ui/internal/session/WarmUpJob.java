package org.seislens.ui.internal.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.DataCache;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.Ensemble;
import org.seislens.core.PrefetchHandle;
import org.seislens.ui.internal.datasets.KnownDatasets;
import org.seislens.ui.internal.datasets.ObjectStoreSecrets;

/**
 * Reads the gathers of a saved hot set back into the shared cache, most recent first, in the background and
 * at low priority, until half of the cache's byte budget is used: the other half stays for what the user
 * does meanwhile. Gathers of datasets that are gone, or that no longer have that ensemble, are skipped. A dataset in
 * object storage is read with the settings and secret the Datasets view remembers for it (as entered in the Open
 * Dataset from Object Storage dialog), else with the AWS environment's.
 */
public final class WarmUpJob extends Job {

    /** Share of the cache's byte budget the warm-up may fill. */
    static final double BUDGET_SHARE = 0.5;

    private final HotSet hotSet;
    private final DatasetService datasets;
    private final DataCache cache;
    private final KnownDatasets known;
    private final ObjectStoreSecrets secrets;
    private volatile int warmed;

    /**
     * Warms with the workbench's known datasets and secure storage.
     *
     * @param hotSet the gathers to read
     * @param datasets opens the datasets
     * @param cache the shared cache, for its byte budget
     */
    public WarmUpJob(HotSet hotSet, DatasetService datasets, DataCache cache) {
        this(hotSet, datasets, cache, new KnownDatasets(), new ObjectStoreSecrets());
    }

    /**
     * @param hotSet the gathers to read
     * @param datasets opens the datasets
     * @param cache the shared cache, for its byte budget
     * @param known the datasets the Datasets view knows, with the object store settings they were opened with
     * @param secrets the secrets of those settings
     */
    public WarmUpJob(HotSet hotSet, DatasetService datasets, DataCache cache, KnownDatasets known,
            ObjectStoreSecrets secrets) {
        super(Messages.WarmUp_job);
        this.hotSet = hotSet;
        this.datasets = datasets;
        this.cache = cache;
        this.known = known;
        this.secrets = secrets;
        setPriority(DECORATE);
    }

    /** @return the gathers read into the cache (or found there) by the last run */
    public int warmed() {
        return warmed;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, hotSet.gathers().size() * 2);
        Map<String, @Nullable Dataset> open = new LinkedHashMap<>();
        List<PrefetchHandle> handles = new ArrayList<>();
        long budget = (long) (cache.limits().maxBytes() * BUDGET_SHARE);
        long planned = 0;
        try {
            for (HotSet.Gather g : hotSet.gathers()) {
                if (progress.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                progress.worked(1);
                Dataset d = open.computeIfAbsent(g.location(), this::openOrNull);
                if (d == null) {
                    continue;
                }
                Ensemble e = ensembleOrNull(d, g, progress);
                if (e == null) {
                    continue; // the key is no longer indexed, or the value is gone
                }
                int samples = d.descriptor().sampleCount();
                long bytes = (long) e.traceCount() * samples * Float.BYTES;
                if (planned + bytes > budget) {
                    break;
                }
                planned += bytes;
                handles.add(d.prefetchTraces(e.toTraceIndices(), 0, samples));
            }
            progress.setWorkRemaining(handles.size());
            int done = 0;
            for (PrefetchHandle h : handles) {
                while (!h.await(100, TimeUnit.MILLISECONDS)) {
                    if (progress.isCanceled()) {
                        handles.forEach(PrefetchHandle::cancel);
                        return Status.CANCEL_STATUS;
                    }
                }
                if (!h.isCancelled()) {
                    done++;
                }
                progress.worked(1);
            }
            warmed = done;
            return Status.OK_STATUS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handles.forEach(PrefetchHandle::cancel);
            return Status.CANCEL_STATUS;
        } finally {
            for (Dataset d : open.values()) {
                if (d != null) {
                    d.close();
                }
            }
        }
    }

    private static @Nullable Ensemble ensembleOrNull(Dataset d, HotSet.Gather g, SubMonitor progress) {
        try {
            return d.ensemble(g.key(), g.value(), progress.newChild(0));
        } catch (DatasetException | RuntimeException e) {
            return null;
        }
    }

    private @Nullable Dataset openOrNull(String location) {
        try {
            Path path = secrets.path(location, known, datasets);
            if (!datasets.isDataset(path)) {
                return null;
            }
            return datasets.open(path, SubMonitor.convert(null));
        } catch (DatasetException | RuntimeException e) {
            return null; // gone or damaged since the last session: nothing to warm
        }
    }
}
