package org.seislens.segy.synthetic;

import java.util.SplittableRandom;

/**
 * Synthesises the samples of one trace of a shot gather: a direct wave, hyperbolic reflections from flat
 * layers (Ricker wavelets), dispersive ground roll near the source, and random noise. Deterministic for a
 * given geometry and trace.
 */
public final class ShotGatherModel {

    /** Two-way times (s) of the reflectors at zero offset. */
    private static final double[] T0 = { 0.35, 0.62, 0.95, 1.30, 1.62, 2.05, 2.60, 3.20 };
    /** Stacking velocities (m/s) of the reflectors. */
    private static final double[] VRMS = { 1750, 1900, 2100, 2300, 2500, 2750, 3000, 3300 };
    /** Reflection coefficients, signs alternating as layers harden and soften. */
    private static final double[] AMPLITUDE = { 0.9, -0.6, 0.75, 0.5, -0.55, 0.45, 0.4, -0.35 };
    private static final double DIRECT_VELOCITY = 1650;
    private static final double GROUND_ROLL_VELOCITY = 420;
    private static final double WAVELET_HZ = 28;

    private final SurveyGeometry geometry;
    private final double dt;
    private final float[] wavelet;
    private final int waveletHalf;

    /**
     * @param geometry the survey
     */
    public ShotGatherModel(SurveyGeometry geometry) {
        this.geometry = geometry;
        this.dt = geometry.sampleIntervalUs() / 1e6;
        this.waveletHalf = (int) Math.ceil(1.5 / (WAVELET_HZ * dt));
        this.wavelet = new float[2 * waveletHalf + 1];
        for (int i = -waveletHalf; i <= waveletHalf; i++) {
            double a = Math.PI * WAVELET_HZ * i * dt;
            wavelet[i + waveletHalf] = (float) ((1 - 2 * a * a) * Math.exp(-a * a));
        }
    }

    /**
     * Fills {@code samples} with one trace.
     *
     * @param shot shot number from 0
     * @param channel channel number from 0
     * @param samples destination of {@link SurveyGeometry#samples()} values
     */
    public void trace(int shot, int channel, float[] samples) {
        int n = geometry.samples();
        SplittableRandom random = new SplittableRandom(geometry.seed() * 1_000_003L + (long) shot * 65_537L + channel);
        for (int i = 0; i < n; i++) {
            samples[i] = (float) (random.nextGaussian() * 0.02);
        }
        double x = Math.abs(geometry.offset(channel));
        double spherical = 1.0 / (1.0 + x / 800.0);
        // Lateral change so that gathers differ along the line.
        double dip = 1.0 + 0.05 * Math.sin(shot * 0.05);
        addEvent(samples, x / DIRECT_VELOCITY, 1.2 * spherical);
        for (int r = 0; r < T0.length; r++) {
            double t0 = T0[r] * dip;
            double t = Math.sqrt(t0 * t0 + (x / VRMS[r]) * (x / VRMS[r]));
            double attenuation = Math.exp(-0.6 * t);
            addEvent(samples, t, AMPLITUDE[r] * attenuation * spherical);
        }
        addGroundRoll(samples, x);
    }

    private void addEvent(float[] samples, double time, double amplitude) {
        int centre = (int) Math.round(time / dt);
        int from = Math.max(0, centre - waveletHalf);
        int to = Math.min(samples.length - 1, centre + waveletHalf);
        for (int i = from; i <= to; i++) {
            samples[i] += (float) (amplitude * wavelet[i - centre + waveletHalf]);
        }
    }

    private void addGroundRoll(float[] samples, double x) {
        double arrival = x / GROUND_ROLL_VELOCITY;
        double duration = 0.25 + x / 1500.0;
        int from = (int) Math.floor(arrival / dt);
        int to = Math.min(samples.length - 1, (int) Math.ceil((arrival + duration) / dt));
        double amplitude = 2.5 / (1.0 + x / 150.0);
        for (int i = Math.max(0, from); i <= to; i++) {
            double tau = i * dt - arrival;
            double envelope = Math.sin(Math.PI * tau / duration);
            // Dispersion: frequency falls from 14 Hz to 6 Hz across the wave train.
            double phase = 2 * Math.PI * (14 * tau - 4 * tau * tau / duration);
            samples[i] += (float) (amplitude * envelope * Math.sin(phase));
        }
    }
}
