package org.seislens.processing.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seislens.segy.SegyReader;
import org.seislens.segy.Trace;
import org.seislens.segy.TraceHeaderField;

/**
 * Each operator on real surveys of the shared corpus (their own sample intervals, delays and offsets), against the
 * definitions written as independent double-precision loops ({@link Reference}).
 */
class CorpusOperatorsTest {

    /** At most this many traces of each file, for speed. */
    private static final int MAX_TRACES = 120;

    private record Survey(float[][] samples, int[] delays, int[] offsets, double dtMs) {
    }

    private static Survey read(String name) throws Exception {
        String root = System.getProperty("seislens.testdata", "../shared/testdata");
        Path file = Path.of(root, name);
        Assumptions.assumeTrue(Files.isRegularFile(file), file + " not found: shared test data absent");
        try (SegyReader reader = SegyReader.open(file)) {
            int n = (int) Math.min(MAX_TRACES, reader.layout().traceCount());
            float[][] samples = new float[n][];
            int[] delays = new int[n];
            int[] offsets = new int[n];
            for (int t = 0; t < n; t++) {
                Trace trace = reader.readTrace(t);
                samples[t] = trace.toFloats();
                delays[t] = TraceHeaderField.DELAY_RECORDING_TIME.get(trace.header());
                offsets[t] = TraceHeaderField.OFFSET.get(trace.header());
            }
            return new Survey(samples, delays, offsets, reader.layout().sampleInterval() / 1000);
        }
    }

    private static double[] doubles(float[] x) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i];
        }
        return d;
    }

    private static void check(Survey s, String json, IntFunction<double[]> reference) throws Exception {
        float[][] actual = OperatorsTest.run(json, s.samples(), s.delays(), s.offsets(), s.dtMs());
        for (int t = 0; t < actual.length; t++) {
            double[] expected = reference.apply(t);
            double max = 0;
            for (double v : expected) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, Math.abs(v));
                }
            }
            for (int i = 0; i < expected.length; i++) {
                // Some corpus files hold NaN samples: the definitions carry them through, and so must the engine.
                boolean same = Double.isNaN(expected[i]) ? Float.isNaN(actual[t][i])
                        : Math.abs(actual[t][i] - expected[i]) <= 1e-6 * max + Double.MIN_NORMAL;
                if (!same) {
                    throw new AssertionError(json + ": trace " + t + " sample " + i + ": expected " + expected[i]
                            + ", got " + actual[t][i]);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "segyio/python-tutorials/viking_small.segy", "tutorials-2014/f11_02673_45Hz.segy",
            "segyio/small.sgy" })
    void operatorsFollowTheirDefinitions(String name) throws Exception {
        Survey s = read(name);
        double dt = s.dtMs();
        IntFunction<double[]> x = t -> doubles(s.samples()[t]);
        check(s, "{\"steps\":[{\"op\":\"scale\",\"factor\":3}]}", t -> Reference.scale(x.apply(t), 3));
        check(s, "{\"steps\":[{\"op\":\"polarity\"}]}", t -> Reference.polarity(x.apply(t)));
        check(s, "{\"steps\":[{\"op\":\"dc\"}]}", t -> Reference.dc(x.apply(t)));
        check(s, "{\"steps\":[{\"op\":\"gain\",\"power\":2}]}",
                t -> Reference.gain(x.apply(t), 2, s.delays()[t], dt));
        check(s, "{\"steps\":[{\"op\":\"agc\",\"window_ms\":250}]}", t -> Reference.agc(x.apply(t), 250, dt));
        check(s, "{\"steps\":[{\"op\":\"balance\"}]}", t -> Reference.balance(x.apply(t)));
        check(s, "{\"steps\":[{\"op\":\"mute\",\"velocity_m_s\":1600,\"t0_ms\":30,\"taper_ms\":50}]}",
                t -> Reference.mute(x.apply(t), 1600, 30, 50, s.offsets()[t], s.delays()[t], dt));
        double nyquist = 500 / dt;
        double f1 = nyquist * 0.04;
        double f2 = nyquist * 0.08;
        double f3 = nyquist * 0.4;
        double f4 = nyquist * 0.6;
        int m = Reference.transformLength(s.samples()[0].length);
        Survey few = new Survey(java.util.Arrays.copyOf(s.samples(), Math.min(6, s.samples().length)), s.delays(),
                s.offsets(), dt);
        check(few, "{\"steps\":[{\"op\":\"bandpass\",\"f1\":" + f1 + ",\"f2\":" + f2 + ",\"f3\":" + f3 + ",\"f4\":" + f4
                + "}]}", t -> Reference.bandpass(x.apply(t), f1, f2, f3, f4, dt, m));
    }
}
