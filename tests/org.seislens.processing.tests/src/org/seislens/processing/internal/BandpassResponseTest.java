package org.seislens.processing.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The band-pass 5-10-60-80 Hz on long synthetic sines (2 ms, 4001 samples): amplitudes in the pass band within 2 %
 * and without time shift (the output matches the input sample by sample), the stop bands (below f1 / 2, above
 * f4 + (f4 - f3)) attenuated by at least 40 dB. Checked away from the trace ends, where a sine that starts and
 * stops abruptly has frequencies of every band.
 */
class BandpassResponseTest {

    private static final double DT_MS = 2;
    private static final int N = 4001;
    private static final String CHAIN = "{\"steps\":[{\"op\":\"bandpass\",\"f1\":5,\"f2\":10,\"f3\":60,\"f4\":80}]}";

    private static float[] filtered(double hz, double phase) throws Exception {
        float[] x = new float[N];
        for (int i = 0; i < N; i++) {
            x[i] = (float) Math.sin(2 * Math.PI * hz * i * DT_MS / 1000 + phase);
        }
        return OperatorsTest.run(CHAIN, new float[][] { x }, new int[1], new int[1], DT_MS)[0];
    }

    @ParameterizedTest
    @ValueSource(doubles = { 10, 12.3, 20, 31.7, 45, 59.1, 60 })
    void passBandKeepsAmplitudeAndPhase(double hz) throws Exception {
        for (double phase : new double[] { 0, 1.1 }) {
            float[] y = filtered(hz, phase);
            double worst = 0;
            for (int i = N / 4; i < 3 * N / 4; i++) {
                double expected = Math.sin(2 * Math.PI * hz * i * DT_MS / 1000 + phase);
                worst = Math.max(worst, Math.abs(y[i] - expected));
            }
            assertTrue(worst <= 0.02, hz + " Hz: output differs from the input sine by up to " + worst);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = { 0.5, 1.3, 2.4, 100.5, 120, 180, 245 })
    void stopBandsAreAttenuatedBy40Db(double hz) throws Exception {
        float[] y = filtered(hz, 0.3);
        double peak = 0;
        for (int i = N / 4; i < 3 * N / 4; i++) {
            peak = Math.max(peak, Math.abs(y[i]));
        }
        assertTrue(peak <= 0.01, hz + " Hz: amplitude " + peak + " is " + 20 * Math.log10(peak) + " dB, not below -40 dB");
    }
}
