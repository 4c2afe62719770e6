package org.seislens.store.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.DatasetException;
import org.seislens.core.WindowBounds;
import org.seislens.zarr.ZarrArrayMetadata;
import org.seislens.zarr.ZarrCompressor;
import org.seislens.zarr.ZarrDataType;
import org.seislens.zarr.ZarrDtype;
import org.seislens.zarr.ZarrLimits;
import org.seislens.zarr.io.ZarrArray;

/**
 * Windows copied past the cache into an array and into a buffer, on LZ4 arrays as datasets store them: every
 * sample in its place whatever chunk borders the window crosses, including rows wider than the chunks a copy into
 * an array decodes at once; nothing written beyond the window; pooled buffers given back; a missing, short or
 * corrupt chunk named.
 */
class UncachedCopiesTest {

    private static final int TRACES = 300;
    private static final int SAMPLES = 5000;

    @TempDir
    Path tmp;

    private static float value(long trace, int sample) {
        return trace * 10_000 + sample;
    }

    /** Writes the array with every chunk; its values are {@link #value}. */
    private static Path write(Path dir, ZarrDtype dtype, int chunkTraces, int chunkSamples) throws Exception {
        try (ZarrArray array = ZarrArray.create(dir, ZarrArrayMetadata.of(new long[] { TRACES, SAMPLES },
                new int[] { chunkTraces, chunkSamples }, dtype).withCompressor(ZarrCompressor.lz4(1)))) {
            long[] grid = array.chunkGridShape();
            for (long tc = 0; tc < grid[0]; tc++) {
                for (long sc = 0; sc < grid[1]; sc++) {
                    ByteBuffer chunk = ByteBuffer.allocate(4 * chunkTraces * chunkSamples).order(dtype.byteOrder());
                    for (int t = 0; t < chunkTraces; t++) {
                        for (int s = 0; s < chunkSamples; s++) {
                            long trace = tc * chunkTraces + t;
                            int sample = (int) sc * chunkSamples + s;
                            chunk.putFloat(trace < TRACES && sample < SAMPLES ? value(trace, sample) : 0);
                        }
                    }
                    array.writeChunk(new long[] { tc, sc }, chunk.flip());
                }
            }
        }
        return dir;
    }

    /** Opens the array as a dataset opens its samples: every chunk required. */
    private static ZarrArray open(Path dir) throws Exception {
        return ZarrArray.open(dir, ZarrLimits.DEFAULT.withChunksRequired(true));
    }

    private static List<WindowBounds> windows() {
        List<WindowBounds> windows = new ArrayList<>(List.of(new WindowBounds(0, TRACES, 0, SAMPLES),
                new WindowBounds(127, 129, 999, 1001), new WindowBounds(299, 300, 4999, 5000),
                new WindowBounds(5, 250, 100, 4900), new WindowBounds(128, 256, 1000, 3000)));
        Random random = new Random(15);
        for (int i = 0; i < 25; i++) {
            long t0 = random.nextInt(TRACES);
            int s0 = random.nextInt(SAMPLES);
            windows.add(new WindowBounds(t0, t0 + 1 + random.nextInt((int) (TRACES - t0)), s0,
                    s0 + 1 + random.nextInt(SAMPLES - s0)));
        }
        return windows;
    }

    /**
     * Copies every window into an array (with a marked tail that must stay) and into a big-endian buffer, and
     * compares both with the values written.
     */
    private static void copiesEqualTheValues(ZarrArray array, boolean rawFloats) throws Exception {
        ChunkBuffers buffers = new ChunkBuffers(array.metadata().chunkByteSize(), 64L << 20);
        UncachedCopies copies = new UncachedCopies(array, buffers, rawFloats);
        int pooled = -1;
        for (WindowBounds b : windows()) {
            int width = b.sampleCount();
            float[] values = new float[(int) b.area() + 3];
            values[values.length - 3] = -1;
            values[values.length - 1] = -3;
            copies.copy(b, values);
            ByteBuffer bytes = ByteBuffer.allocateDirect((int) b.area() * 4).order(ByteOrder.BIG_ENDIAN);
            copies.copy(b, bytes, 0, 4 * width);
            for (long t = b.traceStart(); t < b.traceEnd(); t++) {
                for (int s = b.sampleStart(); s < b.sampleEnd(); s++) {
                    int at = (int) (t - b.traceStart()) * width + s - b.sampleStart();
                    if (values[at] != value(t, s) || bytes.getFloat(4 * at) != value(t, s)) {
                        fail("trace " + t + " sample " + s + " of " + b + ": " + values[at] + " in the array, "
                                + bytes.getFloat(4 * at) + " in the buffer, stored " + value(t, s));
                    }
                }
            }
            assertEquals(-1, values[values.length - 3], "nothing written beyond the window");
            assertEquals(0, values[values.length - 2], "nothing written beyond the window");
            assertEquals(-3, values[values.length - 1], "nothing written beyond the window");
            // the first window, the whole array, takes the most buffers at once; each copy gives its buffers back
            pooled = pooled < 0 ? buffers.idle() : pooled;
            assertEquals(pooled, buffers.idle(), "buffers given back after " + b);
        }
        assertEquals(rawFloats, pooled > 0);
    }

    @Test
    void windowsCopiedIntoAnArrayHoldTheStoredSamplesAcrossChunkBorders() throws Exception {
        // 512 kB chunks: a copy into an array decodes two of a row's five at a time
        try (ZarrArray wide = open(write(tmp.resolve("wide"), ZarrDtype.littleEndian(ZarrDataType.FLOAT32), 128,
                1000))) {
            copiesEqualTheValues(wide, true);
        }
        // small chunks: a whole row of 84 at a time
        try (ZarrArray narrow = open(write(tmp.resolve("narrow"), ZarrDtype.littleEndian(ZarrDataType.FLOAT32), 64,
                60))) {
            copiesEqualTheValues(narrow, true);
        }
    }

    @Test
    void arraysOfOtherDtypesAreConvertedIntoTheArray() throws Exception {
        try (ZarrArray bigEndian = open(write(tmp.resolve("big"), ZarrDtype.parse(">f4"), 100, 700))) {
            copiesEqualTheValues(bigEndian, false);
        }
    }

    @Test
    void aMissingShortOrCorruptChunkIsNamedAndTheBuffersComeBack() throws Exception {
        Path dir = write(tmp.resolve("damaged"), ZarrDtype.littleEndian(ZarrDataType.FLOAT32), 128, 1000);
        Path missing = dir.resolve("1.2");
        Path shortened = dir.resolve("0.4");
        Path corrupt = dir.resolve("2.1");
        Files.delete(missing);
        byte[] stored = Files.readAllBytes(shortened);
        Files.write(shortened, Arrays.copyOf(stored, stored.length / 2));
        byte[] garbage = new byte[stored.length];
        new Random(3).nextBytes(garbage);
        Files.write(corrupt, garbage);
        try (ZarrArray array = open(dir)) {
            ChunkBuffers buffers = new ChunkBuffers(array.metadata().chunkByteSize(), 64L << 20);
            UncachedCopies copies = new UncachedCopies(array, buffers, true);
            record Damage(Path file, WindowBounds window, String cause) {
            }
            for (Damage d : List.of(new Damage(missing, new WindowBounds(130, 140, 1500, 2500), "missing"),
                    new Damage(shortened, new WindowBounds(0, 10, 3000, 5000), "lz4"),
                    new Damage(corrupt, new WindowBounds(256, 300, 999, 1001), "lz4"))) {
                DatasetException e = assertThrows(DatasetException.class,
                        () -> copies.copy(d.window(), new float[(int) d.window().area()]));
                assertEquals(d.file(), e.file(), e.getMessage());
                assertTrue(e.getMessage().startsWith(d.file() + ": cannot read samples")
                        && e.getMessage().contains(d.cause()), e.getMessage());
                assertTrue(buffers.idle() > 0, "the buffers come back after a failure");
            }
            // the undamaged rest still reads
            float[] values = new float[10 * 1000];
            copies.copy(new WindowBounds(0, 10, 0, 1000), values);
            assertEquals(value(9, 999), values[values.length - 1]);
        }
    }
}
