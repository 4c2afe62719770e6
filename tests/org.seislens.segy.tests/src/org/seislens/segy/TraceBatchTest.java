package org.seislens.segy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests reading runs of traces, whole or a range of their samples, and decoding them into header columns and
 * storage samples, against the values the synthetic files were written with.
 */
class TraceBatchTest {

    @ParameterizedTest(name = "format {0}, {1}, samples {2} to {2}+{3}")
    @CsvSource({ "1, big, 0, 37", "5, little, 0, 37", "3, big, 10, 20", "6, little, 36, 1", "7, big, 5, 30",
            "16, little, 0, 12" })
    void decodesHeadersAndSamplesOfARange(int code, String orderWord, int fromSample, int samples,
            @TempDir Path dir) throws Exception {
        SampleFormat format = java.util.Objects.requireNonNull(SampleFormat.fromCode(code));
        ByteOrder order = orderWord.equals("big") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        int traceSamples = 37;
        int traces = 23;
        Path file = SyntheticFiles.segy(dir.resolve("batch.sgy"), format, order, traceSamples, traces);
        try (SegyReader reader = SegyReader.open(file)) {
            TraceBatch batch = new TraceBatch(reader.layout(), 8, samples);
            TraceHeaderColumns columns = new TraceHeaderColumns(traces);
            columns.clear(0);
            ByteBuffer stored = ByteBuffer.allocate(8 * samples * format.storageBytes()).order(ByteOrder.LITTLE_ENDIAN);
            float[] expected = new float[samples];
            float[] decoded = new float[samples];
            for (int first = 0; first < traces; first += 8) {
                int n = Math.min(8, traces - first);
                batch.read(reader, first, n, fromSample, samples);
                assertEquals(first, batch.firstTrace());
                assertEquals(n, batch.size());
                batch.copyHeaders(columns);
                assertEquals(n * samples * format.storageBytes(), batch.decodeSamples(stored, 0));
                for (int i = 0; i < n; i++) {
                    int t = first + i;
                    // The storage bytes decode to the values written, as the writer encoded them.
                    ByteBuffer raw = ByteBuffer.allocate(traceSamples * format.bytesPerSample()).order(order);
                    float[] values = new float[traceSamples];
                    for (int s = 0; s < traceSamples; s++) {
                        values[s] = SyntheticFiles.value(t, s);
                    }
                    SampleCodec.fromFloat(format, values, 0, raw, 0, traceSamples);
                    SampleCodec.toFloat(format, raw, fromSample * format.bytesPerSample(), expected, 0, samples);
                    storedToFloat(format, stored, i * samples * format.storageBytes(), decoded);
                    for (int s = 0; s < samples; s++) {
                        assertEquals(expected[s], decoded[s], "trace " + t + " sample " + (fromSample + s));
                    }
                }
            }
            columns.decode();
            assertEquals(traces, columns.size());
            for (int t = 0; t < traces; t++) {
                assertEquals(t + 1, columns.get(TraceHeaderField.TRACE_SEQUENCE_FILE, t));
                assertEquals(1000 + t, columns.column(TraceHeaderField.CDP)[t]);
                assertEquals(25 * t, columns.get(TraceHeaderField.OFFSET, t));
                assertEquals(traceSamples, columns.get(TraceHeaderField.SAMPLE_COUNT, t));
                byte[] raw = new byte[240];
                columns.rawHeader(t, raw, 0);
                assertEquals(1000 + t, TraceHeaderField.CDP.get(ByteBuffer.wrap(raw).order(order)));
            }
        }
    }

    /**
     * Decoding part of the samples read, as the importer does chunk by chunk, gives exactly those samples of
     * the whole decode, for whole traces and for a band, in every width (odd counts take the byte swap's tail).
     */
    @ParameterizedTest(name = "format {0}, {1}, band {2}+{3}, part {4}+{5}")
    @CsvSource({ "5, big, 0, 37, 0, 37", "5, big, 0, 37, 3, 7", "5, big, 0, 37, 30, 7", "5, little, 0, 37, 11, 9",
            "2, big, 4, 30, 1, 28", "1, big, 0, 37, 17, 20", "3, big, 10, 20, 5, 5", "6, big, 0, 37, 9, 1",
            "16, little, 0, 37, 2, 33", "7, big, 5, 30, 0, 29" })
    void decodesAPartOfTheSamplesReadAsTheWholeDecodeHasThem(int code, String orderWord, int fromSample,
            int samples, int from, int count, @TempDir Path dir) throws Exception {
        SampleFormat format = java.util.Objects.requireNonNull(SampleFormat.fromCode(code));
        ByteOrder order = orderWord.equals("big") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        Path file = SyntheticFiles.segy(dir.resolve("part.sgy"), format, order, 37, 11);
        try (SegyReader reader = SegyReader.open(file)) {
            TraceBatch batch = new TraceBatch(reader.layout(), 11, samples);
            batch.read(reader, 0, 11, fromSample, samples);
            int size = format.storageBytes();
            ByteBuffer whole = ByteBuffer.allocate(11 * samples * size).order(ByteOrder.LITTLE_ENDIAN);
            batch.decodeSamples(whole, 0);
            ByteBuffer part = ByteBuffer.allocate(3 + 11 * count * size).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(11 * count * size, batch.decodeSamples(part, 3, from, count));
            for (int t = 0; t < 11; t++) {
                for (int b = 0; b < count * size; b++) {
                    assertEquals(whole.get((t * samples + from) * size + b), part.get(3 + t * count * size + b),
                            "trace " + t + " byte " + b);
                }
            }
            assertThrows(IndexOutOfBoundsException.class, () -> batch.decodeSamples(part, 0, samples - count + 1,
                    count));
        }
    }

    @ParameterizedTest(name = "traces {0}+{1}, samples {2}+{3}")
    @CsvSource({ "0, 9, 0, 40", "10, 5, 0, 40", "0, 2, 1, 40", "0, 2, 39, 2", "0, 0, 0, 40" })
    void refusesReadsBeyondItsLimitsOrTheFile(int first, int traces, int fromSample, int samples,
            @TempDir Path dir) throws Exception {
        Path file = SyntheticFiles.segy(dir.resolve("small.sgy"), SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN,
                40, 12);
        try (SegyReader reader = SegyReader.open(file)) {
            TraceBatch batch = new TraceBatch(reader.layout(), 8, 40);
            assertThrows(IndexOutOfBoundsException.class, () -> batch.read(reader, first, traces, fromSample, samples));
        }
    }

    private static void storedToFloat(SampleFormat format, ByteBuffer stored, int offset, float[] out) {
        for (int s = 0; s < out.length; s++) {
            int at = offset + s * format.storageBytes();
            out[s] = switch (format.storageDtype()) {
                case "<f4" -> stored.getFloat(at);
                case "<f8" -> (float) stored.getDouble(at);
                case "<i2" -> stored.getShort(at);
                case "<i4" -> stored.getInt(at);
                case "|u1" -> stored.get(at) & 0xFF;
                default -> throw new IllegalArgumentException(format.storageDtype());
            };
        }
    }
}
