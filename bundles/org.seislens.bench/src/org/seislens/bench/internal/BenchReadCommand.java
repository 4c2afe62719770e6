package org.seislens.bench.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jdt.annotation.DefaultLocation;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.cli.internal.BadInputException;
import org.seislens.cli.internal.ChainedDatasets;
import org.seislens.cli.internal.ExitCodes;
import org.seislens.cli.internal.HeapPeak;
import org.seislens.cli.internal.Json;
import org.seislens.core.CacheLimits;
import org.seislens.core.CacheStatistics;
import org.seislens.core.DataCache;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetDescriptor;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.ProcessingService;
import org.seislens.core.WindowBounds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seislens-cli bench read <dataset>}: window read latency through the dataset service and the shared
 * cache, on an existing dataset.
 * <ul>
 * <li>cold: each of N random windows after clearing the dataset's cache entries (the page cache is warmed
 * by one untimed pass first); for the slowest 1 % and for all of them, where the time went besides the
 * read itself ({@link Stalls}: collection pauses, threads waiting for a core), and each of the slowest 1 %
 * on its own;</li>
 * <li>hit: the same window again, served from the cache;</li>
 * <li>every window is read into one array the command keeps ({@link Dataset#readWindow}), so that the
 * reads themselves allocate no window-sized array; {@code --new-arrays} reads through {@link Dataset#window}
 * instead, a new array per window, as a viewer that keeps no array of its own does;</li>
 * <li>heap: heap used after reading {@code --heap-windows} random windows without clearing, after a
 * GC;</li>
 * <li>pan: from a cleared cache, one window, then {@code --pan-steps} windows each shifted by 10 % of its
 * traces; the hit rate and the bytes read from storage are those of the shifted windows.</li>
 * </ul>
 */
// picocli sets the option fields by reflection after construction, so fields carry no null default.
@NonNullByDefault({ DefaultLocation.PARAMETER, DefaultLocation.RETURN_TYPE, DefaultLocation.TYPE_BOUND,
        DefaultLocation.TYPE_ARGUMENT })
@Command(name = "read", mixinStandardHelpOptions = true, //$NON-NLS-1$
        description = "Measure window reads of a dataset: cold and cache-hit latency, heap, and a pan.") //$NON-NLS-1$
final class BenchReadCommand implements Callable<Integer> {

    /** The system property that overrides AWS_ENDPOINT_URL, as in the AWS SDKs. */
    private static final String ENDPOINT_PROPERTY = "aws.endpointUrl"; //$NON-NLS-1$

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dataset>", description = "a dataset directory or s3:// URI") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String dataset;

    @Option(names = "--windows", paramLabel = "N", description = "random windows timed (default ${DEFAULT-VALUE})") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    int windows = 200;

    @Option(names = "--traces", paramLabel = "T", description = "traces per window (default ${DEFAULT-VALUE})") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    int traces = 1000;

    @Option(names = "--samples", paramLabel = "S", description = "samples per window (default ${DEFAULT-VALUE})") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    int samples = 1000;

    @Option(names = "--seed", paramLabel = "K", description = "random seed (default ${DEFAULT-VALUE})") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    long seed = 1;

    @Option(names = "--cache-mb", paramLabel = "MB", description = "cache byte budget during the run (default ${DEFAULT-VALUE})") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    long cacheMb = 512;

    @Option(names = "--heap-windows", paramLabel = "N", description = "random windows read before measuring the heap (default ${DEFAULT-VALUE})") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    int heapWindows = 1000;

    @Option(names = "--pan-steps", paramLabel = "N", description = "shifted windows in the pan (default ${DEFAULT-VALUE})") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    int panSteps = 50;

    @Option(names = "--json", description = "print one JSON object") //$NON-NLS-1$ //$NON-NLS-2$
    boolean json;

    @Option(names = "--new-arrays", description = "read each window into a new array (Dataset.window) instead of " //$NON-NLS-1$ //$NON-NLS-2$
            + "into one array reused from window to window (Dataset.readWindow)") //$NON-NLS-1$
    boolean newArrays;

    @Option(names = "--added-latency-ms", paramLabel = "MS", description = "for an s3:// dataset: relay requests " //$NON-NLS-1$ //$NON-NLS-2$
            + "through a loopback proxy that holds each back this long (default ${DEFAULT-VALUE})") //$NON-NLS-1$
    long addedLatencyMs;

    @Option(names = "--chain", paramLabel = "<chain.json>", //$NON-NLS-1$
            description = "read the dataset processed lazily by this chain (see process); cold reads start from no raw or processed entry") //$NON-NLS-1$
    @Nullable
    Path chainFile;

    private final DatasetService service;
    private final DataCache cache;
    /** The machine's 1-minute load average before and after the cold windows. */
    private double[] loadAverages = { -1, -1 };
    private Stalls.@Nullable Share coldSlowest;
    private Stalls.@Nullable Share coldAll;
    /** Each of the slowest 1 % of the cold windows: its bounds, wall time and what happened during it. */
    private final ArrayNode coldSlowestWindows = Json.mapper().createArrayNode();
    private final ProcessingService processing;

    @Inject
    BenchReadCommand(DatasetService service, DataCache cache, ProcessingService processing) {
        this.service = service;
        this.cache = cache;
        this.processing = processing;
    }

    /** Drops every cached entry of the dataset read, and of its raw source when it is processed. */
    private void invalidate(Dataset raw, Dataset d) {
        cache.invalidateDataset(raw.cacheId());
        if (d != raw) {
            cache.invalidateDataset(d.cacheId());
        }
    }

    @Override
    public Integer call() throws Exception {
        if (windows < 1 || traces < 1 || samples < 1 || cacheMb < 1 || heapWindows < 0 || panSteps < 1) {
            throw new BadInputException("--windows, --traces, --samples, --cache-mb and --pan-steps must be positive"); //$NON-NLS-1$
        }
        CacheLimits before = cache.limits();
        cache.setLimits(new CacheLimits(before.maxEntries(), cacheMb << 20));
        NullProgressMonitor monitor = new NullProgressMonitor();
        String endpointBefore = System.getProperty(ENDPOINT_PROPERTY);
        DelayingProxy proxy = null;
        if (addedLatencyMs > 0) {
            String endpoint = endpointBefore != null ? endpointBefore : System.getenv("AWS_ENDPOINT_URL"); //$NON-NLS-1$
            if (endpoint == null || !dataset.startsWith("s3://")) { //$NON-NLS-1$
                throw new BadInputException("--added-latency-ms needs an s3:// dataset and AWS_ENDPOINT_URL"); //$NON-NLS-1$
            }
            proxy = new DelayingProxy(java.net.URI.create(endpoint), addedLatencyMs);
            System.setProperty(ENDPOINT_PROPERTY, proxy.endpoint().toString());
        }
        try (DelayingProxy relay = proxy; Dataset raw = service.open(service.location(dataset), monitor);
                Dataset d = ChainedDatasets.open(processing, raw, chainFile)) {
            DatasetDescriptor desc = d.descriptor();
            int t = (int) Math.min(traces, desc.traceCount());
            int s = Math.min(samples, desc.sampleCount());
            if (t < 1 || s < 1) {
                throw new BadInputException(dataset + ": holds no samples"); //$NON-NLS-1$
            }
            Random random = new Random(seed);
            float[] into = new float[t * s];
            WindowBounds[] sample = randomWindows(random, desc, t, s, windows);
            // Untimed pass: the page cache holds every chunk file of the timed windows.
            for (WindowBounds b : sample) {
                invalidate(raw, d);
                read(d, b, into, monitor);
            }
            double[] cold = new double[windows];
            double[] hit = new double[windows];
            Stalls.Reading[] coldStalls = new Stalls.Reading[windows];
            long coldBytes = 0;
            double load0 = Stalls.loadAverage();
            for (int i = 0; i < windows; i++) {
                invalidate(raw, d);
                long read0 = cache.statistics().bytesRead();
                Stalls.Reading stalls0 = Stalls.now();
                long t0 = System.nanoTime();
                read(d, sample[i], into, monitor);
                long t1 = System.nanoTime();
                coldStalls[i] = Stalls.now().since(stalls0);
                long t1b = System.nanoTime();
                read(d, sample[i], into, monitor);
                long t2 = System.nanoTime();
                coldBytes += cache.statistics().bytesRead() - read0;
                cold[i] = (t1 - t0) / 1e6;
                hit[i] = (t2 - t1b) / 1e6;
            }
            loadAverages = new double[] { load0, Stalls.loadAverage() };
            coldSlowest = Stalls.slowest(cold, coldStalls, 0.01);
            coldAll = Stalls.slowest(cold, coldStalls, 1);
            for (int i : Stalls.slowestIndexes(cold, 0.01)) {
                Stalls.Reading r = coldStalls[i];
                ObjectNode w = coldSlowestWindows.addObject();
                WindowBounds b = sample[i];
                w.put("trace_start", b.traceStart()); //$NON-NLS-1$
                w.put("sample_start", b.sampleStart()); //$NON-NLS-1$
                w.put("wall_ms", cold[i]); //$NON-NLS-1$
                w.put("gc_pause_ms", r.gcPauseMs()); //$NON-NLS-1$
                w.put("gc_count", r.gcCount()); //$NON-NLS-1$
                w.put("run_queue_ms", r.runQueueNs() / 1e6); //$NON-NLS-1$
                w.put("cpu_ms", r.cpuNs() / 1e6); //$NON-NLS-1$
                // What is left: blocked on the helper threads, on storage, or stopped for a collection.
                w.put("blocked_ms", Math.max(0, cold[i] - (r.runQueueNs() + r.cpuNs()) / 1e6)); //$NON-NLS-1$
            }
            // Heap after many random windows through the bounded cache.
            invalidate(raw, d);
            for (WindowBounds b : randomWindows(random, desc, t, s, heapWindows)) {
                read(d, b, into, monitor);
            }
            double heapMb = usedHeapMb();
            CacheStatistics afterHeap = cache.statistics();
            // Pan: 10 % of the traces per step, along the traces.
            invalidate(raw, d);
            int step = Math.max(1, t / 10);
            long maxStart = desc.traceCount() - t;
            int steps = (int) Math.min(panSteps, maxStart / step);
            long start = steps == 0 ? 0 : (long) (random.nextDouble() * (maxStart - (long) steps * step + 1));
            int s0 = random.nextInt(desc.sampleCount() - s + 1);
            read(d, new WindowBounds(start, start + t, s0, s0 + s), into, monitor);
            CacheStatistics pan0 = cache.statistics();
            double[] pan = new double[Math.max(1, steps)];
            for (int i = 1; i <= steps; i++) {
                long ts = start + (long) i * step;
                long p0 = System.nanoTime();
                read(d, new WindowBounds(ts, ts + t, s0, s0 + s), into, monitor);
                pan[i - 1] = (System.nanoTime() - p0) / 1e6;
            }
            CacheStatistics pan1 = cache.statistics();
            long panHits = pan1.hits() - pan0.hits();
            long panLookups = panHits + pan1.misses() - pan0.misses();
            long panBytes = pan1.bytesRead() - pan0.bytesRead();
            double windowBytes = 4.0 * t * s;
            double panFraction = steps == 0 ? 0 : panBytes / (windowBytes * steps);
            print(desc, t, s, cold, hit, coldBytes, heapMb, afterHeap, steps, step, panLookups == 0 ? 0
                    : (double) panHits / panLookups, panFraction, panBytes, pan);
        } finally {
            cache.setLimits(before);
            if (endpointBefore == null) {
                System.clearProperty(ENDPOINT_PROPERTY);
            } else {
                System.setProperty(ENDPOINT_PROPERTY, endpointBefore);
            }
        }
        return ExitCodes.OK;
    }

    /** Reads a window as the command line asks: into {@code into}, or into a new array. */
    private void read(Dataset d, WindowBounds b, float[] into, IProgressMonitor monitor) throws DatasetException {
        if (newArrays) {
            d.window(b, monitor);
        } else {
            d.readWindow(b, into, monitor);
        }
    }

    /** Mean figures of a group of cold windows, as JSON fields. */
    private static void share(ObjectNode o, Stalls.@Nullable Share s) {
        if (s != null) {
            o.put("windows", s.count()); //$NON-NLS-1$
            o.put("wall_ms", s.wallMs()); //$NON-NLS-1$
            o.put("gc_pause_ms", s.gcPauseMs()); //$NON-NLS-1$
            o.put("gc_count", s.gcCount()); //$NON-NLS-1$
            o.put("run_queue_ms", s.runQueueMs()); //$NON-NLS-1$
            o.put("cpu_ms", s.cpuMs()); //$NON-NLS-1$
        }
    }

    private static WindowBounds[] randomWindows(Random random, DatasetDescriptor desc, int t, int s, int n) {
        WindowBounds[] out = new WindowBounds[n];
        for (int i = 0; i < n; i++) {
            long t0 = (long) (random.nextDouble() * (desc.traceCount() - t + 1));
            int s0 = random.nextInt(desc.sampleCount() - s + 1);
            out[i] = new WindowBounds(t0, t0 + t, s0, s0 + s);
        }
        return out;
    }

    private static double usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))];
    }

    private void print(DatasetDescriptor desc, int t, int s, double[] cold, double[] hit, long coldBytes,
            double heapMb, CacheStatistics afterHeap, int steps, int step, double panHitRate, double panFraction,
            long panBytes, double[] pan) {
        PrintWriter out = spec.commandLine().getOut();
        double budgetMb = afterHeap.limits().maxBytes() / (1024.0 * 1024.0);
        if (json) {
            ObjectNode o = Json.object();
            o.put("dataset", desc.location().toAbsolutePath().toString()); //$NON-NLS-1$
            o.put("traces", desc.traceCount()); //$NON-NLS-1$
            o.put("samples", desc.sampleCount()); //$NON-NLS-1$
            Path chain = chainFile;
            if (chain != null) {
                o.put("chain", chain.toString()); //$NON-NLS-1$
            }
            o.put("window_traces", t); //$NON-NLS-1$
            o.put("window_samples", s); //$NON-NLS-1$
            o.put("windows", cold.length); //$NON-NLS-1$
            o.put("seed", seed); //$NON-NLS-1$
            o.put("new_arrays", newArrays); //$NON-NLS-1$
            o.put("cold_p50_ms", percentile(cold, 0.5)); //$NON-NLS-1$
            o.put("cold_p99_ms", percentile(cold, 0.99)); //$NON-NLS-1$
            o.put("cold_max_ms", percentile(cold, 1)); //$NON-NLS-1$
            share(o.putObject("cold_slowest"), coldSlowest); //$NON-NLS-1$
            share(o.putObject("cold_all"), coldAll); //$NON-NLS-1$
            o.set("cold_slowest_windows", coldSlowestWindows); //$NON-NLS-1$
            o.put("load_average_before", loadAverages[0]); //$NON-NLS-1$
            o.put("load_average_after", loadAverages[1]); //$NON-NLS-1$
            o.put("hit_p50_ms", percentile(hit, 0.5)); //$NON-NLS-1$
            o.put("hit_p99_ms", percentile(hit, 0.99)); //$NON-NLS-1$
            o.put("cold_bytes_read", coldBytes); //$NON-NLS-1$
            o.put("cold_bytes_read_per_window", coldBytes / (double) cold.length); //$NON-NLS-1$
            o.put("heap_windows", heapWindows); //$NON-NLS-1$
            o.put("heap_used_mb", heapMb); //$NON-NLS-1$
            o.put("cache_budget_mb", budgetMb); //$NON-NLS-1$
            o.put("cache_mb", afterHeap.bytes() / (1024.0 * 1024.0)); //$NON-NLS-1$
            o.put("cache_entries", afterHeap.entries()); //$NON-NLS-1$
            o.put("max_heap_mb", HeapPeak.maxMegabytes()); //$NON-NLS-1$
            o.put("pan_steps", steps); //$NON-NLS-1$
            o.put("pan_step_traces", step); //$NON-NLS-1$
            o.put("pan_hit_rate", panHitRate); //$NON-NLS-1$
            o.put("pan_bytes_read", panBytes); //$NON-NLS-1$
            o.put("pan_bytes_read_per_window", steps == 0 ? 0 : panBytes / (double) steps); //$NON-NLS-1$
            o.put("pan_bytes_read_fraction", panFraction); //$NON-NLS-1$
            o.put("pan_p50_ms", percentile(pan, 0.5)); //$NON-NLS-1$
            out.println(Json.text(o));
        } else {
            out.println(String.format(Locale.ROOT, "bench read %s: %d windows of %d x %d", //$NON-NLS-1$
                    desc.location(), cold.length, t, s));
            out.println(String.format(Locale.ROOT, "  cold:  p50 %.3f ms, p99 %.3f ms, %.1f MB read per window", //$NON-NLS-1$
                    percentile(cold, 0.5), percentile(cold, 0.99), coldBytes / 1e6 / cold.length));
            Stalls.Share slow = coldSlowest;
            if (slow != null) {
                out.println(String.format(Locale.ROOT, "  slowest %d cold: %.1f ms, of it collection pauses %.1f ms (%d), " //$NON-NLS-1$
                        + "the caller waiting for a core %.1f ms, on a core %.1f ms (load average %.1f to %.1f)", //$NON-NLS-1$
                        slow.count(), slow.wallMs(), slow.gcPauseMs(), slow.gcCount(), slow.runQueueMs(), slow.cpuMs(),
                        loadAverages[0], loadAverages[1]));
            }
            out.println(String.format(Locale.ROOT, "  hit:   p50 %.4f ms, p99 %.4f ms", percentile(hit, 0.5), //$NON-NLS-1$
                    percentile(hit, 0.99)));
            out.println(String.format(Locale.ROOT, "  heap:  %.0f MB used after %d windows (cache budget %.0f MB)", //$NON-NLS-1$
                    heapMb, heapWindows, budgetMb));
            out.println(String.format(Locale.ROOT,
                    "  pan:   %d steps of %d traces, hit rate %.3f, %.1f %% of each window read from storage", //$NON-NLS-1$
                    steps, step, panHitRate, 100 * panFraction));
        }
    }
}
