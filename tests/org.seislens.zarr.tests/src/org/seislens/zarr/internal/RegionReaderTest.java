package org.seislens.zarr.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;

import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.seislens.zarr.ZarrFormatException;

class RegionReaderTest {

    private static final long[] ARRAY = { 10, 12 };
    private static final long[] CHUNK = { 3, 4 };
    private static final byte FILL = 0x7f;

    private static byte value(long row, long column) {
        return (byte) ((row * ARRAY[1] + column) % 101);
    }

    /** Decodes chunk (i, j) as the values of its elements; chunk (1, 1) is not stored. */
    private static boolean decode(long[] coords, ChunkWorker worker, ByteBuffer target) throws IOException {
        if (coords[0] == 1 && coords[1] == 1) {
            return false;
        }
        for (int i = 0; i < CHUNK[0]; i++) {
            for (int j = 0; j < CHUNK[1]; j++) {
                target.put(target.position() + (int) (i * CHUNK[1] + j), value(coords[0] * CHUNK[0] + i, coords[1] * CHUNK[1] + j));
            }
        }
        return true;
    }

    private static byte[] expected(long[] start, int[] shape) {
        byte[] out = new byte[shape[0] * shape[1]];
        for (int r = 0; r < shape[0]; r++) {
            for (int c = 0; c < shape[1]; c++) {
                long row = start[0] + r;
                long column = start[1] + c;
                boolean missing = row / CHUNK[0] == 1 && column / CHUNK[1] == 1;
                out[r * shape[1] + c] = missing ? FILL : value(row, column);
            }
        }
        return out;
    }

    private static byte[] read(RegionReader.ChunkDecoder decoder, long[] start, int[] shape, @Nullable Executor executor)
            throws IOException {
        ByteBuffer fill = ByteBuffer.allocate(12);
        java.util.Arrays.fill(fill.array(), FILL);
        try (ChunkWorkerPool pool = new ChunkWorkerPool(() -> new ChunkWorker(null, 12, ByteOrder.LITTLE_ENDIAN), 4)) {
            RegionReader reader = new RegionReader(CHUNK, pool, decoder);
            ByteBuffer target = ByteBuffer.allocate(shape[0] * shape[1]);
            reader.read(start, shape, () -> new ByteRegionSink(target, 0, 1, fill), executor, 4);
            return target.array();
        }
    }

    @Test
    void assemblesRegionsAcrossChunksWithMissingOnes() throws IOException {
        for (long[] start : new long[][] { { 0, 0 }, { 1, 2 }, { 2, 3 }, { 9, 11 } }) {
            int[] shape = { (int) (ARRAY[0] - start[0]), (int) (ARRAY[1] - start[1]) };
            assertArrayEquals(expected(start, shape), read(RegionReaderTest::decode, start, shape, null));
            assertArrayEquals(expected(start, shape),
                    read(RegionReaderTest::decode, start, shape, ForkJoinPool.commonPool()));
        }
        assertArrayEquals(new byte[0], read(RegionReaderTest::decode, new long[] { 3, 3 }, new int[] { 0, 5 }, null));
    }

    @Test
    void completesWhenTheExecutorNeverRunsOrRejectsTasks() throws IOException {
        long[] start = { 1, 1 };
        int[] shape = { 8, 10 };
        Executor neverRuns = task -> {
        };
        Executor rejects = task -> {
            throw new RejectedExecutionException("busy");
        };
        assertArrayEquals(expected(start, shape), read(RegionReaderTest::decode, start, shape, neverRuns));
        assertArrayEquals(expected(start, shape), read(RegionReaderTest::decode, start, shape, rejects));
    }

    @Test
    void reportsTheFirstFailureOfAnyThread() throws Exception {
        ZarrFormatException corrupt = new ZarrFormatException("chunk 2.2: corrupt");
        RegionReader.ChunkDecoder failing = (coords, worker, target) -> {
            if (coords[0] == 2 && coords[1] == 2) {
                throw corrupt;
            }
            return decode(coords, worker, target);
        };
        ExecutorService executor = Executors.newFixedThreadPool(3);
        try {
            for (Executor e : new Executor[] { null, executor }) {
                IOException thrown = assertThrows(IOException.class,
                        () -> read(failing, new long[] { 0, 0 }, new int[] { 10, 12 }, e));
                assertSame(corrupt, thrown);
            }
        } finally {
            executor.shutdown();
        }
    }
}
