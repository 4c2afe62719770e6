package org.seislens.bench.ui.internal;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.seislens.bench.internal.Stalls;
import org.seislens.cli.internal.ChainedDatasets;
import org.seislens.cli.internal.ExitCodes;
import org.seislens.core.DataCache;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.ProcessingService;

import jakarta.inject.Inject;

/**
 * {@code ./seislens-cli bench gathers <dataset> [--key K] [--steps N] [--rate R] [--chain chain.json] [--json] ...}:
 * steps through consecutive gathers (processed by the chain when one is given) like the gather navigator's play
 * mode (see {@link GatherBenchmark}) and prints the
 * cache hit rate of the next-gather requests and their request-to-image times. Run by
 * {@link BenchGathersApplication}, with the dataset service and the shared cache injected. Exit status as the
 * command line's: 0, or 2 with one line on stderr for bad arguments, a dataset that cannot be opened or a key
 * that is not indexed.
 */
public final class BenchGathers {

    private final DatasetService service;
    private final DataCache cache;
    private final ProcessingService processing;

    /**
     * @param service opens the dataset
     * @param cache the shared cache the dataset reads through
     * @param processing processes the dataset lazily when a chain is given
     */
    @Inject
    public BenchGathers(DatasetService service, DataCache cache, ProcessingService processing) {
        this.service = service;
        this.cache = cache;
        this.processing = processing;
    }

    /**
     * Parses the arguments, runs the benchmark and prints its figures.
     *
     * @param args the arguments after {@code bench gathers}
     * @param out where the figures go
     * @param err where one line per failure goes
     * @return the exit status: 0, or 2 for bad input
     */
    public int run(String[] args, PrintWriter out, PrintWriter err) {
        BenchGathersOptions options;
        try {
            options = BenchGathersOptions.parse(args);
        } catch (BenchGathersOptions.InvalidOptionException e) {
            err.println("seislens-cli: bench gathers: " + e.getMessage()); //$NON-NLS-1$
            err.println(BenchGathersOptions.USAGE);
            return ExitCodes.BAD_INPUT;
        }
        if (options == null) {
            out.println(BenchGathersOptions.USAGE);
            return ExitCodes.OK;
        }
        NullProgressMonitor monitor = new NullProgressMonitor();
        try (Dataset raw = service.open(service.location(options.dataset()), monitor)) {
            // With a chain, the gathers read, drawn and prefetched ahead are the processed ones.
            Dataset dataset = ChainedDatasets.open(processing, raw, options.chain());
            try {
                long from = ManagementFactory.getRuntimeMXBean().getUptime();
                GatherBenchmark.Result result = new GatherBenchmark().run(dataset, cache, options.parameters(),
                        (ensemble, image) -> {
                            // the figures are all the command prints
                        }, monitor);
                long to = ManagementFactory.getRuntimeMXBean().getUptime();
                print(options, result, raw.descriptor().location(), from / 1e3, to / 1e3, out);
            } finally {
                if (dataset != raw) {
                    dataset.close();
                }
            }
            return ExitCodes.OK;
        } catch (DatasetException e) {
            err.println("seislens-cli: " + e.getMessage()); //$NON-NLS-1$
            return ExitCodes.BAD_INPUT;
        }
    }

    /**
     * @param from the JVM's uptime in seconds when the run started (the time stamps of its GC log), so that the
     *            log's pauses can be told apart from those of the start of the application
     * @param to the JVM's uptime in seconds when it ended
     */
    private static void print(BenchGathersOptions options, GatherBenchmark.Result r, Path location, double from,
            double to, PrintWriter out) {
        GatherBenchmark.Parameters p = r.parameters();
        double cacheMaxMb = r.cacheMaxBytes() / (1024.0 * 1024.0);
        if (options.json()) {
            out.println(String.format(Locale.ROOT, "{\"dataset\":%s,\"key\":%s,\"start\":%d,\"steps\":%d,\"rate\":%s," //$NON-NLS-1$
                    + "\"depth\":%d,\"hits\":%d,\"hit_rate\":%.4f,\"next_p50_ms\":%.3f,\"next_p99_ms\":%.3f," //$NON-NLS-1$
                    + "\"next_max_ms\":%.3f,\"mean_traces\":%.1f,\"samples\":%d,\"width\":%d,\"height\":%d," //$NON-NLS-1$
                    + "\"step_p50_ms\":%.3f,\"read_p50_ms\":%.3f,\"scale_p50_ms\":%.3f,\"draw_p50_ms\":%.3f," //$NON-NLS-1$
                    + "\"bytes_read\":%d,\"cache_max_mb\":%.1f,\"run_from_s\":%.3f,\"run_to_s\":%.3f,%s," //$NON-NLS-1$
                    + "\"slow_steps\":%s,\"next_ms\":%s}", //$NON-NLS-1$
                    quote(location.toAbsolutePath().toString()), quote(p.key()), Long.valueOf(p.start()),
                    Integer.valueOf(r.steps()), number(p.rate()), Integer.valueOf(p.depth()),
                    Integer.valueOf(r.hits()), Double.valueOf(r.hitRate()), Double.valueOf(r.percentileMs(0.5)),
                    Double.valueOf(r.percentileMs(0.99)), Double.valueOf(r.percentileMs(1)),
                    Double.valueOf(r.meanTraces()), Integer.valueOf(r.samples()), Integer.valueOf(p.width()),
                    Integer.valueOf(p.height()), p50(r.stepMs()), p50(r.readMs()), p50(r.scaleMs()), p50(r.drawMs()),
                    Long.valueOf(r.bytesRead()), Double.valueOf(cacheMaxMb), Double.valueOf(from), Double.valueOf(to),
                    stallsJson(r), slowSteps(r),
                    array(r.nextMs())));
        } else {
            out.println(String.format(Locale.ROOT,
                    "bench gathers %s%s: %d steps of %s from ordinal %d at %s gathers/s, prefetch depth %d%n" //$NON-NLS-1$
                            + "  hit_rate %.3f (%d of %d next-gather requests cached when made)%n" //$NON-NLS-1$
                            + "  next_p50_ms %.3f, next_p99_ms %.3f (request to a %dx%d px image of %.1f traces x %d samples)%n" //$NON-NLS-1$
                            + "  p50 parts: step %.3f ms, read %.3f ms, scale %.3f ms, draw %.3f ms%n" //$NON-NLS-1$
                            + "  %.1f MB read from storage, cache budget %.0f MB%n%s", //$NON-NLS-1$
                    options.dataset(), options.chain() == null ? "" : " processed by " + options.chain(), //$NON-NLS-1$ //$NON-NLS-2$
                    Integer.valueOf(r.steps()), p.key(), Long.valueOf(p.start()),
                    p.rate() == 0 ? "unlimited" : number(p.rate()), Integer.valueOf(p.depth()), //$NON-NLS-1$
                    Double.valueOf(r.hitRate()), Integer.valueOf(r.hits()), Integer.valueOf(r.steps()),
                    Double.valueOf(r.percentileMs(0.5)), Double.valueOf(r.percentileMs(0.99)),
                    Integer.valueOf(p.width()), Integer.valueOf(p.height()), Double.valueOf(r.meanTraces()),
                    Integer.valueOf(r.samples()), p50(r.stepMs()), p50(r.readMs()), p50(r.scaleMs()), p50(r.drawMs()),
                    Double.valueOf(r.bytesRead() / 1e6), Double.valueOf(cacheMaxMb), stallsText(r)));
        }
    }

    /** Collection pauses per step above this (two frames at 60 Hz) are a visible stall. */
    private static final double TWO_FRAMES_MS = 1000.0 / 30;

    /**
     * Where the slowest 1 % of the request-to-image times went, the steps whose collection pauses exceeded two
     * frames, and the heap after collections by tenth of the run (flat when nothing accumulates), as JSON
     * fields.
     */
    private static String stallsJson(GatherBenchmark.Result r) {
        Stalls.Share slow = Stalls.slowest(r.nextMs(), r.stalls(), 0.01);
        double maxPause = 0;
        int over = 0;
        for (Stalls.Reading s : r.stalls()) {
            maxPause = Math.max(maxPause, s.gcPauseMs());
            over += s.gcPauseMs() > TWO_FRAMES_MS ? 1 : 0;
        }
        return String.format(Locale.ROOT, "\"next_slowest\":{\"steps\":%d,\"wall_ms\":%.3f,\"gc_pause_ms\":%.3f," //$NON-NLS-1$
                + "\"gc_count\":%d,\"run_queue_ms\":%.3f,\"cpu_ms\":%.3f},\"gc_pause_max_step_ms\":%.1f," //$NON-NLS-1$
                + "\"steps_gc_over_two_frames\":%d,\"heap_after_gc_mb_by_tenth\":%s", //$NON-NLS-1$
                Integer.valueOf(slow.count()), Double.valueOf(slow.wallMs()), Double.valueOf(slow.gcPauseMs()),
                Long.valueOf(slow.gcCount()), Double.valueOf(slow.runQueueMs()), Double.valueOf(slow.cpuMs()),
                Double.valueOf(maxPause), Integer.valueOf(over), tenths(r.heapAfterGcMb()));
    }

    /**
     * Each step slower than two frames, in step order, with where its time went: its parts (stepper, read, scale,
     * draw), the collection pauses inside it, and the caller's time waiting for a core and on one.
     */
    private static String slowSteps(GatherBenchmark.Result r) {
        StringBuilder b = new StringBuilder("["); //$NON-NLS-1$
        for (int i = 0; i < r.steps(); i++) {
            if (r.nextMs()[i] > TWO_FRAMES_MS) {
                Stalls.Reading s = r.stalls()[i];
                b.append(b.length() == 1 ? "" : ",").append(String.format(Locale.ROOT, //$NON-NLS-1$ //$NON-NLS-2$
                        "{\"step\":%d,\"hit\":%b,\"ms\":%.1f,\"step_ms\":%.1f,\"read_ms\":%.1f,\"scale_ms\":%.1f," //$NON-NLS-1$
                                + "\"draw_ms\":%.1f,\"gc_pause_ms\":%d,\"run_queue_ms\":%.1f,\"cpu_ms\":%.1f}", //$NON-NLS-1$
                        Integer.valueOf(i), Boolean.valueOf(r.hit()[i]), Double.valueOf(r.nextMs()[i]),
                        Double.valueOf(r.stepMs()[i]), Double.valueOf(r.readMs()[i]), Double.valueOf(r.scaleMs()[i]),
                        Double.valueOf(r.drawMs()[i]), Long.valueOf(s.gcPauseMs()), Double.valueOf(s.runQueueNs() / 1e6),
                        Double.valueOf(s.cpuNs() / 1e6)));
            }
        }
        return b.append(']').toString();
    }

    private static String stallsText(GatherBenchmark.Result r) {
        Stalls.Share slow = Stalls.slowest(r.nextMs(), r.stalls(), 0.01);
        return String.format(Locale.ROOT, "  slowest %d: %.1f ms, of it collection pauses %.1f ms, the caller waiting " //$NON-NLS-1$
                + "for a core %.1f ms, on a core %.1f ms; heap after collections by tenth of the run (MB): %s", //$NON-NLS-1$
                Integer.valueOf(slow.count()), Double.valueOf(slow.wallMs()), Double.valueOf(slow.gcPauseMs()),
                Double.valueOf(slow.runQueueMs()), Double.valueOf(slow.cpuMs()), tenths(r.heapAfterGcMb()));
    }

    /** The median of the non-NaN values in each tenth of the run, null for a tenth without one. */
    private static String tenths(double[] values) {
        StringBuilder b = new StringBuilder("["); //$NON-NLS-1$
        for (int t = 0; t < 10; t++) {
            double[] part = Arrays.stream(values, t * values.length / 10, (t + 1) * values.length / 10)
                    .filter(v -> !Double.isNaN(v)).sorted().toArray();
            b.append(t == 0 ? "" : ",").append(part.length == 0 ? "null" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    : String.format(Locale.ROOT, "%.1f", Double.valueOf(part[part.length / 2]))); //$NON-NLS-1$
        }
        return b.append(']').toString();
    }

    /** Every request-to-image time, in step order: where the slow ones fall (the first, after a miss). */
    private static String array(double[] ms) {
        StringBuilder b = new StringBuilder("["); //$NON-NLS-1$
        for (int i = 0; i < ms.length; i++) {
            b.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.3f", Double.valueOf(ms[i]))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return b.append(']').toString();
    }

    private static Double p50(double[] ms) {
        return Double.valueOf(GatherBenchmark.Result.percentile(ms, 0.5));
    }

    /** A rate as JSON: whole numbers without a fraction. */
    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String quote(String text) {
        StringBuilder b = new StringBuilder("\""); //$NON-NLS-1$
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format(Locale.ROOT, "\\u%04x", Integer.valueOf(c))); //$NON-NLS-1$
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
