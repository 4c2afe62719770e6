package org.seislens.segy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class IbmFloatTest {

    /** IBM bits and the float32 bits NumPy gives for them (float64 evaluation cast to float32). */
    private static final long[][] NUMPY = {
        { 0xC276A000L, 0xC2ED4000L }, // -118.625
        { 0x41100000L, 0x3F800000L }, // 1.0
        { 0x42100000L, 0x41800000L }, // 16.0
        { 0x00000000L, 0x00000000L }, // 0.0
        { 0x80000000L, 0x80000000L }, // -0.0
        { 0x7FFFFFFFL, 0x7F800000L }, // overflow: inf
        { 0xFFFFFFFFL, 0xFF800000L }, // overflow: -inf
        { 0x00100000L, 0x00000000L }, // underflow: 0
        { 0x00000001L, 0x00000000L },
        { 0x21100000L, 0x00200000L }, // subnormal 2.938735877055719e-39
        { 0x1B7FFFFFL, 0x00000001L }, // rounds up to the smallest subnormal
        { 0x1A800000L, 0x00000000L },
        { 0x1A800001L, 0x00000000L },
        { 0x3F000001L, 0x31800000L }, // unnormalised mantissa
        { 0x40FFFFFFL, 0x3F7FFFFFL }, // 0.9999999403953552
        { 0x4001FFFFL, 0x3BFFFF80L }, // unnormalised
        { 0x60100000L, 0x7D800000L },
        { 0x61100000L, 0x7F800000L }, // just beyond the float range: inf
        { 0x60FFFFFFL, 0x7F7FFFFFL }, // the largest float
        { 0x0A123456L, 0x00000000L },
        { 0x41FFFFFFL, 0x417FFFFFL },
        { 0x40000001L, 0x33800000L },
        { 0x22800000L, 0x03000000L },
        { 0x3FFFFFFFL, 0x3D7FFFFFL },
        { 0x1DFFFFFFL, 0x00000200L }, // subnormal, rounded
        { 0x1D123457L, 0x00000024L },
        { 0x1B400000L, 0x00000000L }, // tie between 0 and the smallest subnormal: to even (0)
        { 0x1BC00000L, 0x00000002L }, // tie between 1 and 2 ulps: to even (2)
        { 0x9BC00000L, 0x80000002L },
        { 0x1CFEDCBAL, 0x00000020L },
    };

    @Test
    void decodesLikeNumpy() {
        for (long[] pair : NUMPY) {
            int ibm = (int) pair[0];
            int expected = (int) pair[1];
            int actual = Float.floatToRawIntBits(IbmFloat.toFloat(ibm));
            assertEquals(Integer.toHexString(expected), Integer.toHexString(actual),
                    "IBM " + Integer.toHexString(ibm));
        }
    }

    @Test
    void decodesTextbookValues() {
        assertEquals(-118.625f, IbmFloat.toFloat(0xC276A000));
        assertEquals(1.0f, IbmFloat.toFloat(0x41100000));
        assertEquals(16.0f, IbmFloat.toFloat(0x42100000));
        assertEquals(0.5f, IbmFloat.toFloat(0x40800000));
        assertEquals(-1.0f, IbmFloat.toFloat(0xC1100000));
    }

    @Test
    void encodesTextbookValues() {
        assertEquals(0xC276A000, IbmFloat.fromFloat(-118.625f));
        assertEquals(0x41100000, IbmFloat.fromFloat(1.0f));
        assertEquals(0x42100000, IbmFloat.fromFloat(16.0f));
        assertEquals(0x40800000, IbmFloat.fromFloat(0.5f));
        assertEquals(0, IbmFloat.fromFloat(0.0f));
        assertEquals(0x80000000, IbmFloat.fromFloat(-0.0f));
    }

    @Test
    void encodesSpecialValuesAsIbmCan() {
        assertEquals(0x7FFFFFFF, IbmFloat.fromFloat(Float.POSITIVE_INFINITY));
        assertEquals(0xFFFFFFFF, IbmFloat.fromFloat(Float.NEGATIVE_INFINITY));
        assertEquals(0, IbmFloat.fromFloat(Float.NaN));
    }

    @Test
    void encodingRoundsToTheNearestIbmValue() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            float value = Float.intBitsToFloat(random.nextInt());
            if (!Float.isFinite(value) || value == 0) {
                continue;
            }
            int ibm = IbmFloat.fromFloat(value);
            int mantissa = ibm & 0xFFFFFF;
            String what = value + " -> " + Integer.toHexString(ibm);
            assertTrue(mantissa >= 0x100000, "normalised: " + what);
            assertEquals(value < 0, ibm < 0, what);
            double ulp = Math.scalb(1.0, 4 * ((ibm >>> 24) & 0x7F) - 280);
            double error = Math.abs(Math.abs((double) value) - mantissa * ulp);
            assertTrue(error < ulp / 2 || (error == ulp / 2 && (mantissa & 1) == 0), "nearest, ties to even: " + what);
        }
    }

    @Test
    void floatsWithShortSignificandsRoundTrip() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            // clear the 3 low significand bits, which a hexadecimal exponent may need
            int bits = random.nextInt() & ~7;
            float value = Float.intBitsToFloat(bits);
            if (Float.isFinite(value) && Math.abs(value) >= Float.MIN_NORMAL) {
                assertEquals(bits, Float.floatToRawIntBits(IbmFloat.toFloat(IbmFloat.fromFloat(value))), "" + value);
            }
        }
    }

    @Test
    void decodingEqualsExactArithmetic() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 200_000; i++) {
            int ibm = random.nextInt();
            double exact = (ibm & 0xFFFFFF) * Math.scalb(1.0, 4 * ((ibm >>> 24) & 0x7F) - 280);
            float expected = (float) (ibm < 0 ? -exact : exact);
            assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(IbmFloat.toFloat(ibm)),
                    Integer.toHexString(ibm));
        }
    }
}
