package org.seislens.segy;

/**
 * Conversions between IBM System/360 single precision hexadecimal floats (SEG-Y format 1) and IEEE
 * 754 {@code float}.
 * <p>
 * IBM to IEEE is exact rounding: the IBM value (24-bit mantissa times a power of 16) is formed exactly
 * in a {@code double} and rounded once to {@code float}, to nearest with ties to even. Values beyond
 * the {@code float} range become infinities, values below it round to subnormals or zero, and
 * unnormalised mantissas are honoured. This matches segyio's exact conversion and a NumPy float64
 * evaluation cast to float32, bit for bit.
 */
public final class IbmFloat {

    private IbmFloat() {
    }

    /**
     * Converts one IBM float to the nearest IEEE {@code float}.
     *
     * @param ibm the 32 bits of the IBM float
     * @return the value rounded to nearest, ties to even; signed zeros keep their sign
     */
    public static float toFloat(int ibm) {
        // 16^(e-64) * 2^-24 = 2^(4e - 280): build the power of two straight into the double's exponent
        // field (biased 4e + 743, always a normal double), so mantissa * scale is exact.
        double scale = Double.longBitsToDouble((long) (((ibm >>> 22) & 0x1FC) + 743) << 52);
        float magnitude = (float) ((ibm & 0x00FFFFFF) * scale);
        // magnitude is never negative, so OR-ing the sign bit negates it exactly (zero becomes -0.0).
        return Float.intBitsToFloat(Float.floatToRawIntBits(magnitude) | (ibm & 0x80000000));
    }

    /**
     * Converts an IEEE {@code float} to the nearest normalised IBM float. Every finite {@code float}
     * lies in the IBM range; at most the 3 low mantissa bits are rounded away, to nearest with ties to
     * even. Infinities become the largest IBM magnitude with their sign and NaN becomes 0, as IBM
     * floats have neither.
     *
     * @param value the value to convert
     * @return the 32 bits of the IBM float
     */
    public static int fromFloat(float value) {
        int bits = Float.floatToRawIntBits(value);
        int sign = bits & 0x80000000;
        int biased = (bits >>> 23) & 0xFF;
        int fraction = bits & 0x7FFFFF;
        if (biased == 0xFF) {
            return fraction != 0 ? 0 : sign | 0x7FFFFFFF;
        }
        if (biased == 0 && fraction == 0) {
            return sign;
        }
        // value = mantissa * 2^exponent2
        int mantissa = biased == 0 ? fraction : fraction | 0x800000;
        int exponent2 = biased == 0 ? -149 : biased - 150;
        int topBit = exponent2 + 31 - Integer.numberOfLeadingZeros(mantissa);
        // value lies in [16^(hex-1), 16^hex); the IBM mantissa is value * 2^(24 - 4 hex), in [2^20, 2^24)
        int hex = Math.floorDiv(topBit, 4) + 1;
        int shift = exponent2 - 4 * hex + 24;
        int ibmMantissa;
        if (shift >= 0) {
            ibmMantissa = mantissa << shift;
        } else {
            int drop = -shift; // 1..3 for normal floats
            int kept = mantissa >>> drop;
            int rest = mantissa & ((1 << drop) - 1);
            int half = 1 << (drop - 1);
            if (rest > half || (rest == half && (kept & 1) != 0)) {
                kept++;
            }
            ibmMantissa = kept;
        }
        if (ibmMantissa == 0x1000000) { // rounding carried into a new hex digit
            ibmMantissa = 0x100000;
            hex++;
        }
        return sign | ((hex + 64) << 24) | ibmMantissa;
    }
}
