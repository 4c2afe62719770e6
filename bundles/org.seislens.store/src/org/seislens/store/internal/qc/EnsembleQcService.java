package org.seislens.store.internal.qc;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetDescriptor;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.Ensemble;
import org.seislens.core.QcAttributes;
import org.seislens.core.QcService;
import org.seislens.core.QcSummary;
import org.seislens.core.QcThresholds;
import org.seislens.core.TraceEdit;
import org.seislens.store.internal.layout.DatasetLayout;

/**
 * Runs gather QC ensemble by ensemble on every core: each task reads one gather's samples and offsets, computes
 * its attributes and flags, and stores them by trace index. At most two gathers per thread are in flight, so
 * memory is a few gathers per thread plus seven numbers per trace.
 */
@Component(service = QcService.class)
public final class EnsembleQcService implements QcService {

    private static final String OFFSET = "offset"; //$NON-NLS-1$
    /** Every reason a trace can be flagged for, in report order. */
    static final List<String> REASONS = List.of(GatherFlags.DEAD, GatherFlags.WEAK, GatherFlags.STRONG,
            GatherFlags.SPIKE, GatherFlags.REVERSED, GatherFlags.GEOMETRY);

    private final DatasetService datasets;

    /**
     * @param datasets opens the datasets
     */
    @Activate
    public EnsembleQcService(@Reference DatasetService datasets) {
        this.datasets = datasets;
    }

    @Override
    public QcSummary run(Path directory, QcThresholds thresholds, IProgressMonitor monitor) throws DatasetException {
        long started = System.nanoTime();
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        try (Dataset dataset = datasets.open(directory, progress.split(1))) {
            DatasetDescriptor d = dataset.descriptor();
            if (!d.hasEnsembleKey(thresholds.key())) {
                throw new DatasetException(directory, "has no ensemble index for " + thresholds.key() //$NON-NLS-1$
                        + " (it has " + String.join(", ", d.ensembleKeys()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            if (d.traceCount() > Integer.MAX_VALUE - 16) {
                throw new DatasetException(directory, "has more traces than QC can hold"); //$NON-NLS-1$
            }
            int traces = (int) d.traceCount();
            double[][] values = new double[TraceAttributes.NAMES.size()][traces];
            for (double[] v : values) {
                Arrays.fill(v, Double.NaN);
            }
            String[] flags = new String[traces];
            Arrays.fill(flags, ""); //$NON-NLS-1$
            analyzeAll(dataset, thresholds, values, flags, progress.split(97));
            QcFiles.writeAttributes(new DatasetLayout(directory), values, flags);
            progress.split(2);
            Map<String, Long> flagged = new LinkedHashMap<>();
            for (String r : REASONS) {
                flagged.put(r, 0L);
            }
            for (String f : flags) {
                if (!f.isEmpty()) {
                    for (String r : f.split(",")) { //$NON-NLS-1$
                        flagged.merge(r, 1L, Long::sum);
                    }
                }
            }
            return new QcSummary(traces, flagged, (System.nanoTime() - started) / 1e9);
        }
    }

    private static void analyzeAll(Dataset dataset, QcThresholds thresholds, double[][] values, String[] flags,
            IProgressMonitor monitor) throws DatasetException {
        long ensembles = dataset.ensembleCount(thresholds.key());
        SubMonitor progress = SubMonitor.convert(monitor, (int) Math.min(Integer.MAX_VALUE, ensembles));
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "SeisLens QC"); //$NON-NLS-1$
            t.setDaemon(true);
            return t;
        });
        double dtMs = dataset.descriptor().sampleInterval() / 1000.0;
        ThreadLocal<GatherAnalyzer> analyzers = ThreadLocal
                .withInitial(() -> new GatherAnalyzer(thresholds, dtMs > 0 ? dtMs : 1));
        Deque<Future<?>> pending = new ArrayDeque<>();
        try {
            for (long e = 0; e < ensembles; e++) {
                if (pending.size() >= 2 * threads) {
                    await(pending.pollFirst());
                    progress.split(1);
                }
                long ordinal = e;
                pending.add(pool.submit(() -> {
                    analyzeGather(dataset, thresholds.key(), ordinal, analyzers.get(), values, flags, progress);
                    return null;
                }));
            }
            while (!pending.isEmpty()) {
                await(pending.pollFirst());
                progress.split(1);
            }
        } finally {
            for (Future<?> f : pending) {
                f.cancel(true);
            }
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void analyzeGather(Dataset dataset, String key, long ordinal, GatherAnalyzer analyzer,
            double[][] values, String[] flags, IProgressMonitor monitor) throws DatasetException {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        Ensemble ensemble = dataset.ensembleAt(key, ordinal, monitor);
        long[] indices = ensemble.toTraceIndices();
        int ns = dataset.descriptor().sampleCount();
        float[] samples = dataset.traces(indices, 0, ns, monitor).samples();
        double[] offsets = new double[indices.length];
        if (dataset.descriptor().headerColumns().contains(OFFSET)) {
            long[] column = dataset.headers(indices, List.of(OFFSET), monitor).column(OFFSET);
            for (int i = 0; i < indices.length; i++) {
                offsets[i] = column[i];
            }
        }
        TraceAttributes a = analyzer.analyze(samples, ns, offsets);
        for (int i = 0; i < indices.length; i++) {
            int t = (int) indices[i];
            for (int k = 0; k < values.length; k++) {
                values[k][t] = a.values[k][i];
            }
            flags[t] = a.flags[i];
        }
    }

    private static void await(Future<?> f) throws DatasetException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DatasetException d) {
                throw d;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public QcAttributes readAttributes(Path directory) throws DatasetException {
        return QcFiles.readAttributes(new DatasetLayout(directory));
    }

    @Override
    public List<TraceEdit> readEdits(Path directory) throws DatasetException {
        return QcFiles.readEdits(new DatasetLayout(directory));
    }

    @Override
    public void writeEdits(Path directory, List<TraceEdit> edits) throws DatasetException {
        DatasetLayout layout = new DatasetLayout(directory);
        long traces = datasets.describe(directory, new org.eclipse.core.runtime.NullProgressMonitor()).descriptor()
                .traceCount();
        List<TraceEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingLong(TraceEdit::traceIndex));
        for (int i = 0; i < sorted.size(); i++) {
            long t = sorted.get(i).traceIndex();
            if (t < 0 || t >= traces) {
                throw new DatasetException(directory, "has no trace " + t + " (it has " + traces + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            if (i > 0 && sorted.get(i - 1).traceIndex() == t) {
                throw new DatasetException(directory, "two edits for trace " + t); //$NON-NLS-1$
            }
        }
        QcFiles.writeEdits(layout, sorted);
    }
}
