package org.seislens.ui.internal.spectrum;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.jtransforms.fft.DoubleFFT_1D;
import org.seislens.core.WindowData;

/**
 * The mean amplitude spectrum of the traces of a window, in decibels relative to its own peak, from 0 Hz to
 * the Nyquist frequency. Each trace is tapered with a Hann window (so that the ends of the time range do not
 * smear energy over every frequency), padded with a zero to an even length when needed, transformed, and its
 * amplitudes added; the mean amplitude is then expressed as {@code 20 log10(a / peak)}. Raw and processed
 * spectra are each relative to their own peak, so their shapes compare even when a gain changed the level.
 *
 * @param frequencies the frequency of each value, in Hz, 0 up to the Nyquist frequency
 * @param decibels the mean amplitude at each frequency, in dB below the peak (at most 0, at least
 *            {@link #FLOOR_DB})
 * @param traces the number of traces averaged
 */
public record AmplitudeSpectrum(double[] frequencies, double[] decibels, int traces) {

    /** Decibels given to frequencies without amplitude (and to every frequency of silent traces). */
    public static final double FLOOR_DB = -120;

    /**
     * Checks that there is one value per frequency.
     */
    public AmplitudeSpectrum {
        if (frequencies.length != decibels.length) {
            throw new IllegalArgumentException("A spectrum needs one value per frequency, got " //$NON-NLS-1$
                    + frequencies.length + " frequencies and " + decibels.length + " values"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * Computes the mean amplitude spectrum of every trace of a window over the window's samples.
     *
     * @param window the samples
     * @param sampleIntervalMs the sample interval in milliseconds
     * @param monitor cancellation, checked between traces
     * @return the spectrum; without frequencies when the window has fewer than two samples per trace
     * @throws OperationCanceledException if the monitor was cancelled
     */
    public static AmplitudeSpectrum of(WindowData window, double sampleIntervalMs, IProgressMonitor monitor) {
        if (!(sampleIntervalMs > 0)) {
            throw new IllegalArgumentException("Invalid sample interval " + sampleIntervalMs + " ms"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        int n = window.bounds().sampleCount();
        int traces = (int) window.bounds().traceCount();
        if (n < 2 || traces == 0) {
            return new AmplitudeSpectrum(new double[0], new double[0], traces);
        }
        int m = n + (n & 1);
        int bins = m / 2 + 1;
        double[] taper = hann(n);
        double[] sum = new double[bins];
        double[] buffer = new double[m];
        DoubleFFT_1D fft = new DoubleFFT_1D(m);
        float[] samples = window.samples();
        for (int t = 0; t < traces; t++) {
            if ((t & 63) == 0 && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            int offset = t * n;
            for (int i = 0; i < n; i++) {
                buffer[i] = samples[offset + i] * taper[i];
            }
            if (m > n) {
                buffer[n] = 0;
            }
            fft.realForward(buffer);
            // realForward packs an even length as Re[0], Re[m/2], then Re[k], Im[k] for 0 < k < m/2.
            sum[0] += Math.abs(buffer[0]);
            sum[bins - 1] += Math.abs(buffer[1]);
            for (int k = 1; k < bins - 1; k++) {
                sum[k] += Math.hypot(buffer[2 * k], buffer[2 * k + 1]);
            }
        }
        double peak = 0;
        for (double s : sum) {
            peak = Math.max(peak, s);
        }
        double[] frequencies = new double[bins];
        double[] decibels = new double[bins];
        double df = 1000.0 / (m * sampleIntervalMs);
        for (int k = 0; k < bins; k++) {
            frequencies[k] = k * df;
            decibels[k] = peak > 0 && sum[k] > 0 ? Math.max(FLOOR_DB, 20 * Math.log10(sum[k] / peak)) : FLOOR_DB;
        }
        return new AmplitudeSpectrum(frequencies, decibels, traces);
    }

    private static double[] hann(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
        }
        return w;
    }

    /** @return the frequency of the highest value in Hz, or {@code NaN} without frequencies */
    public double peakFrequency() {
        double best = Double.NaN;
        double bestDb = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < decibels.length; k++) {
            if (decibels[k] > bestDb) {
                bestDb = decibels[k];
                best = frequencies[k];
            }
        }
        return best;
    }

    /**
     * @param hz a frequency
     * @return the value of the frequency nearest to it, in dB, or {@link #FLOOR_DB} without frequencies
     */
    public double decibelsAt(double hz) {
        if (frequencies.length == 0) {
            return FLOOR_DB;
        }
        double df = frequencies.length > 1 ? frequencies[1] : 1;
        int k = (int) Math.max(0, Math.min(frequencies.length - 1, Math.round(hz / df)));
        return decibels[k];
    }
}
