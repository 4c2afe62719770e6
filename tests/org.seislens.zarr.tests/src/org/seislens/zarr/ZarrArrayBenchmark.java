package org.seislens.zarr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.zarr.io.ZarrArray;

/**
 * Measures the two paths SeisLens depends on: bulk import (float32 chunks written from several
 * threads) and viewer windows (1000 x 1000 floats read at random places). Not a test; run by hand:
 *
 * <pre>
 * java -cp ... org.seislens.zarr.ZarrArrayBenchmark DIR [traces samples chunkTraces chunkSamples threads level codec]
 * </pre>
 *
 * The data are seismic-like (band-limited wavelets plus noise), so compression ratios are realistic.
 */
public final class ZarrArrayBenchmark {

    private ZarrArrayBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args output directory, then optionally traces, samples, chunk traces, chunk samples,
     *            writer threads, compression level and codec id ("zstd", "lz4", "none")
     * @throws Exception when the benchmark fails
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int traces = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 1500;
        int chunkTraces = args.length > 3 ? Integer.parseInt(args[3]) : 256;
        int chunkSamples = args.length > 4 ? Integer.parseInt(args[4]) : 256;
        int threads = args.length > 5 ? Integer.parseInt(args[5]) : 2;
        int level = args.length > 6 ? Integer.parseInt(args[6]) : 1;
        String codec = args.length > 7 ? args[7] : "zstd";
        ZarrCompressor compressor = switch (codec) {
            case "zstd" -> ZarrCompressor.zstd(level);
            case "lz4" -> ZarrCompressor.lz4(1);
            default -> null;
        };
        ZarrArrayMetadata metadata = ZarrArrayMetadata
                .of(new long[] { traces, samples }, new int[] { chunkTraces, chunkSamples },
                        ZarrDtype.littleEndian(ZarrDataType.FLOAT32))
                .withCompressor(compressor).withFillValue(Double.NaN);
        Path arrayDir = dir.resolve("bench-" + codec + level + "-" + chunkTraces + "x" + chunkSamples);
        deleteRecursively(arrayDir);
        long bytes = (long) traces * samples * 4;
        System.out.printf("array %d x %d float32 = %.0f MiB, chunks %d x %d, %s, %d writer threads%n", traces, samples,
                bytes / 1048576.0, chunkTraces, chunkSamples, compressor, threads);
        try (ZarrArray array = ZarrArray.create(arrayDir, metadata)) {
            write(array, threads);
            System.out.printf("stored %.0f MiB%n", directorySize(arrayDir) / 1048576.0);
        }
        try (ZarrArray array = ZarrArray.open(arrayDir)) {
            readWindows(array, traces, samples, 1000, 1000, null);
            readWindows(array, traces, samples, 1000, 1000, ForkJoinPool.commonPool());
        }
        deleteRecursively(arrayDir);
    }

    private static void write(ZarrArray array, int threads) throws Exception {
        ZarrArrayMetadata m = array.metadata();
        long[] grid = m.chunkGridShape();
        // Chunk contents are generated before timing so that only the storage path is measured.
        ByteBuffer[] contents = new ByteBuffer[16];
        Random random = new Random(1);
        for (int k = 0; k < contents.length; k++) {
            contents[k] = ByteBuffer.allocateDirect(m.chunkByteSize()).order(ByteOrder.LITTLE_ENDIAN);
            fillChunk(contents[k], m, k, k % 5, random);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (long r = thread; r < grid[0]; r += threads) {
                        for (long c = 0; c < grid[1]; c++) {
                            array.writeChunk(new long[] { r, c }, contents[(int) ((r * 7 + c) % contents.length)]);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long bytes = m.shape(0) * m.shape(1) * 4;
            System.out.printf("write: %.2f s, %.0f MB/s raw%n", seconds, bytes / 1e6 / seconds);
        } finally {
            pool.shutdown();
        }
    }

    private static void fillChunk(ByteBuffer chunk, ZarrArrayMetadata m, long r, long c, Random random) {
        int rows = m.chunks(0);
        int columns = m.chunks(1);
        for (int i = 0; i < rows; i++) {
            long trace = r * rows + i;
            for (int j = 0; j < columns; j++) {
                long sample = c * columns + j;
                double signal = Math.sin(sample * 0.07 + trace * 0.001) * Math.exp(-sample * 0.0005) * 1000;
                float value = (float) (signal + random.nextGaussian() * 20);
                chunk.putFloat((i * columns + j) * 4, value);
            }
        }
    }

    private static void readWindows(ZarrArray array, int traces, int samples, int rows, int columns,
            @Nullable Executor executor) throws IOException {
        int windowRows = Math.min(rows, traces);
        int windowColumns = Math.min(columns, samples);
        float[] window = new float[windowRows * windowColumns];
        Random random = new Random(1);
        int runs = 200;
        long[] nanos = new long[runs];
        for (int i = -30; i < runs; i++) {
            long row = (long) (random.nextDouble() * (traces - windowRows));
            long column = (long) (random.nextDouble() * (samples - windowColumns));
            long start = System.nanoTime();
            array.readFloats2D(row, column, windowRows, windowColumns, window, executor);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("read %d x %d windows %s: p50 %.2f ms, p90 %.2f ms, max %.2f ms%n", windowRows, windowColumns,
                executor == null ? "on one thread" : "in parallel", nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, nanos[runs - 1] / 1e6);
    }

    private static long directorySize(Path dir) throws IOException {
        long size = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    size += Files.size(p);
                }
            }
        }
        return size;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
