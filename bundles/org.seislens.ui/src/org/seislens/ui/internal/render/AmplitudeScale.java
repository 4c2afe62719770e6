package org.seislens.ui.internal.render;

import java.util.Arrays;

import org.seislens.core.WindowData;

/**
 * Maps the samples of one window to display units, one factor per trace: a sample {@code v} of trace
 * {@code t} is drawn as {@code v * factor(t)}, where -1 and +1 are the ends of the colour map (or one trace
 * spacing of wiggle excursion). The factor folds in normalisation, clip, gain and polarity.
 */
public final class AmplitudeScale {

    /** At most this many samples are sorted to find a percentile clip. */
    static final int PERCENTILE_SAMPLES = 1 << 17;

    private final float[] factors;
    private final double clip;

    private AmplitudeScale(float[] factors, double clip) {
        this.factors = factors;
        this.clip = clip;
    }

    /**
     * Computes the factors of a window.
     *
     * @param window the loaded samples
     * @param settings normalisation, clip, gain and polarity
     * @return the scale
     */
    public static AmplitudeScale of(WindowData window, DisplaySettings settings) {
        int traces = (int) window.bounds().traceCount();
        int samples = window.bounds().sampleCount();
        float[] data = window.samples();
        double[] norm = new double[traces];
        Arrays.fill(norm, 1.0);
        if (settings.normalisation() == Normalisation.TRACE) {
            for (int t = 0; t < traces; t++) {
                double rms = rms(data, t * samples, samples);
                norm[t] = rms > 0 ? 1.0 / rms : 1.0;
            }
        } else if (settings.normalisation() == Normalisation.WINDOW) {
            double rms = rms(data, 0, data.length);
            Arrays.fill(norm, rms > 0 ? 1.0 / rms : 1.0);
        }
        double clip = settings.clipMode() == ClipMode.ABSOLUTE ? settings.clip()
                : percentile(data, traces, samples, norm, settings.clip());
        if (!(clip > 0) || Double.isInfinite(clip)) {
            clip = 1;
        }
        double common = settings.gain() * (settings.reversePolarity() ? -1 : 1) / clip;
        float[] factors = new float[traces];
        for (int t = 0; t < traces; t++) {
            factors[t] = (float) (norm[t] * common);
        }
        return new AmplitudeScale(factors, clip);
    }

    private static double rms(float[] data, int from, int count) {
        double sum = 0;
        int finite = 0;
        for (int i = from; i < from + count; i++) {
            float v = data[i];
            if (Float.isFinite(v)) {
                sum += (double) v * v;
                finite++;
            }
        }
        return finite == 0 ? 0 : Math.sqrt(sum / finite);
    }

    /** The percentile of absolute normalised amplitudes over an evenly strided sample of the window. */
    private static double percentile(float[] data, int traces, int samples, double[] norm, double percent) {
        if (data.length == 0) {
            return 1;
        }
        int stride = Math.max(1, (int) Math.ceil(data.length / (double) PERCENTILE_SAMPLES));
        float[] picked = new float[(data.length + stride - 1) / stride];
        int n = 0;
        for (int i = 0; i < data.length; i += stride) {
            float v = data[i];
            if (Float.isFinite(v)) {
                picked[n++] = (float) Math.abs(v * norm[i / samples]);
            }
        }
        if (n == 0) {
            return 1;
        }
        int rank = (int) Math.min(n - 1, Math.max(0, Math.ceil(percent / 100.0 * n) - 1));
        return select(picked, n, rank);
    }

    /**
     * Finds the value of a rank in linear time (Hoare's selection with a median-of-three pivot), reordering
     * the array: a full sort of the picked samples cost a few milliseconds of every frame. The JDK has no
     * selection routine.
     *
     * @return the value that would be at {@code values[rank]} if {@code values[0 .. n)} were sorted
     */
    static float select(float[] values, int n, int rank) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            float a = values[lo];
            float b = values[mid];
            float c = values[hi];
            float pivot = a < b ? (b < c ? b : Math.max(a, c)) : (a < c ? a : Math.max(b, c));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    float t = values[i];
                    values[i] = values[j];
                    values[j] = t;
                    i++;
                    j--;
                }
            }
            if (rank <= j) {
                hi = j;
            } else if (rank >= i) {
                lo = i;
            } else {
                return values[rank];
            }
        }
        return values[rank];
    }

    /**
     * @param trace a trace of the window, from 0
     * @return the factor from sample values to display units
     */
    public float factor(int trace) {
        return factors[trace];
    }

    /** @return the number of traces */
    public int traceCount() {
        return factors.length;
    }

    /** @return the normalised amplitude that saturates the display (before gain) */
    public double clip() {
        return clip;
    }
}
