package org.seislens.segy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

class SegyWriterTest {

    static Stream<Arguments> writableFormats() {
        List<Arguments> cases = new ArrayList<>();
        for (SampleFormat format : SampleFormat.values()) {
            if (format.isSupported()) {
                cases.add(Arguments.of(format, ByteOrder.BIG_ENDIAN));
                cases.add(Arguments.of(format, ByteOrder.LITTLE_ENDIAN));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "format {0}, {1}")
    @MethodSource("writableFormats")
    void writtenFilesReadBack(SampleFormat format, ByteOrder order, @TempDir Path dir) throws Exception {
        int samples = 41;
        int traces = 9;
        float[][] written = new float[traces][samples];
        for (int t = 0; t < traces; t++) {
            for (int s = 0; s < samples; s++) {
                // fractions, negatives, a spike beyond the small integer ranges, values IBM must round
                written[t][s] = s == 7 ? 1e6f * (t - 4) : (float) ((s - 20) * 1.37 + t / 3.0);
            }
        }
        Path file = dir.resolve("out.sgy");
        WriterSettings settings = WriterSettings.segy(format, order, samples);
        TextualHeader text = TextualHeader.encode("C 1 ROUND TRIP " + format, TextEncoding.EBCDIC);
        BinaryHeader binary = BinaryHeader.standard(order, format, samples, 4000)
                .with(BinaryHeaderField.EXT_TEXTUAL_HEADERS, 1);
        TextualHeader extended = TextualHeader.encode("((SEG: EndText))", TextEncoding.ASCII);
        ByteBuffer header = ByteBuffer.allocate(240).order(order);
        try (SegyWriter writer = SegyWriter.create(file, settings)) {
            writer.writeTextualHeader(text);
            writer.writeBinaryHeader(binary);
            writer.writeExtendedTextualHeader(extended);
            for (int t = 0; t < traces; t++) {
                SyntheticFiles.traceHeader(header, t, samples);
                TraceHeaderField.SOURCE_X.set(header, 0, -5_000_000 + t);
                writer.writeTrace(header, written[t], 0);
            }
            assertEquals(traces, writer.tracesWritten());
            writer.commit();
        }
        assertEquals(3600 + 3200 + traces * (240L + samples * format.bytesPerSample()), Files.size(file));
        try (SegyReader reader = SegyReader.open(file)) {
            SegyLayout layout = reader.layout();
            assertEquals(order, layout.byteOrder());
            assertEquals(format, layout.format());
            assertEquals(samples, layout.samplesPerTrace());
            assertEquals(traces, layout.traceCount());
            assertEquals(4000.0, layout.sampleInterval());
            assertEquals(List.of(), layout.anomalies());
            assertEquals(text, layout.textualHeader());
            assertEquals(binary, layout.binaryHeader());
            assertEquals(List.of(extended), layout.extendedTextualHeaders());
            TraceCursor cursor = reader.cursor();
            float[] values = new float[samples];
            while (cursor.next()) {
                for (int i = 0; i < cursor.size(); i++) {
                    int t = (int) cursor.index(i);
                    assertEquals(1000 + t, TraceHeaderField.CDP.get(cursor.header(i)));
                    assertEquals(-5_000_000 + t, TraceHeaderField.SOURCE_X.get(cursor.header(i)));
                    cursor.toFloat(i, values, 0);
                    assertArrayEquals(expected(format, written[t]), values, "trace " + t);
                }
            }
        }
    }

    /** What a format keeps of float values: IBM rounds to 21-24 bits, integers round and saturate. */
    private static float[] expected(SampleFormat format, float[] values) {
        float[] kept = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = Math.rint(values[i]) + 0.0; // integers have no negative zero
            kept[i] = switch (format) {
                case IBM_FLOAT32 -> IbmFloat.toFloat(IbmFloat.fromFloat(values[i]));
                case IEEE_FLOAT32, IEEE_FLOAT64 -> values[i];
                case INT8 -> (float) Math.max(-128, Math.min(127, v));
                case UINT8 -> (float) Math.max(0, Math.min(255, v));
                case INT16 -> (float) Math.max(-32768, Math.min(32767, v));
                case UINT16 -> (float) Math.max(0, Math.min(65535, v));
                case INT24 -> (float) Math.max(-8388608, Math.min(8388607, v));
                case UINT24 -> (float) Math.max(0, Math.min(16777215, v));
                case UINT32, UINT64 -> (float) Math.max(0, v);
                case INT32, INT64 -> (float) v;
                case FIXED_POINT_WITH_GAIN -> throw new IllegalArgumentException();
            };
        }
        return kept;
    }

    @Test
    void ibmRoundingIsVisibleAndExact(@TempDir Path dir) throws Exception {
        float third = 1f / 3f;
        assertTrue(IbmFloat.toFloat(IbmFloat.fromFloat(third)) != third, "1/3 needs all 24 bits");
        Path file = dir.resolve("ibm.sgy");
        try (SegyWriter writer = SegyWriter.create(file, WriterSettings.segy(SampleFormat.IBM_FLOAT32,
                ByteOrder.BIG_ENDIAN, 1))) {
            writer.writeTextualHeader(TextualHeader.encode("", TextEncoding.EBCDIC));
            writer.writeBinaryHeader(BinaryHeader.standard(ByteOrder.BIG_ENDIAN, SampleFormat.IBM_FLOAT32, 1, 1000));
            writer.writeTrace(ByteBuffer.allocate(240), new float[] { third }, 0);
            writer.commit();
        }
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
        assertEquals(IbmFloat.fromFloat(third), bytes.getInt(3600 + 240));
        // 1/3 is 0xAAAAAB * 2^-25: the IBM mantissa 0x555555.8 is a tie, rounded to the even 0x555556
        assertEquals(0x40555556, bytes.getInt(3600 + 240));
    }

    static Stream<Arguments> corpusFiles() throws IOException {
        Path root = TestData.find();
        if (root == null) {
            return Stream.of(Arguments.of("(shared/testdata not found)", null));
        }
        List<Arguments> files = new ArrayList<>();
        for (JsonNode entry : TestData.oracle(root).get("files")) {
            if (entry.get("expect").asText().equals("read")) {
                files.add(Arguments.of(entry.get("path").asText(), entry));
            }
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void rewritingAFileAsItIsCopiesItByteForByte(String path, JsonNode entry, @TempDir Path dir) throws Exception {
        Path source = TestData.require().resolve(path);
        FileKind kind = entry.get("kind").asText().equals("seismic-unix") ? FileKind.SU : FileKind.SEGY;
        Path copy = dir.resolve("copy");
        try (SegyReader reader = SegyReader.open(source, OpenOptions.DEFAULT.withKind(kind));
                SegyWriter writer = SegyWriter.createAtomic(copy, WriterSettings.like(reader.layout()))) {
            SegyLayout layout = reader.layout();
            if (kind == FileKind.SEGY) {
                writer.writeTextualHeader(Objects.requireNonNull(layout.textualHeader()));
                writer.writeBinaryHeader(Objects.requireNonNull(layout.binaryHeader()));
                for (TextualHeader extended : layout.extendedTextualHeaders()) {
                    writer.writeExtendedTextualHeader(extended);
                }
            }
            TraceCursor cursor = reader.cursor();
            while (cursor.next()) {
                for (int i = 0; i < cursor.size(); i++) {
                    writer.writeTrace(cursor.headers(i), cursor.samples(i));
                }
            }
            writer.commit();
        }
        assertEquals(-1L, Files.mismatch(source, copy), path);
    }

    @Test
    void headersAndSamplesConvertToTheOtherByteOrder(@TempDir Path dir) throws Exception {
        Path source = SyntheticFiles.segy(dir.resolve("big.sgy"), SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN,
                30, 12);
        Path target = dir.resolve("little.sgy");
        try (SegyReader reader = SegyReader.open(source);
                SegyWriter writer = SegyWriter.create(target,
                        WriterSettings.segy(SampleFormat.IBM_FLOAT32, ByteOrder.LITTLE_ENDIAN, 30))) {
            SegyLayout layout = reader.layout();
            writer.writeTextualHeader(Objects.requireNonNull(layout.textualHeader()));
            BinaryHeader binary = Objects.requireNonNull(layout.binaryHeader());
            writer.writeBinaryHeader(binary.with(BinaryHeaderField.FORMAT_CODE, 1));
            float[] values = new float[30];
            TraceCursor cursor = reader.cursor();
            while (cursor.next()) {
                for (int i = 0; i < cursor.size(); i++) {
                    cursor.toFloat(i, values, 0);
                    writer.writeTrace(cursor.header(i), values, 0);
                }
            }
            writer.commit();
        }
        try (SegyReader big = SegyReader.open(source); SegyReader little = SegyReader.open(target)) {
            assertEquals(ByteOrder.LITTLE_ENDIAN, little.layout().byteOrder());
            assertEquals(SampleFormat.IBM_FLOAT32, little.layout().format());
            assertEquals(Objects.requireNonNull(big.layout().binaryHeader()).toMap().get("samples_per_trace"),
                    Objects.requireNonNull(little.layout().binaryHeader()).toMap().get("samples_per_trace"));
            for (long t = 0; t < 12; t++) {
                Trace a = big.readTrace(t);
                Trace b = little.readTrace(t);
                for (TraceHeaderField field : TraceHeaderField.values()) {
                    assertEquals(field.get(a.header()), field.get(b.header()), field.fieldName());
                }
                float[] expected = a.toFloats();
                for (int s = 0; s < expected.length; s++) {
                    expected[s] = IbmFloat.toFloat(IbmFloat.fromFloat(expected[s]));
                }
                assertArrayEquals(expected, b.toFloats());
            }
        }
    }

    @Test
    void anAtomicWriterReplacesItsTargetOnlyOnCommit(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("export.sgy"), "old content");
        WriterSettings settings = WriterSettings.segy(SampleFormat.INT16, ByteOrder.BIG_ENDIAN, 4);
        try (SegyWriter writer = SegyWriter.createAtomic(target, settings)) {
            assertTrue(writer.file().getFileName().toString().startsWith("export.sgy.tmp-"), writer.file().toString());
            assertTrue(Files.exists(writer.file()));
            writer.writeTextualHeader(TextualHeader.encode("C 1 NEW", TextEncoding.ASCII));
            // closed without commit: an abandoned or failed export
        }
        assertEquals("old content", Files.readString(target));
        assertEquals(List.of(target), list(dir));

        try (SegyWriter writer = SegyWriter.createAtomic(target, settings)) {
            writer.writeTextualHeader(TextualHeader.encode("C 1 NEW", TextEncoding.ASCII));
            writer.writeBinaryHeader(BinaryHeader.standard(ByteOrder.BIG_ENDIAN, SampleFormat.INT16, 4, 1000));
            SyntheticFiles.writeTraces(writer, 3);
            assertEquals("old content", Files.readString(target), "untouched until the commit");
            writer.commit();
        }
        assertEquals(List.of(target), list(dir));
        try (SegyReader reader = SegyReader.open(target)) {
            assertEquals(3, reader.layout().traceCount());
        }

        SegyWriter aborted = SegyWriter.createAtomic(dir.resolve("never.sgy"), settings);
        aborted.writeTextualHeader(TextualHeader.encode("C 1", TextEncoding.ASCII));
        aborted.abort();
        aborted.close();
        assertEquals(List.of(target), list(dir));
        assertThrows(IllegalStateException.class, aborted::commit);
    }

    @Test
    void writesMustComeInFileOrder(@TempDir Path dir) throws Exception {
        WriterSettings settings = WriterSettings.segy(SampleFormat.INT8, ByteOrder.BIG_ENDIAN, 2);
        try (SegyWriter writer = SegyWriter.create(dir.resolve("order.sgy"), settings)) {
            TextualHeader text = TextualHeader.encode("", TextEncoding.EBCDIC);
            BinaryHeader binary = BinaryHeader.standard(ByteOrder.BIG_ENDIAN, SampleFormat.INT8, 2, 1000);
            ByteBuffer header = ByteBuffer.allocate(240);
            assertThrows(IllegalStateException.class, () -> writer.writeTrace(header, new float[2], 0));
            assertThrows(IllegalStateException.class, () -> writer.writeBinaryHeader(binary));
            writer.writeTextualHeader(text);
            assertThrows(IllegalStateException.class, () -> writer.writeTextualHeader(text));
            writer.writeBinaryHeader(binary);
            writer.writeTrace(header, new float[2], 0);
            assertThrows(IllegalStateException.class, () -> writer.writeExtendedTextualHeader(text));
            ByteBuffer shortHeader = ByteBuffer.allocate(200);
            assertThrows(IllegalArgumentException.class, () -> writer.writeTrace(shortHeader, new float[2], 0));
            assertThrows(IllegalArgumentException.class, () -> writer.writeTrace(header, ByteBuffer.allocate(3)));
            assertThrows(IndexOutOfBoundsException.class, () -> writer.writeTrace(header, new float[1], 0));
        }
    }

    @Test
    void manyTracesFlowThroughTheBuffer(@TempDir Path dir) throws Exception {
        // more than the 4 MiB write buffer, so it is flushed several times
        Path file = SyntheticFiles.segy(dir.resolve("big.sgy"), SampleFormat.IEEE_FLOAT64, ByteOrder.LITTLE_ENDIAN,
                1000, 1500);
        assertEquals(3600 + 1500 * 8240L, Files.size(file));
        try (SegyReader reader = SegyReader.open(file)) {
            assertEquals(SyntheticFiles.value(1499, 999), reader.readTrace(1499).toFloats()[999]);
            assertEquals(SyntheticFiles.value(777, 0), reader.readTrace(777).toFloats()[0]);
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }


    @Test
    void tracesEncodedApartAndWrittenAtOnceMatchTracesWrittenOneByOne(@TempDir Path dir) throws Exception {
        for (ByteOrder order : List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN)) {
            WriterSettings settings = WriterSettings.segy(SampleFormat.IBM_FLOAT32, order, 7);
            // headers in the other byte order, so both paths convert them word by word
            ByteOrder other = order == ByteOrder.BIG_ENDIAN ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
            float[] samples = new float[3 * 7];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (i - 9) * 0.37f;
            }
            Path one = dir.resolve("one-" + order + ".sgy");
            Path block = dir.resolve("block-" + order + ".sgy");
            ByteBuffer encoded = ByteBuffer.allocate(3 * settings.traceBytes()).order(order);
            try (SegyWriter a = SegyWriter.create(one, settings); SegyWriter b = SegyWriter.create(block, settings)) {
                for (SegyWriter w : List.of(a, b)) {
                    w.writeTextualHeader(TextualHeader.encode("C 1 TEST", TextEncoding.EBCDIC));
                    w.writeBinaryHeader(BinaryHeader.standard(order, SampleFormat.IBM_FLOAT32, 7, 4000));
                }
                for (int t = 0; t < 3; t++) {
                    ByteBuffer header = ByteBuffer.allocate(240).order(other);
                    TraceHeaderField.FIELD_RECORD.set(header, 0, 100 + t);
                    TraceHeaderField.SAMPLE_COUNT.set(header, 0, 7);
                    a.writeTrace(header, samples, t * 7);
                    SegyWriter.encodeTrace(settings, header, samples, t * 7, encoded, t * settings.traceBytes());
                }
                b.writeEncodedTraces(encoded);
                assertEquals(3, b.tracesWritten());
            }
            assertEquals(-1, Files.mismatch(one, block), order.toString());
        }
    }
}
