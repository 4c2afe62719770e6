package org.seislens.processing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.ProcessingChain;
import org.seislens.core.TraceHeaders;

/**
 * Each operator, run by the production engine over whole traces, against its definition written as an independent
 * double-precision loop ({@link Reference}), on generated traces with varying delays, offsets, amplitudes, a dead
 * trace and a spike.
 */
class OperatorsTest {

    private static final double DT_MS = Fixture.DT_US / 1000.0;

    @TempDir
    static java.nio.file.Path tmp;

    private static Fixture.Survey survey;

    @BeforeAll
    static void generate() throws Exception {
        survey = Fixture.survey(tmp);
    }

    /** Runs a chain on traces of the survey through {@link BoundChain}, as lazy windows and batch runs do. */
    static float[][] run(String json, float[][] traces, int[] delays, int[] offsets, double dtMs) throws Exception {
        ProcessingChain chain = new ChainJson().parse(json);
        int n = traces[0].length;
        BoundChain bound = new BoundChain(OperatorRegistry.builtIn().bind(chain, dtMs), json, n, dtMs);
        float[] in = new float[traces.length * n];
        long[] indices = new long[traces.length];
        long[][] headers = new long[2][traces.length];
        for (int t = 0; t < traces.length; t++) {
            System.arraycopy(traces[t], 0, in, t * n, n);
            indices[t] = t;
            headers[0][t] = delays[t];
            headers[1][t] = offsets[t];
        }
        float[] out = new float[in.length];
        bound.worker().run(in, 0, traces.length, 0, n, 0, n,
                new TraceHeaders(List.of(BoundChain.DELAY, BoundChain.OFFSET), indices, headers), out);
        float[][] result = new float[traces.length][n];
        for (int t = 0; t < traces.length; t++) {
            System.arraycopy(out, t * n, result[t], 0, n);
        }
        return result;
    }

    private static double[] doubles(float[] x) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i];
        }
        return d;
    }

    /**
     * Compares every trace with the reference: within a few float32 steps of the trace's largest reference value
     * (the engine rounds once, to float32, at the end).
     */
    private static void check(String json, IntFunction<double[]> reference) throws Exception {
        check(json, reference, 4e-7);
    }

    private static void check(String json, IntFunction<double[]> reference, double relative) throws Exception {
        float[][] actual = run(json, survey.samples(), survey.delays(), survey.offsets(), DT_MS);
        for (int t = 0; t < actual.length; t++) {
            double[] expected = reference.apply(t);
            double max = 0;
            for (double v : expected) {
                max = Math.max(max, Math.abs(v));
            }
            double tolerance = relative * max + Double.MIN_NORMAL;
            for (int i = 0; i < expected.length; i++) {
                if (!(Math.abs(actual[t][i] - expected[i]) <= tolerance)) {
                    throw new AssertionError(json + ": trace " + t + " sample " + i + ": expected " + expected[i]
                            + ", got " + actual[t][i] + " (tolerance " + tolerance + ")");
                }
            }
        }
    }

    private static double[] trace(int t) {
        return doubles(survey.samples()[t]);
    }

    @Test
    void scale() throws Exception {
        check("{\"steps\":[{\"op\":\"scale\",\"factor\":-2.5}]}", t -> Reference.scale(trace(t), -2.5));
    }

    @Test
    void polarity() throws Exception {
        check("{\"steps\":[{\"op\":\"polarity\"}]}", t -> Reference.polarity(trace(t)));
    }

    @Test
    void dc() throws Exception {
        check("{\"steps\":[{\"op\":\"dc\"}]}", t -> Reference.dc(trace(t)));
    }

    @Test
    void gain() throws Exception {
        check("{\"steps\":[{\"op\":\"gain\",\"power\":2}]}",
                t -> Reference.gain(trace(t), 2, survey.delays()[t], DT_MS));
        check("{\"steps\":[{\"op\":\"gain\",\"power\":0.5}]}",
                t -> Reference.gain(trace(t), 0.5, survey.delays()[t], DT_MS));
    }

    @Test
    void agc() throws Exception {
        check("{\"steps\":[{\"op\":\"agc\",\"window_ms\":500}]}", t -> Reference.agc(trace(t), 500, DT_MS), 1e-6);
        check("{\"steps\":[{\"op\":\"agc\",\"window_ms\":37}]}", t -> Reference.agc(trace(t), 37, DT_MS), 1e-6);
        check("{\"steps\":[{\"op\":\"agc\",\"window_ms\":0}]}", t -> Reference.agc(trace(t), 0, DT_MS), 1e-6);
        // Longer than the trace: every sample sees the whole trace.
        check("{\"steps\":[{\"op\":\"agc\",\"window_ms\":9000}]}", t -> Reference.agc(trace(t), 9000, DT_MS), 1e-6);
    }

    @Test
    void agcOfADeadTraceIsZero() throws Exception {
        float[][] out = run("{\"steps\":[{\"op\":\"agc\",\"window_ms\":100}]}", survey.samples(), survey.delays(),
                survey.offsets(), DT_MS);
        for (float v : out[77]) {
            assertEquals(0f, v);
        }
    }

    @Test
    void balance() throws Exception {
        check("{\"steps\":[{\"op\":\"balance\"}]}", t -> Reference.balance(trace(t)));
    }

    @Test
    void mute() throws Exception {
        check("{\"steps\":[{\"op\":\"mute\",\"velocity_m_s\":1500,\"t0_ms\":40,\"taper_ms\":60}]}",
                t -> Reference.mute(trace(t), 1500, 40, 60, survey.offsets()[t], survey.delays()[t], DT_MS));
        check("{\"steps\":[{\"op\":\"mute\",\"velocity_m_s\":2000,\"t0_ms\":0,\"taper_ms\":0}]}",
                t -> Reference.mute(trace(t), 2000, 0, 0, survey.offsets()[t], survey.delays()[t], DT_MS));
    }

    @Test
    void bandpass() throws Exception {
        int m = Reference.transformLength(Fixture.SAMPLES);
        assertEquals(m, BandpassOperator.transformLength(Fixture.SAMPLES));
        float[][] some = new float[8][];
        int[] picks = { 0, 1, 77, 130, 131, 200, 255, 299 };
        for (int i = 0; i < picks.length; i++) {
            some[i] = survey.samples()[picks[i]];
        }
        checkBandpass(some, m);
    }

    /** Traces of 1500 samples are padded to a power of two (2048), another transform of the library. */
    @Test
    void bandpassOfTracesPaddedToAPowerOfTwo() throws Exception {
        int n = 1500;
        int m = Reference.transformLength(n);
        assertEquals(m, BandpassOperator.transformLength(n));
        java.util.Random random = new java.util.Random(12);
        float[][] traces = new float[4][n];
        for (float[] t : traces) {
            for (int i = 0; i < n; i++) {
                t[i] = (float) (random.nextGaussian() + 3 * Math.sin(i * 0.07) + (i == 700 ? 50 : 0));
            }
        }
        checkBandpass(traces, m);
    }

    private static void checkBandpass(float[][] traces, int m) throws Exception {
        float[][] actual = run("{\"steps\":[{\"op\":\"bandpass\",\"f1\":5,\"f2\":10,\"f3\":60,\"f4\":80}]}",
                traces, new int[traces.length], new int[traces.length], DT_MS);
        for (int i = 0; i < traces.length; i++) {
            double[] expected = Reference.bandpass(doubles(traces[i]), 5, 10, 60, 80, DT_MS, m);
            double max = 0;
            for (double v : expected) {
                max = Math.max(max, Math.abs(v));
            }
            for (int s = 0; s < expected.length; s++) {
                assertTrue(Math.abs(actual[i][s] - expected[s]) <= 1e-6 * max + Double.MIN_NORMAL,
                        "trace " + i + " sample " + s + ": expected " + expected[s] + ", got " + actual[i][s]);
            }
        }
    }

    @Test
    void disabledStepsAreSkipped() throws Exception {
        check("{\"steps\":[{\"op\":\"polarity\",\"enabled\":false},{\"op\":\"scale\",\"factor\":3}]}",
                t -> Reference.scale(trace(t), 3));
    }

    @Test
    void chainsApplyStepsInOrder() throws Exception {
        check("{\"steps\":[{\"op\":\"dc\"},{\"op\":\"gain\",\"power\":1},{\"op\":\"agc\",\"window_ms\":200}]}",
                t -> Reference.agc(Reference.gain(Reference.dc(trace(t)), 1, survey.delays()[t], DT_MS), 200, DT_MS),
                1e-6);
    }
}
