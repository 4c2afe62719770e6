package org.seislens.segy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCursorTest {

    @Test
    void blocksHoldEveryTraceOnceInOrder(@TempDir Path dir) throws Exception {
        int samples = 37;
        Path file = SyntheticFiles.segy(dir.resolve("many.sgy"), SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN,
                samples, 2500);
        try (SegyReader reader = SegyReader.open(file)) {
            int traceSize = reader.layout().traceSize();
            TraceCursor cursor = reader.cursor(0, 2500, 100 * traceSize + 5);
            assertEquals(100, cursor.capacity());
            float[] values = new float[samples];
            long expected = 0;
            int blocks = 0;
            while (cursor.next()) {
                blocks++;
                assertEquals(expected, cursor.firstIndex());
                for (int i = 0; i < cursor.size(); i++) {
                    int t = (int) cursor.index(i);
                    assertEquals(expected++, t);
                    assertEquals(t + 1, TraceHeaderField.TRACE_SEQUENCE_FILE.get(cursor.header(i)));
                    assertEquals(1000 + t, TraceHeaderField.CDP.get(cursor.block(), cursor.headerOffset(i)));
                    cursor.toFloat(i, values, 0);
                    for (int s = 0; s < samples; s++) {
                        assertEquals(SyntheticFiles.value(t, s), values[s]);
                    }
                }
            }
            assertEquals(2500, expected);
            assertEquals(25, blocks);
            assertEquals(0, cursor.size());
            assertFalse(cursor.next());
        }
    }

    @Test
    void buffersAreMadeOnceAndReused(@TempDir Path dir) throws Exception {
        Path file = SyntheticFiles.segy(dir.resolve("reuse.sgy"), SampleFormat.INT16, ByteOrder.LITTLE_ENDIAN, 10, 30);
        try (SegyReader reader = SegyReader.open(file)) {
            TraceCursor cursor = reader.cursor(0, 30, reader.layout().traceSize() * 8);
            assertTrue(cursor.next());
            ByteBuffer header = cursor.header(3);
            ByteBuffer samples = cursor.samples(3);
            ByteBuffer block = cursor.block();
            assertEquals(1003, TraceHeaderField.CDP.get(header));
            assertTrue(cursor.next());
            assertSame(header, cursor.header(3));
            assertSame(samples, cursor.samples(3));
            assertSame(block, cursor.block());
            assertEquals(1011, TraceHeaderField.CDP.get(header), "the same view shows the next block");
            assertTrue(header.isReadOnly() && samples.isReadOnly() && block.isReadOnly());
            assertEquals(ByteOrder.LITTLE_ENDIAN, header.order());
            assertEquals(ByteOrder.LITTLE_ENDIAN, samples.order());
            assertEquals(240, header.capacity());
            assertEquals(240, cursor.headers(3).capacity());
            assertEquals(20, samples.capacity());
            assertEquals(cursor.samplesOffset(3), cursor.headerOffset(3) + 240);
        }
    }

    @Test
    void readsASubrange(@TempDir Path dir) throws Exception {
        Path file = SyntheticFiles.segy(dir.resolve("range.sgy"), SampleFormat.INT8, ByteOrder.BIG_ENDIAN, 3, 50);
        try (SegyReader reader = SegyReader.open(file)) {
            TraceCursor cursor = reader.cursor(10, 25, 1 << 20);
            assertTrue(cursor.next());
            assertEquals(25, cursor.size());
            assertEquals(10, cursor.firstIndex());
            assertEquals(1010, TraceHeaderField.CDP.get(cursor.header(0)));
            assertEquals(1034, TraceHeaderField.CDP.get(cursor.header(24)));
            assertFalse(cursor.next());
            assertThrows(IndexOutOfBoundsException.class, () -> reader.cursor(40, 11, 1 << 20));
            assertThrows(IllegalArgumentException.class, () -> reader.cursor(0, 1, 0));
        }
    }

    @Test
    void positionsOutsideTheBlockAreRefused(@TempDir Path dir) throws Exception {
        Path file = SyntheticFiles.segy(dir.resolve("bounds.sgy"), SampleFormat.INT32, ByteOrder.BIG_ENDIAN, 4, 5);
        try (SegyReader reader = SegyReader.open(file)) {
            TraceCursor cursor = reader.cursor();
            assertThrows(IndexOutOfBoundsException.class, () -> cursor.header(0), "before the first block");
            assertTrue(cursor.next());
            assertEquals(5, cursor.size());
            assertThrows(IndexOutOfBoundsException.class, () -> cursor.header(5));
            assertThrows(IndexOutOfBoundsException.class, () -> cursor.samples(-1));
            assertThrows(IndexOutOfBoundsException.class, () -> cursor.index(5));
        }
    }

    @Test
    void aFileShortenedWhileReadingIsAFormatError(@TempDir Path dir) throws Exception {
        Path file = SyntheticFiles.segy(dir.resolve("shrinking.sgy"), SampleFormat.IBM_FLOAT32, ByteOrder.BIG_ENDIAN,
                100, 200);
        try (SegyReader reader = SegyReader.open(file)) {
            TraceCursor cursor = reader.cursor(0, 200, 64 * reader.layout().traceSize());
            assertTrue(cursor.next());
            SyntheticFiles.resize(file, Files.size(file) - 1000);
            SegyFormatException error = assertThrows(SegyFormatException.class, () -> {
                while (cursor.next()) {
                    // read on until the file ends
                }
            });
            assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
            assertTrue(error.getMessage().contains("shortened"), error.getMessage());
        }
    }

    @Test
    void decodesToTheStorageDtype(@TempDir Path dir) throws Exception {
        Path file = SyntheticFiles.segy(dir.resolve("storage.sgy"), SampleFormat.INT24, ByteOrder.BIG_ENDIAN, 6, 3);
        try (SegyReader reader = SegyReader.open(file)) {
            TraceCursor cursor = reader.cursor();
            assertTrue(cursor.next());
            ByteBuffer storage = ByteBuffer.allocate(100).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(24, cursor.toStorage(2, storage, 4));
            for (int s = 0; s < 6; s++) {
                assertEquals((int) Math.rint(SyntheticFiles.value(2, s)), storage.getInt(4 + 4 * s));
            }
            double[] values = new double[6];
            cursor.toDouble(2, values, 0);
            assertEquals(Math.rint(SyntheticFiles.value(2, 5)), values[5]);
        }
    }
}
