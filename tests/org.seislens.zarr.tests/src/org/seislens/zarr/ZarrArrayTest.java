package org.seislens.zarr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seislens.zarr.internal.ChunkCodec;
import org.seislens.zarr.internal.ChunkCodecs;
import org.seislens.zarr.io.ZarrArray;

class ZarrArrayTest {

    // JUnit injects the field; the package's non-null default cannot see that.
    @TempDir
    @NonNullByDefault({})
    Path dir;

    private static ZarrArrayMetadata metadata(String dtype, long[] shape, int[] chunks, String compressor) {
        ZarrArrayMetadata m = ZarrArrayMetadata.of(shape, chunks, ZarrDtype.parse(dtype));
        return m.withCompressor(switch (compressor) {
            case "zstd" -> ZarrCompressor.zstd(1);
            case "lz4" -> ZarrCompressor.lz4(1);
            case "zlib" -> ZarrCompressor.zlib(1);
            case "gzip" -> ZarrCompressor.gzip(1);
            default -> null;
        });
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.get(buffer.position(), out);
        return out;
    }

    /** Copies a region out of the expected whole-array bytes. */
    private static byte[] region(ByteBuffer whole, ZarrArrayMetadata m, long[] start, int[] shape) throws IOException {
        int itemSize = m.dtype().itemSize();
        long elements = 1;
        long[] box = new long[shape.length];
        for (int d = 0; d < shape.length; d++) {
            box[d] = shape[d];
            elements *= shape[d];
        }
        byte[] out = new byte[(int) elements * itemSize];
        org.seislens.zarr.internal.BoxCopy.forEachRun(box, m.shape(), start, box, new long[shape.length],
                (s, t, n) -> whole.get((int) s * itemSize, out, (int) t * itemSize, n * itemSize));
        return out;
    }

    @Test
    void createWritesZarrayAndOpenReadsIt() throws IOException {
        ZarrArrayMetadata m = metadata("<f4", new long[] { 10, 20 }, new int[] { 4, 8 }, "zstd")
                .withFillValue(Double.NaN);
        try (ZarrArray created = ZarrArray.create(dir.resolve("a"), m)) {
            assertTrue(created.isWritable());
        }
        String zarray = Files.readString(dir.resolve("a/.zarray"), StandardCharsets.US_ASCII);
        assertTrue(zarray.contains("\"fill_value\": \"NaN\""), zarray);
        try (ZarrArray opened = ZarrArray.open(dir.resolve("a"))) {
            assertEquals(m, opened.metadata());
            assertFalse(opened.isWritable());
            assertArrayEquals(new long[] { 3, 3 }, opened.chunkGridShape());
        }
        assertThrows(FileAlreadyExistsException.class, () -> ZarrArray.create(dir.resolve("a"), m));
    }

    @Test
    void openRefusesAMissingOrInvalidArrayNamingTheFile() throws IOException {
        ZarrFormatException missing = assertThrows(ZarrFormatException.class, () -> ZarrArray.open(dir));
        assertTrue(missing.getMessage().startsWith(dir.resolve(".zarray").toString()), missing.getMessage());
        Files.writeString(dir.resolve(".zarray"), "{\"zarr_format\": 2, \"shape\": [-1]}");
        ZarrFormatException invalid = assertThrows(ZarrFormatException.class, () -> ZarrArray.open(dir));
        assertTrue(invalid.getMessage().startsWith(dir.resolve(".zarray").toString()), invalid.getMessage());
    }

    @Test
    void chunkKeysUseTheSeparator() throws IOException {
        ZarrArrayMetadata m = metadata("<i2", new long[] { 100, 100, 100 }, new int[] { 10, 10, 10 }, "none");
        try (ZarrArray flat = ZarrArray.create(dir.resolve("flat"), m);
                ZarrArray nested = ZarrArray.create(dir.resolve("nested"), m.withDimensionSeparator(ChunkKeySeparator.SLASH))) {
            assertEquals("3.0.9", flat.chunkKey(new long[] { 3, 0, 9 }));
            assertEquals("3/0/9", nested.chunkKey(new long[] { 3, 0, 9 }));
            nested.writeChunk(new long[] { 3, 0, 9 }, ByteBuffer.allocate(2000));
            assertTrue(Files.isRegularFile(dir.resolve("nested/3/0/9")));
            assertTrue(nested.isChunkStored(new long[] { 3, 0, 9 }));
            assertFalse(nested.isChunkStored(new long[] { 3, 0, 8 }));
            assertThrows(IndexOutOfBoundsException.class, () -> flat.chunkKey(new long[] { 10, 0, 0 }));
            assertThrows(IllegalArgumentException.class, () -> flat.chunkKey(new long[] { 1, 0 }));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "none", "zstd", "lz4", "zlib", "gzip" })
    void writesAndReadsChunksWithEachCodec(String compressor) throws IOException {
        ZarrArrayMetadata m = metadata("<f4", new long[] { 64, 64 }, new int[] { 32, 32 }, compressor);
        ByteBuffer chunk = ByteBuffer.allocate(m.chunkByteSize()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < m.chunkElements(); i++) {
            // A muted first half (zeros), as seismic traces often start, then a smooth signal.
            chunk.putFloat(i * 4, i < 512 ? 0 : (float) Math.sin(i * 0.01) * 100);
        }
        try (ZarrArray array = ZarrArray.create(dir.resolve(compressor), m)) {
            array.writeChunk(new long[] { 1, 0 }, chunk);
            for (ByteBuffer target : new ByteBuffer[] { ByteBuffer.allocate(m.chunkByteSize() + 8),
                    ByteBuffer.allocateDirect(m.chunkByteSize() + 8) }) {
                target.position(8);
                array.readChunk(new long[] { 1, 0 }, target);
                assertEquals(8, target.position());
                assertArrayEquals(chunk.array(), bytes(target));
            }
        }
        long size = Files.size(dir.resolve(compressor).resolve("1.0"));
        if (compressor.equals("none")) {
            assertEquals(m.chunkByteSize(), size);
        } else {
            assertTrue(size < m.chunkByteSize(), "a half-muted chunk should compress: " + size);
        }
    }

    /**
     * A new chunk written in place holds the same bytes as one written atomically, edge chunks padded alike, in
     * flat and nested chunk keys; an existing chunk is never overwritten that way, and no temporary file is left.
     */
    @ParameterizedTest
    @ValueSource(strings = { "none", "lz4" })
    void newChunksWrittenInPlaceEqualChunksWrittenAtomically(String compressor) throws IOException {
        ZarrArrayMetadata m = metadata("<f4", new long[] { 50, 40 }, new int[] { 32, 32 }, compressor);
        for (ZarrArrayMetadata variant : new ZarrArrayMetadata[] { m,
                m.withDimensionSeparator(ChunkKeySeparator.SLASH) }) {
            Path atomic = dir.resolve(compressor + variant.dimensionSeparator().name() + "-atomic");
            Path inPlace = dir.resolve(compressor + variant.dimensionSeparator().name() + "-new");
            try (ZarrArray a = ZarrArray.create(atomic, variant); ZarrArray b = ZarrArray.create(inPlace, variant)) {
                for (long[] coords : new long[][] { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 } }) {
                    int rows = (int) Math.min(32, 50 - coords[0] * 32);
                    int columns = (int) Math.min(32, 40 - coords[1] * 32);
                    ByteBuffer chunk = ByteBuffer.allocate(rows * columns * 4).order(ByteOrder.LITTLE_ENDIAN);
                    for (int i = 0; i < rows * columns; i++) {
                        chunk.putFloat(i * 4, (float) Math.sin(i * 0.1 + coords[0] * 7 + coords[1]) * 100);
                    }
                    a.writeChunk(coords, chunk);
                    b.writeNewChunk(coords, chunk);
                    assertEquals(0, chunk.position());
                    assertArrayEquals(Files.readAllBytes(a.chunkFile(coords)), Files.readAllBytes(b.chunkFile(coords)));
                }
                byte[] kept = Files.readAllBytes(b.chunkFile(new long[] { 0, 0 }));
                assertThrows(FileAlreadyExistsException.class,
                        () -> b.writeNewChunk(new long[] { 0, 0 }, ByteBuffer.allocate(variant.chunkByteSize())));
                assertArrayEquals(kept, Files.readAllBytes(b.chunkFile(new long[] { 0, 0 })), "the chunk is kept");
            }
            try (Stream<Path> files = Files.walk(inPlace)) {
                assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".partial")).toList());
            }
        }
    }

    @Test
    void missingChunksReadAsTheFillValue() throws IOException {
        ZarrArrayMetadata m = metadata(">f8", new long[] { 10, 10 }, new int[] { 4, 4 }, "zstd").withFillValue(-0.5);
        try (ZarrArray array = ZarrArray.create(dir.resolve("a"), m)) {
            ByteBuffer chunk = ByteBuffer.allocate(m.chunkByteSize()).order(ByteOrder.BIG_ENDIAN);
            assertEquals(0, array.readChunk(new long[] { 2, 2 }, chunk), "nothing stored, nothing read");
            for (int i = 0; i < 16; i++) {
                assertEquals(-0.5, chunk.getDouble(i * 8));
            }
            float[] window = array.readFloats2D(1, 1, 9, 9);
            for (float v : window) {
                assertEquals(-0.5f, v);
            }
        }
    }

    @Test
    void missingChunksAreAnErrorNamingTheChunkWhenTheLimitsRequireEveryChunk() throws IOException {
        ZarrArrayMetadata m = metadata("<f4", new long[] { 8, 8 }, new int[] { 4, 4 }, "lz4");
        try (ZarrArray array = ZarrArray.create(dir.resolve("a"), m)) {
            array.writeChunk(new long[] { 0, 0 }, ByteBuffer.allocate(m.chunkByteSize()));
        }
        ZarrLimits required = ZarrLimits.DEFAULT.withChunksRequired(true);
        assertTrue(required.withMaxChunkBytes(1 << 20).chunksRequired(), "other limits keep the requirement");
        try (ZarrArray array = ZarrArray.open(dir.resolve("a"), required)) {
            ByteBuffer chunk = ByteBuffer.allocate(m.chunkByteSize());
            assertEquals(Files.size(array.chunkFile(new long[] { 0, 0 })), array.readChunk(new long[] { 0, 0 }, chunk),
                    "the stored size of the chunk read");
            Path missing = array.chunkFile(new long[] { 1, 1 });
            ZarrFormatException e = assertThrows(ZarrFormatException.class,
                    () -> array.readChunk(new long[] { 1, 1 }, chunk));
            assertTrue(e.getMessage().startsWith(missing + ": missing"), e.getMessage());
            assertThrows(ZarrFormatException.class, () -> array.readFloats2D(0, 0, 8, 8));
            assertArrayEquals(new float[16], array.readFloats2D(0, 0, 4, 4));
        }
        try (ZarrArray array = ZarrArray.open(dir.resolve("a"))) {
            assertArrayEquals(new float[64], array.readFloats2D(0, 0, 8, 8), "by default missing chunks are fill");
        }
    }

    @Test
    void readsRegionsAcrossChunkBordersWithEdgeAndMissingChunks() throws IOException {
        ZarrArrayMetadata m = metadata("<i2", new long[] { 37, 53 }, new int[] { 10, 16 }, "lz4").withFillValue(-9999);
        long writtenRows = 25;
        ByteBuffer expected = TestPatterns.expectedArray(m, writtenRows);
        Random random = new Random(42);
        try (ZarrArray array = ZarrArray.create(dir.resolve("a"), m)) {
            TestPatterns.writeChunks(array, expected, writtenRows);
            assertFalse(array.isChunkStored(new long[] { 3, 0 }), "rows 30.. are never written");
            assertArrayEquals(bytes(expected), readAll(array));
            for (int i = 0; i < 200; i++) {
                int rows = random.nextInt(38);
                int columns = random.nextInt(54);
                long[] start = { random.nextInt(38 - rows), random.nextInt(54 - columns) };
                int[] shape = { rows, columns };
                ByteBuffer target = random.nextBoolean() ? ByteBuffer.allocate(rows * columns * 2)
                        : ByteBuffer.allocateDirect(rows * columns * 2);
                array.read(start, shape, target);
                assertArrayEquals(region(expected, m, start, shape), bytes(target), "region " + i);
            }
        }
    }

    private static byte[] readAll(ZarrArray array) throws IOException {
        ZarrArrayMetadata m = array.metadata();
        long[] shape = m.shape();
        int[] whole = new int[shape.length];
        long elements = 1;
        for (int d = 0; d < shape.length; d++) {
            whole[d] = (int) shape[d];
            elements *= shape[d];
        }
        ByteBuffer target = ByteBuffer.allocate((int) elements * m.dtype().itemSize());
        array.read(new long[shape.length], whole, target);
        return target.array();
    }

    @Test
    void readsThreeDimensionalRegions() throws IOException {
        ZarrArrayMetadata m = metadata("<u2", new long[] { 13, 17, 5 }, new int[] { 4, 6, 2 }, "gzip")
                .withFillValue(65535).withDimensionSeparator(ChunkKeySeparator.SLASH);
        ByteBuffer expected = TestPatterns.expectedArray(m, 11);
        try (ZarrArray array = ZarrArray.create(dir.resolve("a"), m)) {
            TestPatterns.writeChunks(array, expected, 11);
            assertArrayEquals(bytes(expected), readAll(array));
            long[] start = { 2, 3, 1 };
            int[] shape = { 10, 13, 4 };
            ByteBuffer target = ByteBuffer.allocate(10 * 13 * 4 * 2);
            array.read(start, shape, target);
            assertArrayEquals(region(expected, m, start, shape), target.array());
            float[] floats = new float[10 * 13 * 4 + 3];
            array.readFloats(start, shape, floats, 3);
            ByteBuffer region = ByteBuffer.wrap(target.array()).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < 10 * 13 * 4; i++) {
                assertEquals(region.getShort(i * 2) & 0xFFFF, floats[i + 3]);
            }
        }
    }

    @Test
    void storesEdgeChunksFullSizePaddedWithTheFillValue() throws IOException {
        ZarrArrayMetadata m = metadata("<f4", new long[] { 5, 7 }, new int[] { 4, 4 }, "none").withFillValue(Double.NaN);
        try (ZarrArray array = ZarrArray.create(dir.resolve("a"), m)) {
            // Clipped: the edge chunk (1,1) holds 1 x 3 elements of the array.
            ByteBuffer clipped = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
            clipped.putFloat(0, 1).putFloat(4, 2).putFloat(8, 3);
            array.writeChunk(new long[] { 1, 1 }, clipped);
            // Full size with garbage outside the array: replaced by the fill value.
            ByteBuffer full = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < 16; i++) {
                full.putFloat(i * 4, 100 + i);
            }
            array.writeChunk(new long[] { 1, 0 }, full);
            assertEquals(64, Files.size(dir.resolve("a/1.1")));
            ByteBuffer stored = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("a/1.1"))).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(1f, stored.getFloat(0));
            assertEquals(3f, stored.getFloat(8));
            for (int i = 3; i < 16; i++) {
                assertTrue(Float.isNaN(stored.getFloat(i * 4)), "padding at " + i);
            }
            ByteBuffer other = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("a/1.0"))).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < 16; i++) {
                if (i < 4) {
                    assertEquals(100f + i, other.getFloat(i * 4));
                } else {
                    assertTrue(Float.isNaN(other.getFloat(i * 4)), "padding at " + i);
                }
            }
            assertArrayEquals(new float[] { 100, 101, 102, 103, 1, 2, 3 }, array.readFloats2D(4, 0, 1, 7));
            assertThrows(IllegalArgumentException.class, () -> array.writeChunk(new long[] { 1, 1 }, ByteBuffer.allocate(16)));
            assertThrows(IllegalArgumentException.class, () -> array.writeChunk(new long[] { 0, 0 }, ByteBuffer.allocate(12)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "<f4", ">f4", "<f8", ">f8", "|i1", "|u1", "<i2", ">i2", "<u2", "<i4", ">u4", "<i8", "<u8" })
    void convertsEveryDtypeToFloats(String dtype) throws IOException {
        ZarrArrayMetadata m = metadata(dtype, new long[] { 23, 19 }, new int[] { 8, 8 }, "zstd");
        ByteBuffer expected = TestPatterns.expectedArray(m, 23);
        try (ZarrArray array = ZarrArray.create(dir.resolve("a"), m)) {
            TestPatterns.writeChunks(array, expected, 23);
            float[] values = array.readFloats2D(3, 2, 20, 17);
            for (int r = 0; r < 20; r++) {
                for (int c = 0; c < 17; c++) {
                    long n = (r + 3) * 19L + c + 2;
                    ZarrDataType type = m.dtype().type();
                    float want = type.isFloatingPoint() ? (float) TestPatterns.value(type, n)
                            : (float) TestPatterns.integer(type, n);
                    assertEquals(want, values[r * 17 + c], dtype + " at " + r + "," + c);
                }
            }
        }
    }

    @Test
    void parallelReadsMatchSequentialReads() throws IOException {
        ZarrArrayMetadata m = metadata("<f4", new long[] { 300, 200 }, new int[] { 64, 48 }, "zstd").withFillValue(-1);
        ByteBuffer expected = TestPatterns.expectedArray(m, 250);
        try (ZarrArray array = ZarrArray.create(dir.resolve("a"), m)) {
            TestPatterns.writeChunks(array, expected, 250);
            float[] sequential = array.readFloats2D(17, 5, 280, 190);
            float[] parallel = new float[280 * 190];
            array.readFloats2D(17, 5, 280, 190, parallel, java.util.concurrent.ForkJoinPool.commonPool());
            assertArrayEquals(sequential, parallel);
            ByteBuffer bytes = ByteBuffer.allocateDirect(280 * 190 * 4);
            array.read(new long[] { 17, 5 }, new int[] { 280, 190 }, bytes, java.util.concurrent.ForkJoinPool.commonPool());
            assertArrayEquals(region(expected, m, new long[] { 17, 5 }, new int[] { 280, 190 }), bytes(bytes));
        }
    }

    @Test
    void refusesCorruptChunksNamingTheFile() throws IOException {
        ZarrArrayMetadata m = metadata("<f4", new long[] { 8, 8 }, new int[] { 4, 4 }, "zstd");
        try (ZarrArray array = ZarrArray.create(dir.resolve("a"), m)) {
            array.writeChunk(new long[] { 0, 0 }, ByteBuffer.allocate(64));
            Path chunk = dir.resolve("a/0.0");
            byte[] good = Files.readAllBytes(chunk);
            Files.write(chunk, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 });
            assertCorrupt(array, chunk);
            Files.write(chunk, java.util.Arrays.copyOf(good, good.length - 2));
            assertCorrupt(array, chunk);
            // A valid frame of another chunk size.
            try (ChunkCodec codec = ChunkCodecs.create(ZarrCompressor.zstd(1))) {
                ByteBuffer encoded = ByteBuffer.allocate(codec.maxEncodedSize(128));
                encoded.limit(codec.encode(ByteBuffer.allocate(128), encoded));
                Files.write(chunk, bytes(encoded));
            }
            assertCorrupt(array, chunk);
            // Larger than any zstd frame of a 64-byte chunk can be.
            Files.write(chunk, new byte[200_000]);
            assertCorrupt(array, chunk);
            Files.write(chunk, good);
            array.readChunk(new long[] { 0, 0 }, ByteBuffer.allocate(64));
        }
        ZarrArrayMetadata raw = metadata("<f4", new long[] { 8, 8 }, new int[] { 4, 4 }, "none");
        try (ZarrArray array = ZarrArray.create(dir.resolve("raw"), raw)) {
            Files.write(dir.resolve("raw/0.1"), new byte[63]);
            assertCorrupt(array, dir.resolve("raw/0.1"));
        }
    }

    private static void assertCorrupt(ZarrArray array, Path chunk) {
        ZarrFormatException e = assertThrows(ZarrFormatException.class,
                () -> array.readChunk(key(chunk), ByteBuffer.allocate(64)));
        assertTrue(e.getMessage().startsWith(chunk.toString() + ": "), e.getMessage());
        ZarrFormatException inRegion = assertThrows(ZarrFormatException.class,
                () -> array.readFloats2D(0, 0, 8, 8));
        assertTrue(inRegion.getMessage().startsWith(chunk.toString() + ": "), inRegion.getMessage());
    }

    private static long[] key(Path chunk) {
        String[] parts = chunk.getFileName().toString().split("\\.");
        return new long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]) };
    }

    @Test
    void readOnlyArraysNeverWrite() throws IOException {
        ZarrArrayMetadata m = metadata("<f4", new long[] { 8, 8 }, new int[] { 4, 4 }, "lz4");
        try (ZarrArray array = ZarrArray.create(dir.resolve("a"), m)) {
            array.writeChunk(new long[] { 0, 0 }, ByteBuffer.allocate(64));
        }
        Map<Path, FileTime> before = snapshot(dir);
        try (ZarrArray array = ZarrArray.open(dir.resolve("a"))) {
            array.readFloats2D(0, 0, 8, 8);
            array.readChunk(new long[] { 1, 1 }, ByteBuffer.allocate(64));
            array.readAttributes();
            assertThrows(IllegalStateException.class, () -> array.writeChunk(new long[] { 0, 0 }, ByteBuffer.allocate(64)));
            assertThrows(IllegalStateException.class, () -> array.writeAttributes(Map.of("a", "b")));
        }
        assertEquals(before, snapshot(dir));
    }

    private static Map<Path, FileTime> snapshot(Path root) throws IOException {
        Map<Path, FileTime> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                files.put(p, Files.getLastModifiedTime(p));
            }
        }
        return files;
    }

    @Test
    void attributesRoundTrip() throws IOException {
        ZarrArrayMetadata m = metadata("<f4", new long[] { 8 }, new int[] { 4 }, "none");
        try (ZarrArray array = ZarrArray.create(dir.resolve("a"), m)) {
            assertTrue(array.readAttributes().isEmpty());
            array.writeAttributes(Map.of("units", "ms", "scale", List.of(1.5, 2)));
            Map<String, @Nullable Object> back = array.readAttributes();
            assertEquals("ms", back.get("units"));
            assertEquals(List.of(1.5, 2), back.get("scale"));
        }
    }

    @Test
    void refusesRegionsOutsideTheArray() throws IOException {
        ZarrArrayMetadata m = metadata("<f4", new long[] { 8, 8 }, new int[] { 4, 4 }, "none");
        try (ZarrArray array = ZarrArray.create(dir.resolve("a"), m)) {
            assertThrows(IndexOutOfBoundsException.class, () -> array.readFloats2D(5, 0, 4, 4));
            assertThrows(IndexOutOfBoundsException.class, () -> array.readFloats2D(-1, 0, 4, 4));
            assertThrows(IllegalArgumentException.class,
                    () -> array.read(new long[] { 0, 0 }, new int[] { 4, 4 }, ByteBuffer.allocate(63)));
            assertThrows(IllegalArgumentException.class, () -> array.readChunk(new long[] { 0, 0 }, ByteBuffer.allocate(63)));
            assertEquals(0, array.readFloats2D(8, 8, 0, 0).length);
        }
        try (ZarrArray array = ZarrArray.create(dir.resolve("b"), metadata("<f4", new long[] { 8 }, new int[] { 4 }, "none"))) {
            assertThrows(IllegalStateException.class, () -> array.readFloats2D(0, 0, 1, 1));
        }
    }

    @Test
    void concurrentWritersAndReadersSeeConsistentChunks() throws Exception {
        ZarrArrayMetadata m = metadata("<f4", new long[] { 200, 300 }, new int[] { 32, 64 }, "zstd");
        ByteBuffer expected = TestPatterns.expectedArray(m, 200);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (ZarrArray array = ZarrArray.create(dir.resolve("a"), m)) {
            long[] grid = array.chunkGridShape();
            List<Future<?>> writes = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                writes.add(pool.submit(() -> {
                    for (long r = 0; r < grid[0]; r++) {
                        for (long c = 0; c < grid[1]; c++) {
                            if ((r * grid[1] + c) % 4 == thread) {
                                array.writeChunk(new long[] { r, c }, chunkOf(expected, m, r, c));
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : writes) {
                f.get();
            }
            List<Future<?>> reads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                reads.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    for (int i = 0; i < 30; i++) {
                        long[] start = { random.nextInt(100), random.nextInt(150) };
                        int[] shape = { 100, 150 };
                        ByteBuffer target = ByteBuffer.allocate(100 * 150 * 4);
                        array.read(start, shape, target);
                        assertArrayEquals(region(expected, m, start, shape), target.array());
                    }
                    return null;
                }));
            }
            for (Future<?> f : reads) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static ByteBuffer chunkOf(ByteBuffer whole, ZarrArrayMetadata m, long r, long c) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(m.chunkByteSize());
        long[] valid = { Math.min(m.chunks(0), m.shape(0) - r * m.chunks(0)),
                Math.min(m.chunks(1), m.shape(1) - c * m.chunks(1)) };
        org.seislens.zarr.internal.BoxCopy.forEachRun(valid, m.shape(), new long[] { r * m.chunks(0), c * m.chunks(1) },
                new long[] { m.chunks(0), m.chunks(1) }, new long[2],
                (s, t, n) -> chunk.put((int) t * 4, whole, (int) s * 4, n * 4));
        return chunk;
    }

    @Test
    void limitsApplyToOpenAndCreate() throws IOException {
        ZarrArrayMetadata m = metadata("<f4", new long[] { 1024, 1024 }, new int[] { 512, 512 }, "zstd");
        ZarrArray.create(dir.resolve("a"), m).close();
        ZarrLimits small = ZarrLimits.DEFAULT.withMaxChunkBytes(1 << 19);
        assertThrows(ZarrFormatException.class, () -> ZarrArray.open(dir.resolve("a"), small));
        assertThrows(ZarrFormatException.class, () -> ZarrArray.create(dir.resolve("b"), m, small));
        assertFalse(Files.exists(dir.resolve("b")));
    }

    @Test
    void closedArraysRefuseWork() throws IOException {
        ZarrArray array = ZarrArray.create(dir.resolve("a"), metadata("<f4", new long[] { 8 }, new int[] { 4 }, "zstd"));
        array.close();
        assertThrows(IllegalStateException.class, () -> array.readChunk(new long[] { 0 }, ByteBuffer.allocate(16)));
    }
}
