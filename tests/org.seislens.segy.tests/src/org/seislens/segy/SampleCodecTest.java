package org.seislens.segy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleCodecTest {

    private static final HexFormat HEX = HexFormat.of();

    /**
     * Big-endian raw bytes of two samples, their decoded values and the little-endian storage bytes.
     */
    @ParameterizedTest
    @CsvSource({
        "1,  c276a00041100000,                 -118.625, 1.0,                 0040edc20000803f",
        "2,  fffffffe7fffffff,                 -2, 2147483647,                 feffffffffffff7f",
        "3,  8000fffe,                         -32768, -2,                     0080feff",
        "5,  c2ed40003f800000,                 -118.625, 1.0,                  0040edc20000803f",
        "6,  bff00000000000004000000000000000, -1.0, 2.0,                      000000000000f0bf0000000000000040",
        "7,  800000fffffe,                     -8388608, -2,                   000080fffeffffff",
        "8,  80ff,                             -128, -1,                       80ff",
        "9,  fffffffffffffffe0000000100000000, -2, 4294967296,                 feffffffffffffff0000000001000000",
        "10, fffffffe00000001,                 4294967294, 1,                  feffffff01000000",
        "11, fffe0001,                         65534, 1,                       feff0100",
        "12, 00000000000000070000000100000000, 7, 4294967296,                  07000000000000000000000001000000",
        "15, 800000fffffe,                     8388608, 16777214,              00008000feffff00",
        "16, 80ff,                             128, 255,                       80ff",
    })
    void decodesBothByteOrders(int code, String bigEndian, double first, double second, String storage) {
        SampleFormat format = Objects.requireNonNull(SampleFormat.fromCode(code));
        byte[] big = HEX.parseHex(bigEndian);
        byte[] little = swapEach(big, format.bytesPerSample());
        ByteBuffer[] raws = { padded(big, ByteOrder.BIG_ENDIAN), padded(little, ByteOrder.LITTLE_ENDIAN) };
        for (ByteBuffer raw : raws) {
            float[] floats = new float[4];
            SampleCodec.toFloat(format, raw, 3, floats, 1, 2);
            assertArrayEquals(new float[] { 0, (float) first, (float) second, 0 }, floats, raw.order() + " float");
            double[] doubles = new double[3];
            SampleCodec.toDouble(format, raw, 3, doubles, 1, 2);
            assertArrayEquals(new double[] { 0, first, second }, doubles, raw.order() + " double");
            ByteBuffer out = ByteBuffer.allocate(2 + 2 * format.storageBytes()).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(2 * format.storageBytes(), SampleCodec.toStorage(format, raw, 3, out, 2, 2));
            byte[] stored = new byte[2 * format.storageBytes()];
            out.get(2, stored);
            assertEquals(storage, HEX.formatHex(stored), raw.order() + " storage");
        }
    }

    @ParameterizedTest
    @CsvSource({ "1", "2", "3", "5", "6", "7", "8", "9", "10", "11", "12", "15", "16" })
    void encodedValuesDecodeBack(int code) {
        SampleFormat format = Objects.requireNonNull(SampleFormat.fromCode(code));
        float[] values = { 0, 1, 2, 3, 100, 126, 127 };
        for (ByteOrder order : new ByteOrder[] { ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN }) {
            ByteBuffer raw = ByteBuffer.allocate(values.length * format.bytesPerSample()).order(order);
            assertEquals(raw.capacity(), SampleCodec.fromFloat(format, values, 0, raw, 0, values.length));
            float[] back = new float[values.length];
            SampleCodec.toFloat(format, raw, 0, back, 0, values.length);
            assertArrayEquals(values, back, format + " " + order);
        }
    }

    @Test
    void integerEncodingRoundsHalfToEvenAndSaturates() {
        float[] values = { 2.5f, 3.5f, -2.5f, 1e10f, -1e10f, Float.NaN };
        assertArrayEquals(new float[] { 2, 4, -2, 127, -128, 0 }, roundTrip(SampleFormat.INT8, values));
        assertArrayEquals(new float[] { 2, 4, 0, 255, 0, 0 }, roundTrip(SampleFormat.UINT8, values));
        assertArrayEquals(new float[] { 2, 4, -2, 32767, -32768, 0 }, roundTrip(SampleFormat.INT16, values));
        assertArrayEquals(new float[] { 2, 4, 0, 65535, 0, 0 }, roundTrip(SampleFormat.UINT16, values));
        assertArrayEquals(new float[] { 2, 4, -2, 8388607, -8388608, 0 }, roundTrip(SampleFormat.INT24, values));
        assertArrayEquals(new float[] { 2, 4, 0, 16777215, 0, 0 }, roundTrip(SampleFormat.UINT24, values));
        assertArrayEquals(new float[] { 2, 4, -2, Integer.MAX_VALUE, Integer.MIN_VALUE, 0 },
                roundTrip(SampleFormat.INT32, values));
        assertArrayEquals(new float[] { 2, 4, 0, 4294967295f, 0, 0 }, roundTrip(SampleFormat.UINT32, values));
        assertArrayEquals(new float[] { 2, 4, -2, 1e10f, -1e10f, 0 }, roundTrip(SampleFormat.INT64, values));
        assertArrayEquals(new float[] { 2, 4, 0, 1e10f, 0, 0 }, roundTrip(SampleFormat.UINT64, values));
    }

    @Test
    void unsigned64BitValuesConvertToTheNearestFloat() {
        assertEquals(0x1p64f, SampleCodec.unsignedToFloat(-1L));
        assertEquals(0x1p64, SampleCodec.unsignedToDouble(-1L));
        assertEquals(0x1p63f, SampleCodec.unsignedToFloat(Long.MIN_VALUE));
        assertEquals(0x1p63 + 0x1p11, SampleCodec.unsignedToDouble(Long.MIN_VALUE + 0x800));
        // halfway between two doubles above 2^63, the lost bit must push the rounding up
        assertEquals(0x1p63 + 0x1p12, SampleCodec.unsignedToDouble(Long.MIN_VALUE + 0xC00));
        assertEquals(0x1p64f, roundTrip(SampleFormat.UINT64, new float[] { 0x1p70f })[0]);
    }

    /**
     * Long runs of big-endian samples of every count up to a few 8-byte words (so the 8-byte loop and its tail
     * both run), at offsets in front of, at and behind the buffers' positions, in direct and heap buffers, are
     * stored as each sample's bytes reversed.
     */
    @ParameterizedTest
    @CsvSource({ "3", "5", "6", "2", "8", "9", "10", "11", "12", "16" })
    void bigEndianRunsAreStoredWithEachSampleReversed(int code) {
        SampleFormat format = Objects.requireNonNull(SampleFormat.fromCode(code));
        int width = format.bytesPerSample();
        Random random = new Random(code);
        for (boolean direct : new boolean[] { false, true }) {
            for (int count = 0; count <= 19; count++) {
                byte[] raw = new byte[7 + count * width + 4];
                random.nextBytes(raw);
                byte[] expected = new byte[count * width];
                for (int i = 0; i < expected.length; i++) {
                    int sample = i / width;
                    expected[i] = raw[7 + sample * width + width - 1 - i % width];
                }
                for (int position : new int[] { 0, 5, 7, 9 }) {
                    ByteBuffer src = (direct ? ByteBuffer.allocateDirect(raw.length) : ByteBuffer.allocate(raw.length))
                            .order(ByteOrder.BIG_ENDIAN).put(0, raw).position(position);
                    int capacity = 3 + expected.length + 2;
                    ByteBuffer out = (direct ? ByteBuffer.allocateDirect(capacity) : ByteBuffer.allocate(capacity))
                            .order(ByteOrder.LITTLE_ENDIAN).position(position % 5);
                    assertEquals(expected.length, SampleCodec.toStorage(format, src, 7, out, 3, count));
                    byte[] stored = new byte[expected.length];
                    out.get(3, stored);
                    String where = format + " count " + count + " position " + position
                            + (direct ? " direct" : " heap");
                    assertArrayEquals(expected, stored, where);
                    assertEquals(0, out.get(capacity - 1), where);
                    assertEquals(position, src.position(), where);
                    assertEquals(position % 5, out.position(), where);
                }
            }
        }
    }

    @Test
    void storageNeedsALittleEndianDestination() {
        ByteBuffer raw = ByteBuffer.allocate(8);
        assertThrows(IllegalArgumentException.class,
                () -> SampleCodec.toStorage(SampleFormat.INT32, raw, 0, ByteBuffer.allocate(8), 0, 2));
    }

    @Test
    void rangesAreChecked() {
        ByteBuffer raw = ByteBuffer.allocate(8);
        assertThrows(IndexOutOfBoundsException.class,
                () -> SampleCodec.toFloat(SampleFormat.IEEE_FLOAT32, raw, 4, new float[2], 0, 2));
        assertThrows(IndexOutOfBoundsException.class,
                () -> SampleCodec.toFloat(SampleFormat.IEEE_FLOAT32, raw, 0, new float[1], 0, 2));
        assertThrows(IndexOutOfBoundsException.class,
                () -> SampleCodec.fromFloat(SampleFormat.IEEE_FLOAT64, new float[2], 0, raw, 0, 2));
    }

    @Test
    void fixedPointWithGainIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SampleCodec.toFloat(SampleFormat.FIXED_POINT_WITH_GAIN,
                ByteBuffer.allocate(4), 0, new float[1], 0, 1));
    }

    private static float[] roundTrip(SampleFormat format, float[] values) {
        ByteBuffer raw = ByteBuffer.allocate(values.length * format.bytesPerSample()).order(ByteOrder.BIG_ENDIAN);
        SampleCodec.fromFloat(format, values, 0, raw, 0, values.length);
        float[] back = new float[values.length];
        SampleCodec.toFloat(format, raw, 0, back, 0, values.length);
        return back;
    }

    private static ByteBuffer padded(byte[] bytes, ByteOrder order) {
        ByteBuffer buffer = ByteBuffer.allocate(bytes.length + 5).order(order);
        buffer.put(3, bytes);
        return buffer;
    }

    private static byte[] swapEach(byte[] bytes, int size) {
        byte[] swapped = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i += size) {
            for (int j = 0; j < size; j++) {
                swapped[i + j] = bytes[i + size - 1 - j];
            }
        }
        return swapped;
    }
}
