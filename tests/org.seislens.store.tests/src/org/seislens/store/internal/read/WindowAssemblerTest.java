package org.seislens.store.internal.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.DataCache;
import org.seislens.core.DatasetDescriptor;
import org.seislens.core.SampleType;
import org.seislens.core.WindowBounds;
import org.seislens.zarr.ZarrArrayMetadata;
import org.seislens.zarr.ZarrDataType;
import org.seislens.zarr.ZarrDtype;
import org.seislens.zarr.io.ZarrArray;

/**
 * Windows and gathers assembled from a sample array whose every value is known ({@link #value}), in chunks
 * small enough that the whole array is more chunks than the caller reads alone; and the chunks requests touch.
 */
class WindowAssemblerTest {

    private static final int TRACES = 300;
    private static final int SAMPLES = 500;
    private static final int CHUNK_TRACES = 8;
    private static final int CHUNK_SAMPLES = 16;

    @TempDir
    static Path tmp;

    private static ServiceTracker<DataCache, DataCache> caches;
    private static ZarrArray samples;
    private static ChunkSource chunks;
    private static ExecutorService readers;
    private static WindowAssembler assembler;

    private static float value(long trace, int sample) {
        return trace * 1000 + sample;
    }

    @BeforeAll
    static void writeArray() throws Exception {
        caches = new ServiceTracker<>(FrameworkUtil.getBundle(WindowAssemblerTest.class).getBundleContext(),
                DataCache.class, null);
        caches.open();
        DataCache cache = caches.waitForService(10_000);
        assertNotNull(cache);
        Path dir = tmp.resolve("samples");
        samples = ZarrArray.create(dir, ZarrArrayMetadata.of(new long[] { TRACES, SAMPLES },
                new int[] { CHUNK_TRACES, CHUNK_SAMPLES }, ZarrDtype.littleEndian(ZarrDataType.FLOAT32)));
        long[] grid = samples.chunkGridShape();
        for (long tc = 0; tc < grid[0]; tc++) {
            for (long sc = 0; sc < grid[1]; sc++) {
                long t0 = tc * CHUNK_TRACES;
                int s0 = (int) sc * CHUNK_SAMPLES;
                int traces = (int) Math.min(CHUNK_TRACES, TRACES - t0);
                int width = Math.min(CHUNK_SAMPLES, SAMPLES - s0);
                ByteBuffer chunk = ByteBuffer.allocate(4 * traces * width).order(ByteOrder.LITTLE_ENDIAN);
                for (int t = 0; t < traces; t++) {
                    for (int s = 0; s < width; s++) {
                        chunk.putFloat(value(t0 + t, s0 + s));
                    }
                }
                samples.writeChunk(new long[] { tc, sc }, chunk.flip());
            }
        }
        DatasetDescriptor descriptor = new DatasetDescriptor(dir, "assembled", TRACES, SAMPLES, 0.002,
                SampleType.FLOAT32, List.of(), List.of());
        chunks = new ChunkSource(samples, "window-assembler-test", cache, descriptor);
        readers = Executors.newFixedThreadPool(2);
        assembler = new WindowAssembler(chunks, readers, descriptor, CHUNK_TRACES, CHUNK_SAMPLES);
    }

    @AfterAll
    static void close() {
        readers.shutdownNow();
        chunks.close();
        samples.close();
        caches.close();
    }

    /** Fills a window through {@code fill} and checks both the buffer and the copy against the known values. */
    private static void assertFilled(AssembledWindows.Fill fill, long[] traces, int s0, int s1) throws Exception {
        int width = s1 - s0;
        FloatBuffer out = FloatBuffer.allocate(traces.length * width);
        float[] copy = new float[traces.length * width];
        fill.fill(out, copy, new NullProgressMonitor());
        for (int row = 0; row < traces.length; row++) {
            for (int s = s0; s < s1; s++) {
                int i = row * width + s - s0;
                String where = "trace " + traces[row] + " sample " + s;
                assertEquals(value(traces[row], s), out.get(i), where);
                assertEquals(value(traces[row], s), copy[i], where + " in the copy");
            }
        }
    }

    private static long[] run(long first, long end) {
        long[] traces = new long[(int) (end - first)];
        for (int i = 0; i < traces.length; i++) {
            traces[i] = first + i;
        }
        return traces;
    }

    @Test
    void windowsEqualTheArrayAloneAndWithHelpers() throws Exception {
        List<WindowBounds> windows = List.of(new WindowBounds(0, TRACES, 0, SAMPLES),
                new WindowBounds(7, 9, 15, 17), new WindowBounds(299, 300, 499, 500),
                new WindowBounds(3, 250, 20, 470));
        assertTrue(assembler.chunksIn(List.of(windows.get(0))).size() > WindowAssembler.SOLO_CHUNKS,
                "the whole array is read with helpers");
        for (WindowBounds b : windows) {
            for (int helpers : new int[] { 0, 2 }) {
                assertFilled(assembler.window(b, helpers), run(b.traceStart(), b.traceEnd()), b.sampleStart(),
                        b.sampleEnd());
            }
        }
    }

    @Test
    void gathersTakeTheirTracesInTheOrderGivenRepeatsIncluded() throws Exception {
        long[] traces = { 299, 0, 17, 16, 17, 150, 9, 8, 298 };
        WindowBounds positions = new WindowBounds(0, traces.length, 5, 470);
        assertFilled(assembler.gather(traces, positions, 0), traces, 5, 470);
        long[] many = new long[TRACES];
        for (int i = 0; i < many.length; i++) {
            many[i] = (i * 7L) % TRACES;
        }
        assertFilled(assembler.gather(many, new WindowBounds(0, TRACES, 0, SAMPLES), 2), many, 0, SAMPLES);
    }

    @Test
    void theChunksOfTracesSkipTracesOutsideAndClampTheSamples() {
        List<SampleChunk.Coords> wanted = new ArrayList<>(
                assembler.chunksOf(new long[] { 5, 6, TRACES, -1, 17, 9, 16 }, 10, 40));
        List<SampleChunk.Coords> expected = new ArrayList<>();
        for (long tc : new long[] { 0, 2, 1 }) {
            for (long sc = 0; sc <= 2; sc++) {
                expected.add(new SampleChunk.Coords(tc, sc));
            }
        }
        assertEquals(expected, wanted);
        assertEquals(List.of(new SampleChunk.Coords(37, 30), new SampleChunk.Coords(37, 31)),
                new ArrayList<>(assembler.chunksOf(new long[] { 299 }, 490, 10_000)));
        assertTrue(assembler.chunksOf(new long[] { 1 }, SAMPLES, SAMPLES + 10).isEmpty());
    }

    @Test
    void theChunksInRegionsAreClampedAndListedOnce() {
        List<SampleChunk.Coords> wanted = new ArrayList<>(assembler.chunksIn(List.of(new WindowBounds(0, 10, 0, 20),
                new WindowBounds(5, 12, 10, 30), new WindowBounds(290, 400, 490, 600),
                new WindowBounds(TRACES, TRACES + 5, 0, 10))));
        assertArrayEquals(new SampleChunk.Coords[] { new SampleChunk.Coords(0, 0), new SampleChunk.Coords(0, 1),
                new SampleChunk.Coords(1, 0), new SampleChunk.Coords(1, 1), new SampleChunk.Coords(36, 30),
                new SampleChunk.Coords(36, 31), new SampleChunk.Coords(37, 30), new SampleChunk.Coords(37, 31) },
                wanted.toArray());
    }
}
