package org.seislens.bench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.graphics.ImageData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.DataCache;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.Ensemble;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingService;
import org.seislens.core.ProcessingStep;
import org.seislens.core.WindowBounds;
import org.seislens.ui.internal.navigator.GatherStepper;

/**
 * Runs the gather benchmark's measuring part on a small generated prestack survey imported through the
 * registered services.
 */
class GatherBenchmarkTest {

    private static final int WIDTH = 400;
    private static final int HEIGHT = 300;
    /** Gathers per second: slow enough for the prefetch of a tiny survey to finish between steps. */
    private static final double RATE = 20;

    @TempDir
    static Path dir;
    private static IEclipseContext services;
    private static Dataset dataset;
    private static DataCache cache;

    @BeforeAll
    static void importSurvey() throws Exception {
        Path path = SurveyFixture.importSurvey(dir);
        services = SurveyFixture.services();
        DatasetService service = services.get(DatasetService.class);
        cache = services.get(DataCache.class);
        assertNotNull(service, "no dataset service");
        assertNotNull(cache, "no data cache");
        dataset = service.open(path, new NullProgressMonitor());
    }

    @AfterAll
    static void close() {
        dataset.close();
        services.dispose();
    }

    private record Run(GatherBenchmark.Result result, List<Ensemble> shown, Set<ImageData> images) {
    }

    private static Run run(String key, long start, int depth) throws DatasetException {
        List<Ensemble> shown = new ArrayList<>();
        Set<ImageData> images = Collections.newSetFromMap(new IdentityHashMap<>());
        GatherBenchmark.Parameters p = new GatherBenchmark.Parameters(key, start, 10, RATE, depth, WIDTH, HEIGHT);
        GatherBenchmark.Result r = new GatherBenchmark().run(dataset, cache, p, (ensemble, image) -> {
            assertEquals(WIDTH, image.width, "image width");
            assertEquals(HEIGHT, image.height, "image height");
            shown.add(ensemble);
            images.add(image);
        }, new NullProgressMonitor());
        return new Run(r, shown, images);
    }

    private static void assertSteppedThrough(Run run, long start) {
        GatherBenchmark.Result r = run.result();
        assertEquals(10, r.steps());
        assertEquals(10, r.nextMs().length);
        assertEquals(11, run.shown().size(), "the start gather and one image per step");
        assertEquals(1, run.images().size(), "every step draws into the image of the step before");
        assertEquals(10, r.stalls().length);
        assertEquals(10, r.heapAfterGcMb().length);
        for (int i = 0; i < 10; i++) {
            assertTrue(r.stalls()[i].gcPauseMs() >= 0 && r.stalls()[i].cpuNs() >= 0, r.stalls()[i].toString());
            assertEquals(r.stalls()[i].gcCount() > 0, !Double.isNaN(r.heapAfterGcMb()[i]),
                    "the heap is noted after the steps with a collection");
        }
        for (int i = 0; i < run.shown().size(); i++) {
            assertEquals(start + i, run.shown().get(i).ordinal(), "consecutive gathers");
        }
        assertTrue(r.hitRate() >= 0 && r.hitRate() <= 1, "hit rate " + r.hitRate());
        assertEquals(r.hits() / 10.0, r.hitRate(), 1e-12);
        int hits = 0;
        for (boolean h : r.hit()) {
            hits += h ? 1 : 0;
        }
        assertEquals(r.hits(), hits, "hits counts the steps that were hits");
        assertEquals(SurveyFixture.GEOMETRY.samples(), r.samples());
        for (int i = 0; i < 10; i++) {
            double ms = r.nextMs()[i];
            assertTrue(ms > 0, "request-to-image time " + ms);
            double parts = r.stepMs()[i] + r.readMs()[i] + r.scaleMs()[i] + r.drawMs()[i];
            assertEquals(ms, parts, 1e-6, "step, read, scale and draw make up the request-to-image time");
            assertTrue(r.stepMs()[i] >= 0 && r.readMs()[i] >= 0 && r.scaleMs()[i] >= 0 && r.drawMs()[i] > 0);
        }
        assertTrue(r.percentileMs(0.5) <= r.percentileMs(0.99));
        assertTrue(r.bytesRead() > 0, "the run read from storage");
    }

    private static void assertHitsAfterTheFirst(GatherBenchmark.Result r) {
        for (int i = 1; i < r.steps(); i++) {
            assertTrue(r.hit()[i], "step " + i + " is a hit: " + java.util.Arrays.toString(r.hit()) + " after "
                    + java.util.Arrays.toString(r.nextMs()) + " ms");
        }
    }

    @Test
    void shotsAfterTheFirstStepAreServedFromThePrefetch() throws DatasetException {
        Run run = run("field_record", 0, GatherStepper.DEFAULT_DEPTH);
        assertSteppedThrough(run, 0);
        assertHitsAfterTheFirst(run.result());
        assertEquals(SurveyFixture.GEOMETRY.channels(), run.result().meanTraces(), 1e-9);
    }

    @Test
    void cdpGathersAfterTheFirstStepAreServedFromThePrefetch() throws DatasetException {
        // Ordinals 60..70 are CDPs under the first shots: scattered traces from up to 30 shots each.
        Run run = run("cdp", 60, GatherStepper.DEFAULT_DEPTH);
        assertSteppedThrough(run, 60);
        assertHitsAfterTheFirst(run.result());
        assertTrue(run.result().meanTraces() > 1, "CDP gathers of several shots: " + run.result().meanTraces());
    }

    @Test
    void withoutPrefetchFewerRequestsAreHits() throws DatasetException {
        Run prefetched = run("field_record", 0, GatherStepper.DEFAULT_DEPTH);
        Run none = run("field_record", 0, 0);
        assertSteppedThrough(none, 0);
        assertTrue(none.result().hitRate() < prefetched.result().hitRate(),
                none.result().hitRate() + " without prefetch, " + prefetched.result().hitRate() + " with");
        // One shot is one column of chunks here, so nothing of the next shot is read before it is asked for.
        assertEquals(0, none.result().hits());
        assertHitsAfterTheFirst(prefetched.result());
    }

    @Test
    void stepsStopAtTheEndOfTheIndex() throws DatasetException {
        long last = dataset.ensembleCount("field_record") - 1;
        GatherBenchmark.Parameters p = new GatherBenchmark.Parameters("field_record", last - 3, 10, 0, 3, WIDTH,
                HEIGHT);
        GatherBenchmark.Result r = new GatherBenchmark().run(dataset, cache, p, (e, image) -> {
            // sizes are checked by the other tests
        }, new NullProgressMonitor());
        assertEquals(3, r.steps());
    }

    @Test
    void withWrapStepsGoBackToTheFirstEnsembleAfterTheLast() throws DatasetException {
        long count = dataset.ensembleCount("field_record");
        GatherBenchmark.Parameters p = new GatherBenchmark.Parameters("field_record", count - 2, 5, 0, 3, WIDTH,
                HEIGHT, true);
        List<Long> shown = new ArrayList<>();
        GatherBenchmark.Result r = new GatherBenchmark().run(dataset, cache, p,
                (e, image) -> shown.add(Long.valueOf(e.value())), new NullProgressMonitor());
        assertEquals(5, r.steps());
        List<Long> expected = new ArrayList<>();
        for (long k = 0; k <= 5; k++) {
            expected.add(Long.valueOf(dataset.ensembleAt("field_record", (count - 2 + k) % count,
                    new NullProgressMonitor()).value()));
        }
        assertEquals(expected, shown);
    }

    @Test
    void anUnindexedKeyOrAStartPastTheIndexIsRefused() {
        GatherBenchmark benchmark = new GatherBenchmark();
        DatasetException unindexed = assertThrows(DatasetException.class, () -> benchmark.run(dataset, cache,
                new GatherBenchmark.Parameters("offset", 0, 10, 0, 3, WIDTH, HEIGHT), (e, i) -> {
                }, new NullProgressMonitor()));
        assertTrue(unindexed.getMessage().contains("offset"), unindexed.getMessage());
        DatasetException past = assertThrows(DatasetException.class, () -> benchmark.run(dataset, cache,
                new GatherBenchmark.Parameters("field_record", 24, 10, 0, 3, WIDTH, HEIGHT), (e, i) -> {
                }, new NullProgressMonitor()));
        assertTrue(past.getMessage().contains("24"), past.getMessage());
    }

    @Test
    void processedShotsAfterTheFirstStepAreServedFromTheProcessedPrefetch() throws Exception {
        ProcessingService processing = services.get(ProcessingService.class);
        assertNotNull(processing, "no processing service");
        ProcessingChain chain = new ProcessingChain(List.of(ProcessingStep.of("agc", Map.of("window_ms", 500.0)),
                ProcessingStep.of("bandpass", Map.of("f1", 5.0, "f2", 10.0, "f3", 60.0, "f4", 80.0))));
        try (Dataset processed = processing.open(dataset, chain)) {
            // The first gathers processed in a fresh JVM are slow (class loading, compilation): warm up on the last
            // shots, which the run never reaches, and give the prefetch more time than raw reads need.
            long count = dataset.ensembleCount("field_record");
            for (long o = count - 4; o < count; o++) {
                Ensemble warm = dataset.ensembleAt("field_record", o, new NullProgressMonitor());
                processed.traces(warm.toTraceIndices(), 0, dataset.descriptor().sampleCount(),
                        new NullProgressMonitor());
            }
            GatherBenchmark.Parameters p = new GatherBenchmark.Parameters("field_record", 0, 10, RATE / 4,
                    GatherStepper.DEFAULT_DEPTH, WIDTH, HEIGHT);
            GatherBenchmark.Result r = new GatherBenchmark().run(processed, cache, p, (ensemble, image) -> {
                // the images are checked by the raw runs
            }, new NullProgressMonitor());
            assertEquals(10, r.steps());
            assertHitsAfterTheFirst(r);
            // The hits are processed gathers in the cache (prefetched as such): the last one shown is there, and
            // differs from the raw samples.
            Ensemble ahead = dataset.ensembleAt("field_record", 10, new NullProgressMonitor());
            int samples = dataset.descriptor().sampleCount();
            assertTrue(processed.isCached(ahead.toTraceIndices(), 0, samples), "the processed gather shown is cached");
            float[] raw = dataset.traces(ahead.toTraceIndices(), 0, samples, new NullProgressMonitor()).samples();
            float[] done = processed.traces(ahead.toTraceIndices(), 0, samples, new NullProgressMonitor()).samples();
            int differing = 0;
            for (int i = 0; i < raw.length; i++) {
                differing += raw[i] == done[i] ? 0 : 1;
            }
            assertTrue(differing > raw.length / 2, differing + " of " + raw.length + " samples processed");
            assertEquals(new WindowBounds(0, ahead.traceCount(), 0, samples).area(), done.length);
        }
    }
}
