package org.seislens.bench.ui.internal;

import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.graphics.ImageData;
import org.seislens.bench.internal.Stalls;
import org.seislens.core.DataCache;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.Ensemble;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;
import org.seislens.ui.internal.navigator.GatherStepper;
import org.seislens.ui.internal.render.AmplitudeScale;
import org.seislens.ui.internal.render.DisplaySettings;
import org.seislens.ui.internal.render.ImageRecycler;
import org.seislens.ui.internal.render.SectionRenderer;
import org.seislens.ui.internal.render.Viewport;
import org.seislens.ui.internal.viewer.Section;
import org.seislens.ui.internal.viewer.WindowReader;

/**
 * Steps through consecutive gathers the way the gather navigator's play mode does, prefetch included, and
 * renders each one, timing every next-gather request from the request to the rendered image.
 */
public final class GatherBenchmark {

    private final SectionRenderer renderer = new SectionRenderer();
    /** Each step draws into the image of the step before, as a viewer does that gives its images back. */
    private final ImageRecycler images = new ImageRecycler();

    /**
     * What to step through and how.
     *
     * @param key an indexed header key, e.g. {@code field_record}
     * @param start ordinal of the ensemble gone to before timing
     * @param steps next-gather requests timed; fewer when the index ends first
     * @param rate gathers per second, 0 for back to back
     * @param depth ensembles prefetched ahead, {@link GatherStepper#DEFAULT_DEPTH} like the navigator
     * @param width image width in pixels
     * @param height image height in pixels
     * @param wrap whether stepping past the last ensemble goes back to the first, so that a run can take more
     *            steps than the key has ensembles (a long run through a bounded cache)
     */
    public record Parameters(String key, long start, int steps, double rate, int depth, int width, int height,
            boolean wrap) {

        /**
         * Parameters of a run that ends at the last ensemble.
         *
         * @param key an indexed header key
         * @param start ordinal of the first ensemble
         * @param steps next-gather requests timed
         * @param rate gathers per second, 0 for back to back
         * @param depth ensembles prefetched ahead
         * @param width image width in pixels
         * @param height image height in pixels
         */
        public Parameters(String key, long start, int steps, double rate, int depth, int width, int height) {
            this(key, start, steps, rate, depth, width, height, false);
        }

        /**
         * Checks the numbers.
         */
        public Parameters {
            if (start < 0 || steps < 1 || !(rate >= 0) || Double.isInfinite(rate) || depth < 0 || width < 1
                    || height < 1) {
                throw new IllegalArgumentException("Invalid gather benchmark parameters " + key + ", start " //$NON-NLS-1$ //$NON-NLS-2$
                        + start + ", steps " + steps + ", rate " + rate + ", depth " + depth + ", " + width + "x" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                        + height);
            }
        }
    }

    /**
     * The figures of one run.
     *
     * @param parameters what was run
     * @param steps next-gather requests timed
     * @param hits requests whose gather was wholly in the cache when they were made
     * @param hit for each request, in step order, whether it was such a hit
     * @param nextMs milliseconds from each request to its rendered image, in step order
     * @param stepMs the part of {@code nextMs} spent in {@link GatherStepper#step} (index lookup, prefetch
     *            start)
     * @param readMs the part spent reading the gather's samples
     * @param scaleMs the part spent computing the amplitude scale (clip percentile)
     * @param drawMs the part spent drawing the image
     * @param meanTraces mean traces per timed gather
     * @param samples samples per trace
     * @param bytesRead bytes read from storage from going to the start ensemble to the last image
     * @param cacheMaxBytes the shared cache's byte budget during the run
     * @param stalls for each request, in step order, the collection pauses and the waits for a core inside
     *            its time
     * @param heapAfterGcMb for each request in which a collection ran, the heap used right after the image was
     *            drawn (the live heap plus what the rest of the step allocated); NaN for the others
     */
    public record Result(Parameters parameters, int steps, int hits, boolean[] hit, double[] nextMs, double[] stepMs,
            double[] readMs, double[] scaleMs, double[] drawMs, double meanTraces, int samples, long bytesRead, long cacheMaxBytes,
            Stalls.Reading[] stalls, double[] heapAfterGcMb) {

        /** @return hits over steps, 0 without steps */
        public double hitRate() {
            return steps == 0 ? 0 : hits / (double) steps;
        }

        /**
         * @param p a fraction, e.g. 0.99
         * @return the request-to-image time at that rank ({@code sorted[min(n - 1, floor(p * n))]}), 0 without
         *         steps
         */
        public double percentileMs(double p) {
            return percentile(nextMs, p);
        }

        /**
         * @param ms times in milliseconds
         * @param p a fraction, e.g. 0.5
         * @return the time at that rank ({@code sorted[min(n - 1, floor(p * n))]}), 0 without times
         */
        public static double percentile(double[] ms, double p) {
            if (ms.length == 0) {
                return 0;
            }
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))];
        }
    }

    /**
     * Sees each rendered image, the untimed one of the start ensemble first. The image is drawn over by a later
     * step once the listener returns: copy what is kept.
     */
    @FunctionalInterface
    public interface ImageListener {
        /**
         * @param ensemble the gather drawn
         * @param image its image
         */
        void rendered(Ensemble ensemble, ImageData image);
    }

    /**
     * Runs the benchmark from a cache without entries of the dataset: goes to the start ensemble and renders
     * it (not timed), then for each step waits for the play interval (measured from the previous request),
     * notes whether the next gather is cached, and times {@link GatherStepper#step} + read + render.
     *
     * @param dataset the dataset
     * @param cache the shared cache the dataset reads through
     * @param parameters key, start, steps, rate, depth and image size
     * @param listener sees every image, outside the timed part
     * @param monitor cancellation
     * @return the figures
     * @throws DatasetException if the key is not indexed, has no ensemble at {@code start}, or the storage
     *             cannot be read
     */
    public Result run(Dataset dataset, DataCache cache, Parameters parameters, ImageListener listener,
            IProgressMonitor monitor) throws DatasetException {
        int samples = dataset.descriptor().sampleCount();
        cache.invalidateDataset(dataset.cacheId());
        long bytesRead0 = cache.statistics().bytesRead();
        long intervalNanos = parameters.rate() == 0 ? 0 : (long) (1e9 / parameters.rate());
        try (GatherStepper stepper = new GatherStepper(dataset, parameters.key(), parameters.depth())) {
            if (parameters.start() >= stepper.count()) {
                throw new DatasetException(dataset.descriptor().location(), "has " + stepper.count() //$NON-NLS-1$
                        + " ensembles of " + parameters.key() + ", none at ordinal " + parameters.start()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            int steps = parameters.wrap() ? parameters.steps()
                    : (int) Math.min(parameters.steps(), stepper.count() - 1 - parameters.start());
            long requested = System.nanoTime();
            Ensemble shown = shown(dataset, parameters, stepper.go(parameters.start(), monitor));
            ImageData first = draw(dataset, shown, parameters, new long[2], monitor);
            listener.rendered(shown, first);
            images.give(first);
            // As the navigator does: the gathers ahead are prefetched once the one shown is on screen.
            stepper.prefetchAhead(monitor);
            double[] nextMs = new double[steps];
            double[] stepMs = new double[steps];
            double[] readMs = new double[steps];
            double[] scaleMs = new double[steps];
            double[] drawMs = new double[steps];
            long[] phases = new long[2];
            boolean[] hit = new boolean[steps];
            Stalls.Reading[] stalls = new Stalls.Reading[steps];
            double[] heapAfterGcMb = new double[steps];
            int hits = 0;
            long traces = 0;
            for (int i = 0; i < steps; i++) {
                waitUntil(requested + intervalNanos, monitor);
                long nextOrdinal = (stepper.ordinal() + 1) % stepper.count();
                Ensemble next = dataset.ensembleAt(parameters.key(), nextOrdinal, monitor);
                hit[i] = dataset.isCached(next.toTraceIndices(), 0, samples);
                if (hit[i]) {
                    hits++;
                }
                Stalls.Reading before = Stalls.now(); // outside the timed part: it takes about a millisecond
                requested = System.nanoTime();
                shown = shown(dataset, parameters,
                        nextOrdinal == 0 ? stepper.go(0, monitor) : stepper.step(1, monitor));
                long stepped = System.nanoTime();
                ImageData image = draw(dataset, shown, parameters, phases, monitor);
                long drawn = System.nanoTime();
                stalls[i] = Stalls.now().since(before);
                heapAfterGcMb[i] = stalls[i].gcCount() > 0 ? Stalls.heapUsedMb() : Double.NaN;
                stepper.prefetchAhead(monitor);
                nextMs[i] = (drawn - requested) / 1e6;
                stepMs[i] = (stepped - requested) / 1e6;
                readMs[i] = (phases[0] - stepped) / 1e6;
                scaleMs[i] = (phases[1] - phases[0]) / 1e6;
                drawMs[i] = (drawn - phases[1]) / 1e6;
                traces += shown.traceCount();
                listener.rendered(shown, image);
                images.give(image);
            }
            long bytesRead = cache.statistics().bytesRead() - bytesRead0;
            double meanTraces = steps == 0 ? 0 : traces / (double) steps;
            return new Result(parameters, steps, hits, hit, nextMs, stepMs, readMs, scaleMs, drawMs, meanTraces, samples,
                    bytesRead, cache.limits().maxBytes(), stalls, heapAfterGcMb);
        }
    }

    /** The stepper answers no ensemble only when the key has none; the start check makes that a defect. */
    private static Ensemble shown(Dataset dataset, Parameters parameters, @Nullable Ensemble ensemble)
            throws DatasetException {
        if (ensemble == null) {
            throw new DatasetException(dataset.descriptor().location(), "has no ensembles of " + parameters.key()); //$NON-NLS-1$
        }
        return ensemble;
    }

    /**
     * Reads a whole gather and draws it fitted to the image, as the viewer shows a gather at first.
     *
     * @param times receives {@link System#nanoTime()} when the samples are read, then when they are scaled
     */
    private ImageData draw(Dataset dataset, Ensemble ensemble, Parameters p, long[] times, IProgressMonitor monitor)
            throws DatasetException {
        Section section = new Section(dataset, ensemble);
        int samples = section.samples();
        WindowData window = section.read(WindowReader.DIRECT, new WindowBounds(0, section.count(), 0, samples),
                monitor);
        times[0] = System.nanoTime();
        DisplaySettings settings = DisplaySettings.DEFAULT;
        AmplitudeScale scale = AmplitudeScale.of(window, settings);
        times[1] = System.nanoTime();
        Viewport viewport = new Viewport(0, 0, p.width() / (double) Math.max(1, section.count()),
                p.height() / (double) Math.max(1, samples), p.width(), p.height());
        return renderer.render(window, scale, viewport, settings, images.take(p.width(), p.height()));
    }

    /** Waits for the play interval, as the navigator's play timer does: this is pacing, not synchronisation. */
    private static void waitUntil(long deadline, IProgressMonitor monitor) {
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            LockSupport.parkNanos(left);
        }
    }
}
