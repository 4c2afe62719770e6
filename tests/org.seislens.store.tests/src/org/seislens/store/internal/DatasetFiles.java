package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

import org.apache.parquet.example.data.Group;
import org.seislens.zarr.io.ZarrArray;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a dataset directory back the way another program would: metadata.json and .zarray with a plain JSON
 * parser, samples through {@link ZarrArray}, Parquet files with Parquet's own generic reader
 * ({@link ParquetFiles}). Nothing here uses the importer's writers.
 */
final class DatasetFiles {

    private final Path dir;

    DatasetFiles(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    JsonNode metadata() throws IOException {
        return new ObjectMapper().readTree(dir.resolve("metadata.json").toFile());
    }

    JsonNode zarray() throws IOException {
        return new ObjectMapper().readTree(dir.resolve("samples.zarr").resolve(".zarray").toFile());
    }

    ZarrArray samples() throws IOException {
        return ZarrArray.open(dir.resolve("samples.zarr"));
    }

    List<Group> headers() throws IOException {
        return ParquetFiles.rows(dir.resolve("headers.parquet"));
    }

    List<Group> ensembles(String key) throws IOException {
        return ParquetFiles.rows(dir.resolve("ensembles").resolve(key + ".parquet"));
    }

    /** @return every sample as float32, trace after trace */
    float[] allFloats() throws IOException {
        try (ZarrArray array = samples()) {
            long traces = array.metadata().shape(0);
            int samples = (int) array.metadata().shape(1);
            return array.readFloats2D(0, 0, (int) traces, samples);
        }
    }

    /**
     * @return one trace's stored values, decoded exactly from the array's little-endian dtype (integers stay
     *         exact up to 2^53, floats are widened)
     */
    double[] storedTrace(long trace) throws IOException {
        try (ZarrArray array = samples()) {
            int samples = (int) array.metadata().shape(1);
            String dtype = array.metadata().dtype().code();
            int size = array.metadata().dtype().itemSize();
            ByteBuffer bytes = ByteBuffer.allocate(samples * size).order(ByteOrder.LITTLE_ENDIAN);
            array.read(new long[] { trace, 0 }, new int[] { 1, samples }, bytes);
            double[] values = new double[samples];
            for (int i = 0; i < samples; i++) {
                int at = i * size;
                values[i] = switch (dtype) {
                    case "<f4" -> bytes.getFloat(at);
                    case "<f8" -> bytes.getDouble(at);
                    case "|i1" -> bytes.get(at);
                    case "|u1" -> bytes.get(at) & 0xFF;
                    case "<i2" -> bytes.getShort(at);
                    case "<u2" -> bytes.getShort(at) & 0xFFFF;
                    case "<i4" -> bytes.getInt(at);
                    case "<u4" -> bytes.getInt(at) & 0xFFFF_FFFFL;
                    case "<i8" -> bytes.getLong(at);
                    case "<u8" -> Double.parseDouble(Long.toUnsignedString(bytes.getLong(at)));
                    default -> throw new AssertionError("unexpected dtype " + dtype);
                };
            }
            return values;
        }
    }

    /** @return the hex sha256 of the samples converted to float32 and packed little-endian, trace by trace */
    static String sha256F32le(float[] samples) {
        ByteBuffer packed = ByteBuffer.allocate(samples.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : samples) {
            packed.putFloat(v);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(packed.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Checks an ensemble index against the header table: in order of first appearance, each row lists the
     * traces whose {@code column} equals its value (explicitly, or as a contiguous run when the list is
     * empty), and every trace is in exactly one row.
     *
     * @return the rows
     */
    List<Group> assertEnsemblesPartitionTraces(String key, List<Group> headerRows) throws IOException {
        List<Group> rows = ensembles(key);
        int traces = headerRows.size();
        boolean[] seen = new boolean[traces];
        long sum = 0;
        long previousFirst = -1;
        for (Group row : rows) {
            long value = row.getLong("value", 0);
            int count = row.getInteger("trace_count", 0);
            long first = row.getLong("first_trace", 0);
            long[] listed = ParquetFiles.longList(row, "trace_indices");
            String what = key + " " + value;
            assertTrue(count >= 1, what + " has no traces");
            assertTrue(first > previousFirst, key + " ensembles are not in order of first appearance at " + what);
            previousFirst = first;
            long[] members;
            if (listed.length == 0) {
                members = new long[count];
                for (int i = 0; i < count; i++) {
                    members[i] = first + i;
                }
            } else {
                assertEquals(count, listed.length, "trace list length of " + what);
                assertEquals(first, listed[0], "first trace of " + what);
                assertTrue(count > 1, "a one-trace ensemble needs no list: " + what);
                members = listed;
            }
            long last = -1;
            for (long m : members) {
                assertTrue(m > last && m < traces, "trace " + m + " of " + what + " out of order or range");
                last = m;
                assertFalse(seen[(int) m], "trace " + m + " is in two " + key + " ensembles");
                seen[(int) m] = true;
                assertEquals(value, headerRows.get((int) m).getInteger(key, 0), "header of trace " + m + " in " + what);
            }
            sum += count;
        }
        assertEquals(traces, sum, "traces over all " + key + " ensembles");
        for (int t = 0; t < traces; t++) {
            assertTrue(seen[t], "trace " + t + " is in no " + key + " ensemble");
        }
        return rows;
    }

    /**
     * Asserts that a directory holds exactly the given names: no hidden work directory
     * ({@code .<name>.importing-*}), no replaced old dataset ({@code .<name>.replaced-*}), nothing else.
     */
    static void assertHoldsExactly(Path directory, String... names) throws IOException {
        TreeSet<String> found = new TreeSet<>();
        try (var list = Files.list(directory)) {
            list.forEach(p -> found.add(p.getFileName().toString()));
        }
        assertEquals(new TreeSet<>(List.of(names)), found, "content of " + directory);
    }

    /** @return the names of the files under the dataset, relative, sorted */
    List<String> tree() throws IOException {
        List<String> names = new ArrayList<>();
        try (var walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(p -> names.add(dir.relativize(p).toString()));
        }
        names.sort(null);
        return names;
    }
}
