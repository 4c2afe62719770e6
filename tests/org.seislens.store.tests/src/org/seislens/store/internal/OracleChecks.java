package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.parquet.example.data.Group;
import org.seislens.core.ImportSummary;
import org.seislens.segy.FileKind;
import org.seislens.segy.OpenOptions;
import org.seislens.segy.SegyReader;
import org.seislens.store.internal.importer.HeaderTableWriter;
import org.seislens.store.internal.importer.SlabPlan;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares an imported dataset with an oracle.json entry, as far as the entry has data. The expected values
 * come from the oracle only (segyio or the oracle's NumPy reader); the dataset is read back with
 * {@link DatasetFiles}.
 */
final class OracleChecks {

    /** The oracle's header names and the header table's columns. */
    static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("FieldRecord", "field_record"),
            Map.entry("TraceNumber", "trace_number"), Map.entry("CDP", "cdp"), Map.entry("offset", "offset"),
            Map.entry("SourceX", "source_x"), Map.entry("SourceY", "source_y"), Map.entry("GroupX", "group_x"),
            Map.entry("GroupY", "group_y"), Map.entry("TRACE_SAMPLE_COUNT", "sample_count"),
            Map.entry("TRACE_SAMPLE_INTERVAL", "sample_interval"), Map.entry("INLINE_3D", "inline"),
            Map.entry("CROSSLINE_3D", "crossline"));

    /** NumPy names of the oracle's {@code dtype} and the little-endian Zarr dtype that holds them. */
    private static final Map<String, String> NUMPY_DTYPES = Map.of("float32", "<f4", "float64", "<f8", "int8", "|i1",
            "uint8", "|u1", "int16", "<i2", "uint16", "<u2", "int32", "<i4", "uint32", "<u4", "int64", "<i8", "uint64",
            "<u8");

    /** SEG-Y format codes and the Zarr dtype that holds their values exactly (24-bit integers widen). */
    private static final Map<Integer, String> FORMAT_DTYPES = Map.ofEntries(Map.entry(1, "<f4"), Map.entry(2, "<i4"),
            Map.entry(3, "<i2"), Map.entry(5, "<f4"), Map.entry(6, "<f8"), Map.entry(7, "<i4"), Map.entry(8, "|i1"),
            Map.entry(9, "<i8"), Map.entry(10, "<u4"), Map.entry(11, "<u2"), Map.entry(12, "<u8"),
            Map.entry(15, "<u4"), Map.entry(16, "|u1"));

    private final JsonNode entry;
    private final Path source;
    private final DatasetFiles dataset;
    private final String name;

    OracleChecks(JsonNode entry, Path source, DatasetFiles dataset) {
        this.entry = entry;
        this.source = source;
        this.dataset = dataset;
        this.name = entry.get("path").asText();
    }

    static FileKind kind(JsonNode entry) {
        return entry.get("kind").asText().equals("seismic-unix") ? FileKind.SU : FileKind.SEGY;
    }

    /** @return the byte order the oracle read the file in, or {@code null} when it did not read it */
    static String endian(JsonNode entry) {
        JsonNode settings = entry.get("open_settings");
        return settings == null || settings.isNull() ? null : settings.get("endian").asText();
    }

    void checkAll(ImportSummary summary) throws IOException {
        JsonNode metadata = dataset.metadata();
        long traces = metadata.get("trace_count").asLong();
        int samples = metadata.get("sample_count").asInt();
        assertEquals(traces, summary.traces(), name + ": summary traces");
        assertEquals(samples, summary.samples(), name + ": summary samples");
        assertEquals(summary.anomalies().size(), metadata.get("anomalies").size(), name + ": anomalies in summary");
        checkMetadata(metadata);
        checkZarray(traces, samples, metadata.get("dtype").asText());
        checkSamples(metadata, traces, samples);
        List<Group> headers = dataset.headers();
        checkHeaders(headers, traces);
        checkRawHeaders(headers, traces);
        checkEnsembles(metadata, headers);
    }

    private void checkMetadata(JsonNode metadata) {
        assertEquals("seislens-dataset", metadata.get("format").asText(), name);
        JsonNode src = metadata.get("source");
        assertEquals(source.toAbsolutePath().toString(), src.get("path").asText(), name + ": source path");
        assertEquals(kind(entry) == FileKind.SU ? "su" : "segy", src.get("kind").asText(), name + ": kind");
        if (has("size")) {
            assertEquals(entry.get("size").asLong(), src.get("size").asLong(), name + ": source size");
        }
        if (has("trace_count")) {
            assertEquals(entry.get("trace_count").asLong(), metadata.get("trace_count").asLong(), name + ": traces");
        }
        if (has("samples_per_trace")) {
            assertEquals(entry.get("samples_per_trace").asInt(), metadata.get("sample_count").asInt(),
                    name + ": samples per trace");
        }
        if (has("sample_interval_us")) {
            assertEquals(entry.get("sample_interval_us").asDouble(), metadata.get("sample_interval_us").asDouble(),
                    name + ": sample interval");
        }
        if (has("sample_format_code")) {
            int code = entry.get("sample_format_code").asInt();
            assertEquals(code, src.get("sample_format_code").asInt(), name + ": format code");
            assertEquals(FORMAT_DTYPES.get(code), metadata.get("dtype").asText(), name + ": dtype of format " + code);
        }
        if (has("dtype")) {
            assertEquals(NUMPY_DTYPES.get(entry.get("dtype").asText()), metadata.get("dtype").asText(),
                    name + ": dtype");
        }
        if (has("byte_order")) {
            assertEquals(entry.get("byte_order").asText(), src.get("byte_order").asText(), name + ": byte order");
        }
        if (has("ext_textual_headers")) {
            // SEG-Y: the textual header, then each extended one; Seismic Unix has none
            int texts = kind(entry) == FileKind.SU ? 0 : 1 + entry.get("ext_textual_headers").asInt();
            assertEquals(texts, metadata.get("textual_headers").size(), name + ": textual headers");
        }
        JsonNode binary = metadata.get("binary_header");
        if (has("bin_samples")) {
            assertEquals(entry.get("bin_samples").asInt(), binary.get("samples_per_trace").asInt(),
                    name + ": binary header samples per trace");
        }
        if (has("bin_interval")) {
            // the oracle reads the word signed, the binary header map as the field's type: compare the words
            assertEquals((short) entry.get("bin_interval").asInt(), (short) binary.get("sample_interval").asInt(),
                    name + ": binary header sample interval");
        }
        assertEquals(List.of("field_record", "cdp"), List.of(metadata.get("ensemble_keys").get(0).asText(),
                metadata.get("ensemble_keys").get(1).asText()), name + ": ensemble keys");
    }

    private void checkZarray(long traces, int samples, String dtype) throws IOException {
        JsonNode zarray = dataset.zarray();
        assertEquals(2, zarray.get("zarr_format").asInt(), name);
        assertEquals(dtype, zarray.get("dtype").asText(), name + ": .zarray dtype");
        assertEquals(traces, zarray.get("shape").get(0).asLong(), name + ": shape");
        assertEquals(samples, zarray.get("shape").get(1).asLong(), name + ": shape");
        // Traces in chunks of SlabPlan.TRACE_CHUNK; samples split into equal parts of at most SlabPlan.MAX_SAMPLE_CHUNK.
        int parts = (samples + SlabPlan.MAX_SAMPLE_CHUNK - 1) / SlabPlan.MAX_SAMPLE_CHUNK;
        assertEquals(SlabPlan.TRACE_CHUNK, zarray.get("chunks").get(0).asInt(), name + ": trace chunk");
        assertEquals((samples + parts - 1) / parts, zarray.get("chunks").get(1).asInt(), name + ": sample chunk");
        assertEquals("lz4", zarray.get("compressor").get("id").asText(), name + ": compressor");
        assertEquals("C", zarray.get("order").asText(), name);
    }

    private void checkSamples(JsonNode metadata, long traces, int samples) throws IOException {
        float[] all = dataset.allFloats();
        assertEquals(traces * samples, all.length, name);
        if (has("samples_sha256_f32le")) {
            assertEquals(entry.get("samples_sha256_f32le").asText(), DatasetFiles.sha256F32le(all),
                    name + ": sha256 of all samples as float32");
        }
        checkEnds("trace0", 0, samples);
        checkEnds("trace_last", traces - 1, samples);

        // Statistics: the oracle's where it has them, and always the ones computed here from the samples.
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        double squares = 0;
        long finite = 0;
        for (float v : all) {
            if (Float.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
                sum += v;
                squares += (double) v * v;
                finite++;
            }
        }
        JsonNode stats = metadata.get("statistics");
        assertEquals(finite, stats.get("count").asLong(), name + ": finite sample count");
        assertEquals(all.length - finite, stats.get("non_finite").asLong(), name + ": non-finite sample count");
        if (finite == 0) {
            return;
        }
        double scale = Math.max(Math.max(Math.abs(min), Math.abs(max)), Double.MIN_NORMAL);
        double tolerance = 1e-6 * scale;
        assertEquals(min, stats.get("min").asDouble(), tolerance, name + ": min");
        assertEquals(max, stats.get("max").asDouble(), tolerance, name + ": max");
        assertEquals(sum / finite, stats.get("mean").asDouble(), tolerance, name + ": mean");
        assertEquals(Math.sqrt(squares / finite), stats.get("rms").asDouble(), tolerance, name + ": rms");
        JsonNode oracle = entry.get("stats");
        if (oracle != null && oracle.get("mean").isNumber()) {
            assertEquals(oracle.get("count").asLong(), finite, name + ": oracle sample count");
            double mean = oracle.get("mean").asDouble();
            double std = oracle.get("std").asDouble();
            assertEquals(oracle.get("min").asDouble(), stats.get("min").asDouble(), tolerance, name + ": oracle min");
            assertEquals(oracle.get("max").asDouble(), stats.get("max").asDouble(), tolerance, name + ": oracle max");
            assertEquals(mean, stats.get("mean").asDouble(), tolerance, name + ": oracle mean");
            assertEquals(Math.sqrt(std * std + mean * mean), stats.get("rms").asDouble(), tolerance,
                    name + ": rms from the oracle's mean and population std");
        } else if (oracle != null) {
            assertEquals(oracle.get("count").asLong(), all.length, name + ": oracle sample count");
            assertTrue(stats.get("non_finite").asLong() > 0, name + ": the oracle's statistics are NaN");
            assertTrue(mentions(metadata.get("anomalies"), "NaN"), name + ": non-finite samples are an anomaly");
        }
    }

    private void checkEnds(String key, long trace, int samples) throws IOException {
        JsonNode ends = entry.get(key);
        if (ends == null || ends.isNull()) {
            return;
        }
        double[] stored = dataset.storedTrace(trace);
        JsonNode first = ends.get("first3");
        JsonNode last = ends.get("last3");
        for (int i = 0; i < first.size(); i++) {
            assertSample(first.get(i), stored[i], key + " sample " + i);
        }
        for (int i = 0; i < last.size(); i++) {
            int at = samples - last.size() + i;
            assertSample(last.get(i), stored[at], key + " sample " + at);
        }
    }

    private void assertSample(JsonNode expected, double actual, String what) {
        double value = expected.isTextual() ? Double.parseDouble(expected.asText()) : expected.asDouble();
        assertEquals(value, actual, name + ": " + what);
    }

    private void checkHeaders(List<Group> rows, long traces) throws IOException {
        assertEquals(traces, rows.size(), name + ": header rows");
        assertEquals(HeaderTableWriter.schema(), ParquetFiles.schema(dataset.dir().resolve("headers.parquet")),
                name + ": header table schema");
        for (int t = 0; t < rows.size(); t++) {
            assertEquals(t, rows.get(t).getLong("trace_index", 0), name + ": trace_index");
        }
        JsonNode headers = entry.get("headers");
        if (headers == null || headers.isNull()) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : headers.properties()) {
            String column = COLUMNS.get(field.getKey());
            assertTrue(column != null, name + ": unknown oracle header " + field.getKey());
            JsonNode expected = field.getValue();
            String what = name + ": " + field.getKey() + " (" + column + ")";
            assertHeader(expected.get("trace0"), rows.get(0), column, what + " of trace 0");
            if (rows.size() > 1) {
                assertHeader(expected.get("trace1"), rows.get(1), column, what + " of trace 1");
            }
            assertHeader(expected.get("last"), rows.get(rows.size() - 1), column, what + " of the last trace");
            Set<Integer> distinct = new HashSet<>();
            for (Group row : rows) {
                distinct.add(row.getInteger(column, 0));
            }
            assertEquals(expected.get("n_distinct").asInt(), distinct.size(), what + ": distinct values");
        }
    }

    /**
     * The oracle gives bytes 115-118 as int16 words; the header table holds the sample count unsigned (0 to
     * 65535) and the interval signed, so both are compared as the 16-bit word they come from.
     */
    private static void assertHeader(JsonNode expected, Group row, String column, String what) {
        if (expected == null || expected.isNull()) {
            return;
        }
        int actual = row.getInteger(column, 0);
        if (column.equals("sample_count")) {
            assertTrue(actual >= 0 && actual <= 0xFFFF, what + " is an unsigned 16-bit value: " + actual);
            assertEquals((short) expected.asInt(), (short) actual, what);
        } else {
            assertEquals(expected.asInt(), actual, what);
        }
    }

    /** The raw column holds the 240 source bytes of each trace header, as the SEG-Y reader reads them. */
    private void checkRawHeaders(List<Group> rows, long traces) throws IOException {
        String order = metadataByteOrder();
        OpenOptions options = OpenOptions.DEFAULT.withKind(kind(entry))
                .withByteOrder(order.equals("little") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        try (SegyReader reader = SegyReader.open(source, options)) {
            for (long t : new long[] { 0, 1, traces / 2, traces - 1 }) {
                if (t >= traces) {
                    continue;
                }
                var header = reader.readTrace(t).header();
                byte[] expected = new byte[240];
                header.get(0, expected);
                assertArrayEquals(expected, rows.get((int) t).getBinary("raw", 0).getBytes(),
                        name + ": raw header of trace " + t);
            }
        } catch (org.seislens.segy.SegyFormatException e) {
            throw new AssertionError(name + ": the SEG-Y reader cannot reopen the source", e);
        }
    }

    private String metadataByteOrder() throws IOException {
        return dataset.metadata().get("source").get("byte_order").asText();
    }

    private void checkEnsembles(JsonNode metadata, List<Group> headers) throws IOException {
        List<Group> shots = dataset.assertEnsemblesPartitionTraces("field_record", headers);
        List<Group> cdps = dataset.assertEnsemblesPartitionTraces("cdp", headers);
        JsonNode oracle = entry.get("headers");
        if (oracle != null && !oracle.isNull()) {
            assertEquals(oracle.get("FieldRecord").get("n_distinct").asInt(), shots.size(),
                    name + ": field_record ensembles");
            assertEquals(oracle.get("CDP").get("n_distinct").asInt(), cdps.size(), name + ": cdp ensembles");
        }
        assertTrue(metadata.get("ensemble_keys").size() == 2, name);
    }

    private boolean has(String key) {
        JsonNode node = entry.get(key);
        return node != null && !node.isNull();
    }

    static boolean mentions(JsonNode anomalies, String word) {
        for (JsonNode a : anomalies) {
            if (a.asText().contains(word)) {
                return true;
            }
        }
        return false;
    }
}
