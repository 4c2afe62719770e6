package org.seislens.segy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

class SegyReaderTest {

    /** The oracle's header names and the fields they are. */
    private static final Map<String, TraceHeaderField> ORACLE_HEADERS = new LinkedHashMap<>();

    static {
        ORACLE_HEADERS.put("FieldRecord", TraceHeaderField.FIELD_RECORD);
        ORACLE_HEADERS.put("TraceNumber", TraceHeaderField.TRACE_NUMBER);
        ORACLE_HEADERS.put("CDP", TraceHeaderField.CDP);
        ORACLE_HEADERS.put("offset", TraceHeaderField.OFFSET);
        ORACLE_HEADERS.put("INLINE_3D", TraceHeaderField.INLINE);
        ORACLE_HEADERS.put("CROSSLINE_3D", TraceHeaderField.CROSSLINE);
        ORACLE_HEADERS.put("SourceX", TraceHeaderField.SOURCE_X);
        ORACLE_HEADERS.put("SourceY", TraceHeaderField.SOURCE_Y);
        ORACLE_HEADERS.put("GroupX", TraceHeaderField.GROUP_X);
        ORACLE_HEADERS.put("GroupY", TraceHeaderField.GROUP_Y);
        ORACLE_HEADERS.put("TRACE_SAMPLE_COUNT", TraceHeaderField.SAMPLE_COUNT);
        ORACLE_HEADERS.put("TRACE_SAMPLE_INTERVAL", TraceHeaderField.SAMPLE_INTERVAL);
    }

    static Stream<Arguments> oracleFiles() throws IOException {
        Path root = TestData.find();
        if (root == null) {
            return Stream.of(Arguments.of("(shared/testdata not found)", null));
        }
        List<Arguments> files = new ArrayList<>();
        for (JsonNode entry : TestData.oracle(root).get("files")) {
            files.add(Arguments.of(entry.get("path").asText(), entry));
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracleFiles")
    void readsLikeTheOracle(String path, JsonNode entry) throws Exception {
        Path file = TestData.require().resolve(path);
        String expect = entry.get("expect").asText();
        OpenOptions options = oracleOptions(entry);
        switch (expect) {
            case "read" -> assertMatches(file, entry, readAll(file, options));
            case "reject" -> {
                SegyFormatException error = assertThrows(SegyFormatException.class, () -> readAll(file, options));
                assertTrue(error.getMessage().contains(file.getFileName().toString()), error.getMessage());
            }
            case "either" -> {
                Result result;
                try {
                    result = readAll(file, options);
                } catch (SegyFormatException error) {
                    assertTrue(error.getMessage().contains(file.getFileName().toString()), error.getMessage());
                    return;
                }
                if (entry.hasNonNull("reader")) {
                    assertMatches(file, entry, result);
                }
            }
            default -> fail("unknown expectation " + expect);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracleFiles")
    void detectsTheByteOrder(String path, JsonNode entry) throws Exception {
        Path file = TestData.require().resolve(path);
        if (!entry.get("expect").asText().equals("read")) {
            return;
        }
        OpenOptions options = OpenOptions.DEFAULT.withKind(kind(entry));
        try (SegyReader reader = SegyReader.open(file, options)) {
            SegyLayout layout = reader.layout();
            String order = layout.byteOrder() == ByteOrder.BIG_ENDIAN ? "big" : "little";
            assertEquals(entry.get("byte_order").asText(), order);
            assertEquals(entry.get("trace_count").asLong(), layout.traceCount());
            assertEquals(entry.get("samples_per_trace").asInt(), layout.samplesPerTrace());
        }
    }

    @Test
    void refusesFilesShorterThanTheFileHeader(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("short.sgy"), new byte[1000]);
        SegyFormatException error = assertThrows(SegyFormatException.class, () -> SegyReader.open(file));
        assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("3600"), error.getMessage());
        assertEquals(file, error.file());
    }

    @Test
    void refusesUnknownAndObsoleteFormats(@TempDir Path dir) throws IOException {
        Path file = SyntheticFiles.segy(dir.resolve("f.sgy"), SampleFormat.IBM_FLOAT32, ByteOrder.BIG_ENDIAN, 10, 3);
        SyntheticFiles.putShort(file, 3225, 99, ByteOrder.BIG_ENDIAN);
        assertMessage(file, OpenOptions.DEFAULT, "format code 99 (bytes 3225-3226) is not a SEG-Y sample format");
        SyntheticFiles.putShort(file, 3225, 4, ByteOrder.BIG_ENDIAN);
        assertMessage(file, OpenOptions.DEFAULT, "sample format 4");
    }

    @Test
    void aFormatOverrideReadsAnUnknownCode(@TempDir Path dir) throws Exception {
        Path file = SyntheticFiles.segy(dir.resolve("f.sgy"), SampleFormat.IBM_FLOAT32, ByteOrder.BIG_ENDIAN, 10, 3);
        SyntheticFiles.putShort(file, 3225, 99, ByteOrder.BIG_ENDIAN);
        try (SegyReader reader = SegyReader.open(file, OpenOptions.DEFAULT.withFormat(SampleFormat.IBM_FLOAT32))) {
            assertEquals(ByteOrder.BIG_ENDIAN, reader.layout().byteOrder());
            assertEquals(List.of("sample format 1 used as asked; the binary header says 99"),
                    reader.layout().anomalies());
            assertEquals(SyntheticFiles.value(2, 9), reader.readTrace(2).toFloats()[9]);
        }
    }

    @Test
    void refusesASampleCountOfZeroEverywhere(@TempDir Path dir) throws IOException {
        Path file = SyntheticFiles.segy(dir.resolve("z.sgy"), SampleFormat.INT16, ByteOrder.LITTLE_ENDIAN, 10, 3);
        SyntheticFiles.putShort(file, 3221, 0, ByteOrder.LITTLE_ENDIAN);
        SyntheticFiles.putShort(file, 3600 + 115, 0, ByteOrder.LITTLE_ENDIAN);
        assertMessage(file, OpenOptions.DEFAULT, "the sample count is 0 in the binary header");
    }

    @Test
    void fallsBackToTheFirstTraceHeaderSampleCount(@TempDir Path dir) throws Exception {
        Path file = SyntheticFiles.segy(dir.resolve("a.sgy"), SampleFormat.INT16, ByteOrder.BIG_ENDIAN, 10, 3);
        SyntheticFiles.putShort(file, 3221, 0, ByteOrder.BIG_ENDIAN);
        assertLayout(file, 10, 3, "the binary header sample count is 0; using 10 from the first trace header");
        SyntheticFiles.putShort(file, 3221, 11, ByteOrder.BIG_ENDIAN);
        assertLayout(file, 10, 3, "the binary header sample count 11 does not fit the file and its trace headers;"
                + " using 10 from the first trace header");
    }

    @Test
    void aCountThatFitsTheSizeByChanceLosesToTheTraceHeaders(@TempDir Path dir) throws Exception {
        // 4 traces of 100 int32 samples are 2 "traces" of 260: the headers tell which is right
        Path file = SyntheticFiles.segy(dir.resolve("c.sgy"), SampleFormat.INT32, ByteOrder.BIG_ENDIAN, 100, 4);
        SyntheticFiles.putShort(file, 3221, 260, ByteOrder.BIG_ENDIAN);
        assertLayout(file, 100, 4, "the binary header sample count 260 does not fit the file and its trace headers;"
                + " using 100 from the first trace header");
    }

    @Test
    void refusesTracesThatDoNotLineUp(@TempDir Path dir) throws IOException {
        // like segyio's long.sgy: a sample count that fits the size, but trace headers are missing
        Path file = SyntheticFiles.segy(dir.resolve("long.sgy"), SampleFormat.INT32, ByteOrder.BIG_ENDIAN, 100, 4);
        SyntheticFiles.putShort(file, 3221, 260, ByteOrder.BIG_ENDIAN);
        SyntheticFiles.putShort(file, 3600 + 115, 0, ByteOrder.BIG_ENDIAN);
        assertMessage(file, OpenOptions.DEFAULT, "the traces do not line up");
    }

    @Test
    void disagreeingTraceHeadersAndIntervalsAreAnomalies(@TempDir Path dir) throws Exception {
        Path file = SyntheticFiles.segy(dir.resolve("d.sgy"), SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, 10, 2);
        SyntheticFiles.putShort(file, 3600 + 115, 77, ByteOrder.BIG_ENDIAN);
        SyntheticFiles.putShort(file, 3600 + 117, 2000, ByteOrder.BIG_ENDIAN);
        assertLayout(file, 10, 2, "the first trace header declares 77 samples; the data has 10 per trace",
                "the first trace header's sample interval 2000 disagrees with the binary header's 4000;"
                        + " using the binary header's");
        SyntheticFiles.putShort(file, 3217, -4000, ByteOrder.BIG_ENDIAN);
        try (SegyReader reader = SegyReader.open(file)) {
            assertEquals(0.0, reader.layout().sampleInterval());
            assertTrue(reader.layout().anomalies().contains(
                    "negative sample interval (binary header -4000, first trace header 2000): the interval is"
                            + " unknown"));
        }
    }

    @Test
    void absurdHeadersAreRefusedBeforeAllocating(@TempDir Path dir) throws IOException {
        Path file = SyntheticFiles.segy(dir.resolve("x.sgy"), SampleFormat.IBM_FLOAT32, ByteOrder.BIG_ENDIAN, 4, 2);
        SyntheticFiles.putShort(file, 3505, 30000, ByteOrder.BIG_ENDIAN);
        assertMessage(file, OpenOptions.DEFAULT, "30000 extended textual headers");
        SyntheticFiles.putShort(file, 3505, 2, ByteOrder.BIG_ENDIAN);
        assertMessage(file, OpenOptions.DEFAULT, "declares 2 extended textual headers (6400 bytes)");
        SyntheticFiles.putShort(file, 3505, -1, ByteOrder.BIG_ENDIAN);
        assertMessage(file, OpenOptions.DEFAULT, "no ((SEG: EndText)) stanza");
        SyntheticFiles.putShort(file, 3505, -7, ByteOrder.BIG_ENDIAN);
        assertMessage(file, OpenOptions.DEFAULT, "-7 extended textual headers");
        SyntheticFiles.putShort(file, 3505, 0, ByteOrder.BIG_ENDIAN);
        SyntheticFiles.patch(file, 3501, ByteBuffer.wrap(new byte[] { 2, 0 }));
        SyntheticFiles.putInt(file, 3269, Integer.MAX_VALUE, ByteOrder.BIG_ENDIAN);
        SyntheticFiles.putShort(file, 3600 + 115, 0, ByteOrder.BIG_ENDIAN);
        SyntheticFiles.putShort(file, 3221, 0, ByteOrder.BIG_ENDIAN);
        assertMessage(file, OpenOptions.DEFAULT, "MiB are not supported");
    }

    @Test
    void aVariableExtendedHeaderCountEndsAtEndText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("stanzas.sgy");
        WriterSettings settings = WriterSettings.segy(SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, 5);
        try (SegyWriter writer = SegyWriter.create(file, settings)) {
            writer.writeTextualHeader(TextualHeader.encode("C 1 STANZAS", TextEncoding.EBCDIC));
            writer.writeBinaryHeader(BinaryHeader.standard(ByteOrder.BIG_ENDIAN, SampleFormat.IEEE_FLOAT32, 5, 1000)
                    .with(BinaryHeaderField.EXT_TEXTUAL_HEADERS, -1));
            writer.writeExtendedTextualHeader(TextualHeader.encode("((SEG: Layout))\nabc", TextEncoding.ASCII));
            writer.writeExtendedTextualHeader(TextualHeader.encode("((SEG: EndText))", TextEncoding.EBCDIC));
            SyntheticFiles.writeTraces(writer, 3);
            writer.commit();
        }
        try (SegyReader reader = SegyReader.open(file)) {
            SegyLayout layout = reader.layout();
            assertEquals(2, layout.extendedTextualHeaders().size());
            assertEquals(TextEncoding.ASCII, layout.extendedTextualHeaders().get(0).encoding());
            assertTrue(layout.extendedTextualHeaders().get(1).isEndText());
            assertEquals(3600 + 6400, layout.dataOffset());
            assertEquals(3, layout.traceCount());
            assertEquals(SyntheticFiles.value(2, 4), reader.readTrace(2).toFloats()[4]);
        }
    }

    @Test
    void additionalTraceHeadersAreSkipped(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rev2.sgy");
        WriterSettings settings = new WriterSettings(FileKind.SEGY, SampleFormat.INT16, ByteOrder.LITTLE_ENDIAN, 6, 2);
        try (SegyWriter writer = SegyWriter.create(file, settings)) {
            writer.writeTextualHeader(TextualHeader.encode("C 1 REV 2", TextEncoding.ASCII));
            writer.writeBinaryHeader(BinaryHeader.standard(ByteOrder.LITTLE_ENDIAN, SampleFormat.INT16, 6, 500)
                    .with(BinaryHeaderField.REVISION_MAJOR, 2)
                    .with(BinaryHeaderField.MAX_ADDITIONAL_TRACE_HEADERS, 2)
                    .with(BinaryHeaderField.BYTE_ORDER_CONSTANT, 0x01020304));
            SyntheticFiles.writeTraces(writer, 4);
            writer.commit();
        }
        try (SegyReader reader = SegyReader.open(file)) {
            SegyLayout layout = reader.layout();
            assertEquals(ByteOrder.LITTLE_ENDIAN, layout.byteOrder());
            assertEquals(2, layout.additionalTraceHeaders());
            assertEquals(720, layout.traceHeaderBytes());
            assertEquals(720 + 12, layout.traceSize());
            assertEquals(4, layout.traceCount());
            Trace trace = reader.readTrace(3);
            assertEquals(1003, TraceHeaderField.CDP.get(trace.header()));
            assertEquals(480, trace.additionalHeaders().capacity());
            assertEquals(Math.rint(SyntheticFiles.value(3, 5)), trace.toDoubles()[5]);
        }
    }

    @Test
    void theByteOrderWordDecidesUnlessTheCallerDoes(@TempDir Path dir) throws Exception {
        // 257 = 0x0101 reads the same in both byte orders, so only the word can tell
        Path file = SyntheticFiles.segy(dir.resolve("w.sgy"), SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, 257, 2);
        SyntheticFiles.putInt(file, 3297, 0x01020304, ByteOrder.LITTLE_ENDIAN);
        OpenOptions ieee = OpenOptions.DEFAULT.withFormat(SampleFormat.IEEE_FLOAT32);
        try (SegyReader reader = SegyReader.open(file, ieee)) {
            assertEquals(ByteOrder.LITTLE_ENDIAN, reader.layout().byteOrder());
        }
        try (SegyReader reader = SegyReader.open(file, ieee.withByteOrder(ByteOrder.BIG_ENDIAN))) {
            assertEquals(ByteOrder.BIG_ENDIAN, reader.layout().byteOrder());
            List<String> anomalies = reader.layout().anomalies();
            assertTrue(anomalies.get(0).contains("byte-order word"), anomalies.toString());
        }
        Path little = SyntheticFiles.segy(dir.resolve("l.sgy"), SampleFormat.INT16, ByteOrder.LITTLE_ENDIAN, 8, 2);
        assertMessage(little, OpenOptions.DEFAULT.withByteOrder(ByteOrder.BIG_ENDIAN), "read as big-endian, ");
    }

    @Test
    void aTieBetweenByteOrdersIsNoted(@TempDir Path dir) throws Exception {
        // 257 = 0x0101 reads the same in both byte orders
        Path file = SyntheticFiles.segy(dir.resolve("t.sgy"), SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, 257, 2);
        SyntheticFiles.putShort(file, 3217, 257, ByteOrder.BIG_ENDIAN);
        try (SegyReader reader = SegyReader.open(file, OpenOptions.DEFAULT.withFormat(SampleFormat.IEEE_FLOAT32))) {
            assertEquals(ByteOrder.BIG_ENDIAN, reader.layout().byteOrder());
            List<String> anomalies = reader.layout().anomalies();
            assertTrue(anomalies.contains("both byte orders give a consistent layout; chose big-endian"),
                    anomalies.toString());
        }
    }

    @Test
    void aFileWithoutTracesHasAnEmptyLayout(@TempDir Path dir) throws Exception {
        Path file = SyntheticFiles.segy(dir.resolve("empty.sgy"), SampleFormat.IBM_FLOAT32, ByteOrder.BIG_ENDIAN,
                50, 0);
        assertEquals(3600, Files.size(file));
        try (SegyReader reader = SegyReader.open(file)) {
            assertEquals(0, reader.layout().traceCount());
            assertTrue(reader.layout().anomalies().contains("the file holds no traces"));
            assertFalse(reader.cursor().next());
            assertThrows(IndexOutOfBoundsException.class, () -> reader.readTrace(0));
        }
    }

    @Test
    void seismicUnixFilesAreFoundByTheirNameInEitherByteOrder(@TempDir Path dir) throws Exception {
        for (ByteOrder order : new ByteOrder[] { ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN }) {
            Path file = dir.resolve("gather-" + order + ".su");
            try (SegyWriter writer = SegyWriter.create(file,
                    new WriterSettings(FileKind.SU, SampleFormat.IEEE_FLOAT32, order, 300, 0))) {
                SyntheticFiles.writeTraces(writer, 5);
                writer.commit();
            }
            try (SegyReader reader = SegyReader.open(file)) {
                SegyLayout layout = reader.layout();
                assertEquals(FileKind.SU, layout.kind());
                assertEquals(order, layout.byteOrder());
                assertEquals(300, layout.samplesPerTrace());
                assertEquals(5, layout.traceCount());
                assertEquals(4000.0, layout.sampleInterval());
                assertNull(layout.textualHeader());
                assertNull(layout.binaryHeader());
                assertEquals(SyntheticFiles.value(4, 299), reader.readTrace(4).toFloats()[299]);
            }
            Path renamed = Files.copy(file, dir.resolve("gather-" + order + ".sgy"));
            assertThrows(SegyFormatException.class, () -> SegyReader.open(renamed));
            try (SegyReader reader = SegyReader.open(renamed, OpenOptions.DEFAULT.withKind(FileKind.SU))) {
                assertEquals(order, reader.layout().byteOrder());
            }
            SyntheticFiles.resize(renamed, Files.size(renamed) - 4);
            assertMessage(renamed, OpenOptions.DEFAULT.withKind(FileKind.SU), "not a whole number of 1440-byte traces");
        }
    }

    @Test
    void readTraceEqualsWhatTheCursorReads(@TempDir Path dir) throws Exception {
        Path file = SyntheticFiles.segy(dir.resolve("r.sgy"), SampleFormat.INT24, ByteOrder.LITTLE_ENDIAN, 33, 40);
        try (SegyReader reader = SegyReader.open(file)) {
            TraceCursor cursor = reader.cursor(0, 40, 1000);
            float[] values = new float[33];
            while (cursor.next()) {
                for (int i = 0; i < cursor.size(); i++) {
                    Trace trace = reader.readTrace(cursor.index(i));
                    assertEquals(cursor.header(i), trace.header());
                    assertEquals(cursor.samples(i), trace.samples());
                    assertEquals(0, trace.additionalHeaders().capacity());
                    cursor.toFloat(i, values, 0);
                    assertArrayEquals(values, trace.toFloats());
                    assertTrue(trace.header().isReadOnly());
                }
            }
            assertThrows(IndexOutOfBoundsException.class, () -> reader.readTrace(40));
        }
    }

    private static void assertMessage(Path file, OpenOptions options, String part) {
        SegyFormatException error = assertThrows(SegyFormatException.class,
                () -> SegyReader.open(file, options).close());
        assertTrue(error.getMessage().startsWith(file.toString() + ": "), error.getMessage());
        assertTrue(error.getMessage().contains(part), error.getMessage());
    }

    private static void assertLayout(Path file, int samples, long traces, String... anomalies) throws Exception {
        try (SegyReader reader = SegyReader.open(file)) {
            SegyLayout layout = reader.layout();
            assertEquals(samples, layout.samplesPerTrace());
            assertEquals(traces, layout.traceCount());
            assertEquals(List.of(anomalies), layout.anomalies());
            assertEquals(SyntheticFiles.value((int) traces - 1, samples - 1),
                    reader.readTrace(traces - 1).toFloats()[samples - 1], 0.5f);
        }
    }

    private static OpenOptions oracleOptions(JsonNode entry) {
        OpenOptions options = OpenOptions.DEFAULT.withKind(kind(entry));
        if (entry.hasNonNull("byte_order")) {
            options = options.withByteOrder(entry.get("byte_order").asText().equals("big") ? ByteOrder.BIG_ENDIAN
                    : ByteOrder.LITTLE_ENDIAN);
        }
        return options;
    }

    private static FileKind kind(JsonNode entry) {
        return entry.get("kind").asText().equals("seismic-unix") ? FileKind.SU : FileKind.SEGY;
    }

    /** What reading every trace of a file gives, in the oracle's terms. */
    private record Result(SegyLayout layout, double @Nullable [] first, double @Nullable [] last, double min,
            double max, double mean, double std, long count, String sha256, Map<TraceHeaderField, int[]> headers) {
    }

    private static Result readAll(Path file, OpenOptions options) throws Exception {
        try (SegyReader reader = SegyReader.open(file, options)) {
            SegyLayout layout = reader.layout();
            int n = (int) layout.traceCount();
            int ns = layout.samplesPerTrace();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ByteBuffer f32 = ByteBuffer.allocate(ns * 4).order(ByteOrder.LITTLE_ENDIAN);
            float[] floats = new float[ns];
            double[] values = new double[ns];
            double[] first = null;
            double[] last = null;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double mean = 0;
            double m2 = 0;
            long count = 0;
            Map<TraceHeaderField, int[]> headers = new LinkedHashMap<>();
            for (TraceHeaderField field : ORACLE_HEADERS.values()) {
                headers.put(field, new int[n]);
            }
            TraceCursor cursor = reader.cursor(0, n, 64 << 10);
            while (cursor.next()) {
                for (int i = 0; i < cursor.size(); i++) {
                    int index = (int) cursor.index(i);
                    for (Map.Entry<TraceHeaderField, int[]> header : headers.entrySet()) {
                        header.getValue()[index] = header.getKey().get(cursor.header(i));
                    }
                    cursor.toFloat(i, floats, 0);
                    for (int s = 0; s < ns; s++) {
                        f32.putInt(s * 4, Float.floatToRawIntBits(floats[s]));
                    }
                    sha.update(f32.array());
                    cursor.toDouble(i, values, 0);
                    if (index == 0) {
                        first = values.clone();
                    }
                    if (index == n - 1) {
                        last = values.clone();
                    }
                    // per-trace moments merged as the oracle merges its chunks (Chan et al.)
                    double traceMean = 0;
                    for (double v : values) {
                        traceMean += v;
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                    traceMean /= ns;
                    double traceM2 = 0;
                    for (double v : values) {
                        traceM2 += (v - traceMean) * (v - traceMean);
                    }
                    long total = count + ns;
                    double delta = traceMean - mean;
                    mean += delta * ns / total;
                    m2 += traceM2 + delta * delta * count * ns / total;
                    count = total;
                }
            }
            double std = count == 0 ? 0 : Math.sqrt(m2 / count);
            return new Result(layout, first, last, min, max, mean, std, count,
                    HexFormat.of().formatHex(sha.digest()), headers);
        }
    }

    private static void assertMatches(Path file, JsonNode entry, Result result) {
        SegyLayout layout = result.layout();
        String name = file.toString();
        assertEquals(entry.get("trace_count").asLong(), layout.traceCount(), name);
        assertEquals(entry.get("samples_per_trace").asInt(), layout.samplesPerTrace(), name);
        assertEquals(entry.get("sample_format_code").asInt(), layout.format().code(), name);
        assertEquals(entry.get("sample_interval_us").asDouble(), layout.sampleInterval(), 1e-9, name);
        assertEquals(entry.get("ext_textual_headers").asInt(), layout.extendedTextualHeaders().size(), name);
        JsonNode extra = entry.get("bin_header_extra");
        if (extra != null) {
            assertEquals(extra.get("rev").asInt(), layout.revisionMajor(), name);
            assertEquals(extra.get("extra_trace_headers").asInt(), layout.additionalTraceHeaders(), name);
        }
        assertTextEncoding(entry, layout);
        assertSamples(entry.get("trace0"), result.first(), name + " trace 0");
        assertSamples(entry.get("trace_last"), result.last(), name + " last trace");
        JsonNode stats = entry.get("stats");
        assertEquals(stats.get("count").asLong(), result.count(), name);
        assertEquals(number(stats.get("min")), result.min(), 0.0, name + " min");
        assertEquals(number(stats.get("max")), result.max(), 0.0, name + " max");
        assertClose(number(stats.get("mean")), result.mean(), number(stats.get("std")), name + " mean");
        assertClose(number(stats.get("std")), result.std(), number(stats.get("std")), name + " std");
        assertEquals(entry.get("samples_sha256_f32le").asText(), result.sha256(), name + " samples sha256");
        JsonNode headers = entry.get("headers");
        for (Map.Entry<String, TraceHeaderField> mapping : ORACLE_HEADERS.entrySet()) {
            JsonNode expected = headers.get(mapping.getKey());
            TraceHeaderField field = mapping.getValue();
            int[] values = result.headers().get(field).clone();
            if (field.size() == 2) {
                // the oracle shows every 2-byte word as int16; sample_count is read unsigned here
                for (int i = 0; i < values.length; i++) {
                    values[i] = (short) values[i];
                }
            }
            String what = name + " header " + field.fieldName();
            assertEquals(expected.get("trace0").asInt(), values[0], what + " trace 0");
            if (values.length > 1) {
                assertEquals(expected.get("trace1").asInt(), values[1], what + " trace 1");
            } else {
                assertTrue(expected.get("trace1").isNull(), what);
            }
            assertEquals(expected.get("last").asInt(), values[values.length - 1], what + " last");
            assertEquals(expected.get("n_distinct").asInt(), distinct(values), what + " distinct values");
        }
    }

    /** Equal to 1e-9 of the data's scale (NaN only to NaN): the sums are not done in the oracle's order. */
    private static void assertClose(double expected, double actual, double std, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected NaN, got " + actual);
            return;
        }
        double scale = Math.max(Math.max(Math.abs(expected), std), Double.MIN_NORMAL);
        assertEquals(expected, actual, 1e-9 * scale, what);
    }

    private static void assertTextEncoding(JsonNode entry, SegyLayout layout) {
        JsonNode encoding = entry.get("text_header_encoding");
        TextualHeader text = layout.textualHeader();
        if (encoding == null) {
            assertNull(text);
            return;
        }
        assertNotNull(text);
        switch (encoding.asText()) {
            case "EBCDIC" -> assertEquals(TextEncoding.EBCDIC, text.encoding());
            case "ASCII" -> assertEquals(TextEncoding.ASCII, text.encoding());
            case "blank" -> assertTrue(text.lines().get(0).isBlank(), text.lines().get(0));
            default -> fail("encoding " + encoding);
        }
    }

    private static void assertSamples(JsonNode expected, double @Nullable [] actual, String what) {
        if (actual == null) {
            fail(what + " was not read");
            return;
        }
        int n = actual.length;
        JsonNode first = expected.get("first3");
        JsonNode last = expected.get("last3");
        for (int i = 0; i < first.size(); i++) {
            assertEquals(number(first.get(i)), actual[i], 0.0, what + " sample " + i);
        }
        for (int i = 0; i < last.size(); i++) {
            int at = n - last.size() + i;
            assertEquals(number(last.get(i)), actual[at], 0.0, what + " sample " + at);
        }
    }

    private static double number(JsonNode node) {
        if (node.isTextual()) {
            return switch (node.asText()) {
                case "NaN" -> Double.NaN;
                case "Infinity" -> Double.POSITIVE_INFINITY;
                case "-Infinity" -> Double.NEGATIVE_INFINITY;
                default -> throw new IllegalArgumentException(node.asText());
            };
        }
        return node.asDouble();
    }

    private static int distinct(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int count = sorted.length == 0 ? 0 : 1;
        for (int i = 1; i < sorted.length; i++) {
            count += sorted[i] != sorted[i - 1] ? 1 : 0;
        }
        return count;
    }
}
