package org.seislens.store.internal.qc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.seislens.core.QcThresholds;
import org.seislens.segy.synthetic.ShotGatherModel;
import org.seislens.segy.synthetic.SurveyGeometry;

/**
 * The flag rules on a generated 60-shot line with one trace of each problem injected per shot at a random channel:
 * each kind must be found with recall at least 0.9, and at most 10 % of the flagged traces may be innocent.
 */
class GatherFlagsTest {

    private static final List<String> KINDS = List.of(GatherFlags.DEAD, GatherFlags.WEAK, GatherFlags.STRONG,
            GatherFlags.SPIKE, GatherFlags.REVERSED, GatherFlags.GEOMETRY);

    @Test
    void findsInjectedProblemsOnA60ShotLine() {
        SurveyGeometry g = new SurveyGeometry(60, 120, 1000, 2000, 25.0, 12.5, 42);
        ShotGatherModel model = new ShotGatherModel(g);
        SplittableRandom random = new SplittableRandom(7);
        GatherAnalyzer analyzer = new GatherAnalyzer(QcThresholds.DEFAULTS, g.sampleIntervalUs() / 1000.0);
        Map<String, int[]> found = new TreeMap<>();
        int flagged = 0;
        int innocent = 0;
        int n = g.channels();
        int ns = g.samples();
        for (int shot = 0; shot < g.shots(); shot++) {
            float[] s = new float[n * ns];
            double[] offsets = new double[n];
            float[] trace = new float[ns];
            for (int c = 0; c < n; c++) {
                model.trace(shot, c, trace);
                System.arraycopy(trace, 0, s, c * ns, ns);
                offsets[c] = g.offset(c);
            }
            String[] injected = new String[n];
            for (String kind : KINDS) {
                int c;
                do {
                    c = random.nextInt(n);
                } while (injected[c] != null);
                injected[c] = kind;
                inject(kind, s, c * ns, ns, offsets, c, random);
            }
            TraceAttributes a = analyzer.analyze(s, ns, offsets);
            for (int c = 0; c < n; c++) {
                List<String> reasons = a.flags[c].isEmpty() ? List.of() : List.of(a.flags[c].split(","));
                if (injected[c] != null) {
                    int[] f = found.computeIfAbsent(injected[c], k -> new int[2]);
                    f[0]++;
                    f[1] += reasons.contains(injected[c]) ? 1 : 0;
                }
                if (!reasons.isEmpty()) {
                    flagged++;
                    innocent += injected[c] == null ? 1 : 0;
                }
            }
        }
        StringBuilder figures = new StringBuilder();
        for (String kind : KINDS) {
            int[] f = found.get(kind);
            figures.append(String.format(Locale.ROOT, "%s recall %d/%d; ", kind, f[1], f[0]));
        }
        figures.append(String.format(Locale.ROOT, "%d flagged, %d innocent", flagged, innocent));
        System.out.println("QC flags on a 60-shot line: " + figures);
        for (String kind : KINDS) {
            int[] f = found.get(kind);
            assertEquals(60, f[0]);
            assertTrue(f[1] >= 0.9 * f[0], kind + ": " + figures);
        }
        assertTrue(innocent <= 0.1 * flagged, figures.toString());
    }

    @Test
    void cleanGatherHasFewFlagsAndAttributesAreConsistent() {
        SurveyGeometry g = new SurveyGeometry(1, 96, 750, 2000, 25.0, 12.5, 3);
        ShotGatherModel model = new ShotGatherModel(g);
        int ns = g.samples();
        float[] s = new float[96 * ns];
        double[] offsets = new double[96];
        float[] trace = new float[ns];
        for (int c = 0; c < 96; c++) {
            model.trace(0, c, trace);
            System.arraycopy(trace, 0, s, c * ns, ns);
            offsets[c] = g.offset(c);
        }
        TraceAttributes a = new GatherAnalyzer(QcThresholds.DEFAULTS, 2.0).analyze(s, ns, offsets);
        long flagged = Arrays.stream(a.flags).filter(f -> !f.isEmpty()).count();
        assertTrue(flagged <= 3, "flags on a clean gather: " + Arrays.toString(a.flags));
        for (int c = 0; c < 96; c++) {
            double rms = 0;
            float peak = 0;
            for (int i = 0; i < ns; i++) {
                rms += s[c * ns + i] * s[c * ns + i];
                peak = Math.max(peak, Math.abs(s[c * ns + i]));
            }
            assertEquals(Math.sqrt(rms / ns), a.values[TraceAttributes.RMS][c], 1e-6);
            assertEquals(peak, a.values[TraceAttributes.PEAK][c], 0);
            assertEquals(0, a.values[TraceAttributes.ZERO][c]);
        }
    }

    /**
     * Weak and strong as the rule reads: the median RMS of the live traces among the nearest ones in |offset| (the
     * window of positions around the trace in the stable |offset| order, shifted inside the gather); on gathers with
     * runs of dead traces, ties of |offset| and of RMS, and fewer traces than the window.
     */
    @Test
    void levelFlagsFollowThePlainRule() {
        SplittableRandom random = new SplittableRandom(17);
        QcThresholds th = QcThresholds.DEFAULTS;
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(round % 3 == 0 ? 12 : 200);
            TraceAttributes a = new TraceAttributes(n);
            double[] offsets = new double[n];
            double[] rms = a.values[TraceAttributes.RMS];
            int deadRun = 0;
            for (int t = 0; t < n; t++) {
                offsets[t] = 25 * random.nextInt(-n / 2 - 1, n / 2 + 1);
                deadRun = deadRun > 0 ? deadRun - 1 : random.nextInt(12) == 0 ? random.nextInt(1, 15) : 0;
                rms[t] = deadRun > 0 ? 0 : random.nextInt(4) == 0 ? 1 + random.nextInt(3) : Math.exp(2 * random.nextGaussian());
                a.values[TraceAttributes.FIRST_BREAK][t] = Double.NaN;
            }
            GatherFlags.apply(a, offsets, th);
            Integer[] order = new Integer[n];
            Arrays.setAll(order, t -> t);
            Arrays.sort(order, (x, y) -> Double.compare(Math.abs(offsets[x]), Math.abs(offsets[y])));
            int half = Math.max(1, th.levelNeighbours() / 2);
            for (int k = 0; k < n; k++) {
                int t = order[k];
                int from = Math.max(0, Math.min(k - half, n - 2 * half - 1));
                double[] live = Arrays.stream(order, from, Math.min(n, from + 2 * half + 1)).mapToDouble(i -> rms[i])
                        .filter(r -> r != 0).sorted().toArray();
                int m = live.length;
                double level = m == 0 ? Double.NaN : m % 2 == 1 ? live[m / 2] : 0.5 * (live[m / 2 - 1] + live[m / 2]);
                List<String> flags = List.of(a.flags[t].split(","));
                String what = "trace " + t + " of " + n + ": rms " + rms[t] + ", level " + level + ", " + a.flags[t];
                assertEquals(rms[t] != 0 && rms[t] * th.levelFactor() < level, flags.contains(GatherFlags.WEAK), what);
                assertEquals(rms[t] != 0 && rms[t] > level * th.levelFactor(), flags.contains(GatherFlags.STRONG), what);
            }
        }
    }

    @Test
    void medianBySelectionEqualsMedianBySorting() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 2000; round++) {
            int n = 1 + random.nextInt(60);
            float[] v = new float[n];
            for (int i = 0; i < n; i++) {
                v[i] = random.nextInt(12) * (random.nextBoolean() ? 1f : 0.5f);
            }
            float[] sorted = v.clone();
            Arrays.sort(sorted);
            double expected = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
            assertEquals(expected, GatherAnalyzer.median(v, n), 0, Arrays.toString(sorted));
        }
    }

    /**
     * The histogram median equals the sorted one on values of both signs, every magnitude, ties within one bucket
     * (values that differ only in low mantissa bits), whole arrays of one value, and lengths from 1 to 1500.
     */
    @Test
    void medianOfSignedValuesOfAnyMagnitudeEqualsMedianBySorting() {
        SplittableRandom random = new SplittableRandom(13);
        for (int round = 0; round < 3000; round++) {
            int n = 1 + random.nextInt(round < 2900 ? 80 : 1500);
            float[] v = new float[n];
            int kind = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                v[i] = switch (kind) {
                    case 0 -> (float) ((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-30, 30)));
                    case 1 -> 1f + random.nextInt(5) * Math.ulp(1f);
                    case 2 -> random.nextBoolean() ? 0f : -(float) random.nextDouble();
                    default -> 2.5f;
                };
            }
            float[] sorted = v.clone();
            Arrays.sort(sorted);
            double expected = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
            float[] before = v.clone();
            assertEquals(expected, GatherAnalyzer.median(v, n), 0, Arrays.toString(sorted));
            assertTrue(Arrays.equals(before, v), "the values are not reordered");
        }
    }

    /** Injects one problem into trace {@code c} (samples from {@code at}). */
    static void inject(String kind, float[] s, int at, int ns, double[] offsets, int c, SplittableRandom random) {
        switch (kind) {
            case GatherFlags.DEAD -> Arrays.fill(s, at, at + ns, 0f);
            case GatherFlags.WEAK -> scale(s, at, ns, 0.1f);
            case GatherFlags.STRONG -> scale(s, at, ns, 10f);
            case GatherFlags.REVERSED -> scale(s, at, ns, -1f);
            case GatherFlags.SPIKE -> {
                float peak = 0;
                for (int i = 0; i < ns; i++) {
                    peak = Math.max(peak, Math.abs(s[at + i]));
                }
                s[at + random.nextInt(ns)] = (random.nextBoolean() ? 1 : -1) * peak * (8 + 20 * random.nextFloat());
            }
            case GatherFlags.GEOMETRY -> {
                // |offset| off by at least 300 m: about 180 ms of first-arrival time.
                double x = Math.abs(offsets[c]);
                double wrong = x >= 372 ? random.nextDouble() * (x - 300) : x + 300 + random.nextDouble() * 300;
                offsets[c] = (offsets[c] < 0 ? -1 : 1) * wrong;
            }
            default -> throw new IllegalArgumentException(kind);
        }
    }

    private static void scale(float[] s, int at, int ns, float factor) {
        for (int i = 0; i < ns; i++) {
            s[at + i] *= factor;
        }
    }
}
