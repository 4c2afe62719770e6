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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetDescriptor;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.Ensemble;
import org.seislens.core.HelpedTasks;
import org.seislens.core.QcAttributes;
import org.seislens.core.QcService;
import org.seislens.core.QcSummary;
import org.seislens.core.QcThresholds;
import org.seislens.core.TraceEdit;
import org.seislens.store.internal.layout.DatasetLayout;

/**
 * Runs gather QC on every core in batches of consecutive ensembles: each task reads a batch's samples and offsets
 * (straight from storage, past the shared cache, into buffers its thread keeps), computes each ensemble's
 * attributes and flags, and stores them by trace index. At most two batches per thread are queued, so memory is a
 * batch or two per thread plus seven numbers per trace.
 */
@Component(service = QcService.class)
public final class EnsembleQcService implements QcService {

    /** Samples a batch of consecutive ensembles reaches before it is handed to a worker. */
    private static final long BATCH_SAMPLES = 3L << 20;
    /**
     * The workers' thread priority: below the caller's, so that where the JVM maps priorities to the operating
     * system's (e.g. Linux with {@code -XX:ThreadPriorityPolicy=1}, as {@code seislens-cli qc} runs) the compiler
     * threads, which turn QC's loops into machine code in the first tenths of a second, and the thread writing the
     * attribute file are not kept waiting by the workers running the slow first versions of those loops.
     */
    static final int WORKER_PRIORITY = Thread.MIN_PRIORITY;
    /** Every reason a trace can be flagged for, in report order. */
    static final List<String> REASONS = List.of(GatherFlags.DEAD, GatherFlags.WEAK, GatherFlags.STRONG,
            GatherFlags.SPIKE, GatherFlags.REVERSED, GatherFlags.GEOMETRY);

    private final DatasetService datasets;
    private final long batchSamples;

    /**
     * @param datasets opens the datasets
     */
    @Activate
    public EnsembleQcService(@Reference DatasetService datasets) {
        this(datasets, BATCH_SAMPLES);
    }

    /**
     * @param datasets opens the datasets
     * @param batchSamples samples a batch of consecutive ensembles reaches before it is handed to a worker
     */
    EnsembleQcService(DatasetService datasets, long batchSamples) {
        this.datasets = datasets;
        this.batchSamples = batchSamples;
    }

    @Override
    public QcSummary run(Path directory, QcThresholds thresholds, IProgressMonitor monitor) throws DatasetException {
        long started = System.nanoTime();
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
                r -> {
                    Thread t = new Thread(r, "SeisLens QC"); //$NON-NLS-1$
                    t.setDaemon(true);
                    t.setPriority(WORKER_PRIORITY);
                    return t;
                });
        try {
            return run(directory, thresholds, pool, started, progress);
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private QcSummary run(Path directory, QcThresholds thresholds, ExecutorService pool, long started,
            SubMonitor progress) throws DatasetException {
        DatasetLayout layout = new DatasetLayout(directory);
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
            // The attribute file is created on a worker while the ensemble index is read: the first use of
            // Parquet's writing classes takes a while, and the workers have nothing to do before the index is read.
            try (AttributeFileWriter file = new AttributeFileWriter(layout, values, flags, pool)) {
                analyzeAll(dataset, thresholds, batchSamples, pool, values, flags, file, progress.split(97));
                file.commit();
            }
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

    /**
     * Analyses every ensemble; writes the rows of each run of traces to {@code file} as soon as all the traces
     * before it are done (while the ensembles come in trace order; the rest is written by the caller's commit).
     */
    private static void analyzeAll(Dataset dataset, QcThresholds thresholds, long batchSamples, ExecutorService pool,
            double[][] values, String[] flags, AttributeFileWriter file, IProgressMonitor monitor)
            throws DatasetException {
        long ensembles = dataset.ensembleCount(thresholds.key());
        SubMonitor progress = SubMonitor.convert(monitor, (int) Math.min(Integer.MAX_VALUE, ensembles));
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        double dtMs = dataset.descriptor().sampleInterval() / 1000.0;
        long batchTraces = Math.max(1, batchSamples / Math.max(1, dataset.descriptor().sampleCount()));
        ThreadLocal<Worker> workers = ThreadLocal.withInitial(
                () -> new Worker(new GatherAnalyzer(thresholds, dtMs > 0 ? dtMs : 1), new BatchReader(dataset)));
        Deque<Submitted> pending = new ArrayDeque<>();
        boolean inOrder = true;
        try {
            QcBatch batch = new QcBatch();
            for (long e = 0; e <= ensembles; e++) {
                @Nullable
                Ensemble next = e < ensembles ? dataset.ensembleAt(thresholds.key(), e, monitor) : null;
                if (next != null && batch.accepts(next) && batch.traceCount() < batchTraces) {
                    batch.add(next);
                    continue;
                }
                if (batch.ensembles().isEmpty()) {
                    continue; // no ensembles at all
                }
                if (pending.size() >= 2 * threads) {
                    inOrder = finish(pending.pollFirst(), inOrder, file, progress);
                }
                QcBatch full = batch;
                pending.add(new Submitted(full,
                        pool.submit(() -> workers.get().analyze(full, values, flags, monitor))));
                batch = new QcBatch();
                if (next != null) {
                    batch.add(next);
                }
            }
            while (!pending.isEmpty()) {
                inOrder = finish(pending.pollFirst(), inOrder, file, progress);
            }
        } finally {
            for (Submitted s : pending) {
                s.future().cancel(true);
            }
        }
    }

    /** A batch handed to a worker, and its outcome: how many ensembles it held. */
    private record Submitted(QcBatch batch, Future<Integer> future) {
    }

    /**
     * Waits for a batch, reports its ensembles done and, while the batches come in trace order, writes its rows.
     *
     * @return whether the batches still come in trace order
     */
    private static boolean finish(Submitted s, boolean inOrder, AttributeFileWriter file, SubMonitor progress)
            throws DatasetException {
        int ensembles = HelpedTasks.result(s.future());
        QcBatch b = s.batch();
        boolean stillInOrder = inOrder && b.isRun() && b.firstTrace() == file.written();
        if (stillInOrder) {
            file.writeUpTo((int) b.firstTrace() + b.traceCount());
        }
        progress.split(ensembles);
        return stillInOrder;
    }

    /** A worker thread's reader and analyzer. */
    private record Worker(GatherAnalyzer analyzer, BatchReader reader) {

        /** @return how many ensembles the batch held */
        int analyze(QcBatch batch, double[][] values, String[] flags, IProgressMonitor monitor)
                throws DatasetException {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            int ns = reader.ns();
            float[] samples = reader.readSamples(batch, monitor);
            double[] offsets = reader.readOffsets(batch, monitor);
            int at = 0;
            for (Ensemble e : batch.ensembles()) {
                int n = e.traceCount();
                TraceAttributes a = analyzer.analyze(samples, at * ns, ns, Arrays.copyOfRange(offsets, at, at + n));
                for (int i = 0; i < n; i++) {
                    int t = (int) e.traceIndex(i);
                    for (int k = 0; k < values.length; k++) {
                        values[k][t] = a.values[k][i];
                    }
                    flags[t] = a.flags[i];
                }
                at += n;
            }
            return batch.ensembles().size();
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
