package org.seislens.ui.internal.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingStep;
import org.seislens.core.SampleType;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;

/**
 * The mean amplitude spectrum of generated traces: where sines are, what silence gives, odd lengths, and the
 * band-pass corners read from chains.
 */
class AmplitudeSpectrumTest {

    /** Traces of {@code a1 sin(2 pi f1 t) + a2 sin(2 pi f2 t)}, each with its own phase. */
    private static WindowData sines(int traces, int samples, double dtMs, double f1, double a1, double f2, double a2) {
        float[] values = new float[traces * samples];
        for (int t = 0; t < traces; t++) {
            double phase = 0.37 * t;
            for (int i = 0; i < samples; i++) {
                double s = i * dtMs / 1000;
                values[t * samples + i] = (float) (a1 * Math.sin(2 * Math.PI * f1 * s + phase)
                        + a2 * Math.sin(2 * Math.PI * f2 * s + 2 * phase));
            }
        }
        return new WindowData(new WindowBounds(0, traces, 0, samples), values, SampleType.FLOAT32);
    }

    @Test
    void theSpectrumPeaksAtTheSineAndRunsToNyquist() {
        AmplitudeSpectrum s = AmplitudeSpectrum.of(sines(20, 1000, 2, 30, 1, 0, 0), 2, new NullProgressMonitor());
        double df = 1000.0 / (1000 * 2);
        assertEquals(30, s.peakFrequency(), df, "peak at the sine's frequency");
        assertEquals(0, s.decibelsAt(30), 1e-9, "the peak is 0 dB");
        assertEquals(250, s.frequencies()[s.frequencies().length - 1], 1e-9, "the last frequency is Nyquist");
        assertEquals(501, s.frequencies().length);
        assertEquals(20, s.traces());
        assertTrue(s.decibelsAt(100) < -60, "far from the sine the Hann taper leaves little: " + s.decibelsAt(100));
    }

    @Test
    void aSecondWeakerSineIsAsManyDecibelsBelowAsItsAmplitudeSays() {
        AmplitudeSpectrum s = AmplitudeSpectrum.of(sines(10, 1200, 4, 20, 1, 50, 0.1), 4, new NullProgressMonitor());
        assertEquals(20, s.peakFrequency(), 1000.0 / (1200 * 4));
        // 0.1 of the amplitude is 20 dB down; bins fall between frequencies, so allow the taper's scalloping.
        assertEquals(-20, s.decibelsAt(50), 1.6, "the weaker sine");
    }

    @Test
    void anOddNumberOfSamplesIsPaddedToAnEvenLength() {
        AmplitudeSpectrum s = AmplitudeSpectrum.of(sines(3, 301, 1, 125, 1, 0, 0), 1, new NullProgressMonitor());
        assertEquals(152, s.frequencies().length, "302 samples give 152 frequencies");
        assertEquals(500, s.frequencies()[151], 1e-9);
        assertEquals(125, s.peakFrequency(), 1000.0 / 302);
    }

    @Test
    void silenceIsAtTheFloorEverywhere() {
        WindowData zeros = new WindowData(new WindowBounds(0, 4, 0, 100), new float[400], SampleType.FLOAT32);
        AmplitudeSpectrum s = AmplitudeSpectrum.of(zeros, 2, new NullProgressMonitor());
        for (double d : s.decibels()) {
            assertEquals(AmplitudeSpectrum.FLOOR_DB, d);
        }
    }

    @Test
    void aCancelledMonitorStopsTheComputation() {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> AmplitudeSpectrum.of(sines(100, 100, 2, 30, 1, 0, 0), 2, cancelled));
    }

    @Test
    void cornersAreThoseOfTheEnabledBandpassSteps() {
        ProcessingStep agc = ProcessingStep.of("agc", Map.of("window_ms", 500.0));
        ProcessingStep band = ProcessingStep.of("bandpass", Map.of("f1", 5.0, "f2", 10.0, "f3", 60.0, "f4", 80.0));
        ProcessingStep off = new ProcessingStep("bandpass", false, Map.of("f1", 1.0, "f2", 2.0, "f3", 3.0, "f4", 4.0));
        List<BandpassCorners> corners = BandpassCorners.of(new ProcessingChain(List.of(agc, off, band)));
        assertEquals(List.of(new BandpassCorners(5, 10, 60, 80)), corners);
        assertEquals(List.of(), BandpassCorners.of(null));
    }
}
