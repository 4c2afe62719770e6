package org.seislens.export.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.seislens.core.DatasetException;
import org.seislens.segy.SampleFormat;

/**
 * What happens to sample values before they are encoded: multiplied by a scale, then, for an integer format,
 * checked to be integers the format holds, so nothing is silently rounded or clipped.
 */
final class SampleCheck {

    private final Path target;
    private final SampleFormat format;
    private final float scale;
    private final int samplesPerTrace;
    private final double low;
    private final double high;

    /**
     * @param target the file written, named in a refusal
     * @param format the format written
     * @param scale the factor applied to every sample
     * @param samplesPerTrace the samples of each trace, to name a trace in a refusal
     */
    SampleCheck(Path target, SampleFormat format, double scale, int samplesPerTrace) {
        this.samplesPerTrace = samplesPerTrace;
        this.target = target;
        this.format = format;
        this.scale = (float) scale;
        this.high = limit(format);
        this.low = switch (format) {
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            default -> Double.NEGATIVE_INFINITY;
        };
    }

    /**
     * @param format a format
     * @return the largest magnitude the format holds, infinity for floating-point formats
     */
    static double limit(SampleFormat format) {
        return switch (format) {
            case INT8 -> Byte.MAX_VALUE;
            case INT16 -> Short.MAX_VALUE;
            // the largest float below 2^31
            case INT32 -> 2147483520.0;
            default -> Double.POSITIVE_INFINITY;
        };
    }

    /** @return whether {@link #apply} returns every block unchanged (no scale, a floating-point format) */
    boolean isIdentity() {
        return scale == 1f && format.isFloatingPoint();
    }

    /**
     * Scales the samples and checks they fit.
     *
     * @param samples a block's samples, not changed (they may be a cached window)
     * @param first the block's first position in the selection
     * @param selection the selection, to name a trace in a refusal
     * @return the samples to encode: {@code samples} itself, or a scaled copy
     * @throws DatasetException naming the target when a value is not an integer the format holds
     */
    float[] apply(float[] input, long first, TraceSelection selection) throws DatasetException {
        float[] samples = input;
        if (scale != 1f) {
            samples = new float[input.length];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = input[i] * scale;
            }
        }
        if (format.isFloatingPoint()) {
            return samples;
        }
        for (int i = 0; i < samples.length; i++) {
            float v = samples[i];
            if (!(v >= low && v <= high) || v != Math.rint(v)) {
                if (scale != 1f && v >= low * (1 + 1e-6) && v <= high * (1 + 1e-6)) {
                    // scaled to the format's range: rounded, and the largest values kept inside it
                    samples[i] = (float) Math.max(low, Math.min(high, Math.rint(v)));
                    continue;
                }
                throw new DatasetException(target, String.format(Locale.ROOT,
                        "sample value %s of trace %d does not fit format %d (integers %.0f to %.0f); use --scale auto", //$NON-NLS-1$
                        Float.toString(v), Long.valueOf(selection.index(first + i / samplesPerTrace)),
                        Integer.valueOf(format.code()), Double.valueOf(low), Double.valueOf(high)));
            }
        }
        return samples;
    }
}
