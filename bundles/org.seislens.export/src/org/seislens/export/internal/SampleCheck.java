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
    private final double limit;

    /**
     * @param target the file written, named in a refusal
     * @param format the format written
     * @param scale the factor applied to every sample
     */
    SampleCheck(Path target, SampleFormat format, double scale) {
        this.target = target;
        this.format = format;
        this.scale = (float) scale;
        this.limit = limit(format);
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

    /**
     * Scales the samples and checks they fit.
     *
     * @param samples a block's samples, changed in place
     * @param first the block's first position in the selection
     * @param selection the selection, to name a trace in a refusal
     * @throws DatasetException naming the target when a value is not an integer the format holds
     */
    void apply(float[] samples, long first, TraceSelection selection) throws DatasetException {
        if (scale != 1f) {
            for (int i = 0; i < samples.length; i++) {
                samples[i] *= scale;
            }
        }
        if (format.isFloatingPoint()) {
            return;
        }
        for (int i = 0; i < samples.length; i++) {
            float v = samples[i];
            if (!(Math.abs(v) <= limit) || v != Math.rint(v)) {
                if (scale != 1f && Math.abs(v) <= limit) {
                    samples[i] = (float) Math.rint(v);
                    continue;
                }
                throw new DatasetException(target, String.format(Locale.ROOT,
                        "sample value %s does not fit format %d (integers up to %.0f); use --scale auto", //$NON-NLS-1$
                        Float.toString(v), Integer.valueOf(format.code()), Double.valueOf(limit)));
            }
        }
    }
}
