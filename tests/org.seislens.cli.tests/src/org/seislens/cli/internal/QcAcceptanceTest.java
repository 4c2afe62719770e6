package org.seislens.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.QcAttributes;
import org.seislens.core.QcService;
import org.seislens.segy.BinaryHeader;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyReader;
import org.seislens.segy.SegyWriter;
import org.seislens.segy.TextEncoding;
import org.seislens.segy.TextualHeader;
import org.seislens.segy.Trace;
import org.seislens.segy.TraceHeaderField;
import org.seislens.segy.WriterSettings;
import org.seislens.segy.synthetic.ShotGatherModel;
import org.seislens.segy.synthetic.SurveyGeometry;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 15's acceptance run, through the commands a user types: a generated 60-shot line (120 channels, IEEE
 * big-endian) with one trace of each problem injected per shot at a random channel is imported; {@code qc} must
 * find each kind with recall at least 0.9 with at most 10 % of the flagged traces innocent; then
 * {@code edits --from-flags dead,spike,reversed} and {@code export} must write the dead and spiky traces as
 * killed (zeros, trace identification code 2) and the reversed ones the right way up, every other trace as it
 * was. The figures are printed for the note.
 */
class QcAcceptanceTest {

    private static final List<String> KINDS = List.of("dead", "weak", "strong", "spike", "reversed", "geometry");
    private static final SurveyGeometry LINE = new SurveyGeometry(60, 120, 1000, 2000, 25.0, 12.5, 42);

    private static Cli cli;

    @TempDir
    Path dir;

    @BeforeAll
    static void findServices() {
        cli = new Cli();
    }

    @AfterAll
    static void releaseServices() {
        cli.close();
    }

    @Test
    void qcFindsEachProblemAndEditsFromFlagsCarryIntoTheExport() throws Exception {
        Path segy = dir.resolve("line.sgy");
        String[] injected = writeLine(segy, new SplittableRandom(7));
        Path dataset = dir.resolve("line.seislens");
        assertEquals(0, cli.run("import", segy.toString(), dataset.toString()), cli.err());
        assertEquals(0, cli.run("qc", dataset.toString(), "--json"), cli.err());
        JsonNode summary = Json.mapper().readTree(cli.out());
        assertEquals(LINE.traces(), summary.get("traces").asLong());

        QcAttributes a = cli.service(QcService.class).readAttributes(dataset);
        int traces = (int) LINE.traces();
        assertEquals(traces, a.traceIndices().length);
        Map<String, int[]> found = new TreeMap<>();
        int flagged = 0;
        int innocent = 0;
        for (int t = 0; t < traces; t++) {
            assertEquals(t, a.traceIndices()[t]);
            List<String> reasons = a.reasons(t);
            if (injected[t] != null) {
                int[] f = found.computeIfAbsent(injected[t], k -> new int[2]);
                f[0]++;
                f[1] += reasons.contains(injected[t]) ? 1 : 0;
            }
            if (!reasons.isEmpty()) {
                flagged++;
                innocent += injected[t] == null ? 1 : 0;
            }
        }
        StringBuilder figures = new StringBuilder();
        for (String kind : KINDS) {
            int[] f = found.get(kind);
            figures.append(String.format(Locale.ROOT, "%s recall %d/%d; ", kind, f[1], f[0]));
        }
        figures.append(String.format(Locale.ROOT, "%d flagged, %d innocent (%.1f %%), qc %.2f s", flagged, innocent,
                100.0 * innocent / flagged, summary.get("seconds").asDouble()));

        assertEquals(0, cli.run("edits", dataset.toString(), "--from-flags", "dead,spike,reversed"), cli.err());
        Path exported = dir.resolve("edited.sgy");
        assertEquals(0, cli.run("export", dataset.toString(), exported.toString()), cli.err());
        int[] killed = new int[2];
        int righted = 0;
        ShotGatherModel model = new ShotGatherModel(LINE);
        float[] clean = new float[LINE.samples()];
        try (SegyReader source = SegyReader.open(segy); SegyReader out = SegyReader.open(exported)) {
            assertEquals(traces, out.layout().traceCount());
            for (int t = 0; t < traces; t++) {
                Trace before = source.readTrace(t);
                Trace after = out.readTrace(t);
                List<String> reasons = a.reasons(t);
                float[] was = before.toFloats();
                float[] now = after.toFloats();
                int code = TraceHeaderField.TRACE_ID_CODE.get(after.header());
                if (reasons.contains("dead") || reasons.contains("spike")) {
                    assertEquals(2, code, "trace identification code of killed trace " + t);
                    assertTrue(Arrays.equals(new float[now.length], now), "killed trace " + t + " is zeros");
                    if ("dead".equals(injected[t]) || "spike".equals(injected[t])) {
                        killed["dead".equals(injected[t]) ? 0 : 1]++;
                    }
                } else if (reasons.contains("reversed")) {
                    assertEquals(1, code, "trace " + t);
                    for (int i = 0; i < was.length; i++) {
                        assertEquals(-was[i], now[i], "reversed trace " + t + " sample " + i);
                    }
                    if ("reversed".equals(injected[t])) {
                        model.trace(t / LINE.channels(), t % LINE.channels(), clean);
                        assertTrue(Arrays.equals(clean, now), "trace " + t + " is the right way up again");
                        righted++;
                    }
                } else {
                    assertEquals(1, code, "trace " + t);
                    assertTrue(Arrays.equals(was, now), "untouched trace " + t);
                }
            }
        }
        figures.append(String.format(Locale.ROOT,
                "; exported killed: dead %d/60, spike %d/60; reversed the right way up %d/60", killed[0], killed[1],
                righted));
        System.out.println("QC acceptance on a 60-shot line: " + figures);
        for (String kind : KINDS) {
            int[] f = found.get(kind);
            assertEquals(60, f[0], kind);
            assertTrue(f[1] >= 0.9 * f[0], kind + ": " + figures);
        }
        assertTrue(innocent <= 0.1 * flagged, figures.toString());
        assertEquals(found.get("dead")[1], killed[0], figures.toString());
        assertEquals(found.get("spike")[1], killed[1], figures.toString());
        assertTrue(righted >= 0.9 * 60, figures.toString());
    }

    /**
     * Writes the line with one dead, weak, strong, spiky, reversed and wrongly placed trace per shot.
     *
     * @return the injected kind of each trace, or null
     */
    private static String[] writeLine(Path file, SplittableRandom random) throws Exception {
        ShotGatherModel model = new ShotGatherModel(LINE);
        int n = LINE.channels();
        int ns = LINE.samples();
        String[] injected = new String[(int) LINE.traces()];
        ByteOrder order = ByteOrder.BIG_ENDIAN;
        WriterSettings settings = WriterSettings.segy(SampleFormat.IEEE_FLOAT32, order, ns);
        ByteBuffer header = ByteBuffer.allocate(TraceHeaderField.HEADER_BYTES).order(order);
        float[] samples = new float[ns];
        try (SegyWriter writer = SegyWriter.createAtomic(file, settings)) {
            writer.writeTextualHeader(TextualHeader.encode(String.format(Locale.ROOT, "%-3200s",
                    "C 1 QC ACCEPTANCE LINE: 60 SHOTS, ONE TRACE OF EACH PROBLEM PER SHOT"), TextEncoding.EBCDIC));
            writer.writeBinaryHeader(BinaryHeader.standard(order, SampleFormat.IEEE_FLOAT32, ns,
                    LINE.sampleIntervalUs()));
            for (int shot = 0; shot < LINE.shots(); shot++) {
                String[] kinds = new String[n];
                for (String kind : KINDS) {
                    int c;
                    do {
                        c = random.nextInt(n);
                    } while (kinds[c] != null);
                    kinds[c] = kind;
                }
                for (int c = 0; c < n; c++) {
                    model.trace(shot, c, samples);
                    double offset = LINE.offset(c);
                    if (kinds[c] != null) {
                        offset = inject(kinds[c], samples, offset, random);
                    }
                    injected[shot * n + c] = kinds[c];
                    Arrays.fill(header.array(), (byte) 0);
                    TraceHeaderField.TRACE_SEQUENCE_FILE.set(header, 0, shot * n + c + 1);
                    TraceHeaderField.FIELD_RECORD.set(header, 0, 1001 + shot);
                    TraceHeaderField.TRACE_NUMBER.set(header, 0, c + 1);
                    TraceHeaderField.CDP.set(header, 0, LINE.cdp(shot, c) - LINE.cdp(0, 0) + 1);
                    TraceHeaderField.TRACE_ID_CODE.set(header, 0, 1);
                    TraceHeaderField.OFFSET.set(header, 0, (int) Math.round(offset));
                    TraceHeaderField.SAMPLE_COUNT.set(header, 0, ns);
                    TraceHeaderField.SAMPLE_INTERVAL.set(header, 0, LINE.sampleIntervalUs());
                    writer.writeTrace(header, samples, 0);
                }
            }
            writer.commit();
        }
        return injected;
    }

    /** Injects one problem into a trace's samples; returns the offset its header will give. */
    private static double inject(String kind, float[] s, double offset, SplittableRandom random) {
        switch (kind) {
            case "dead" -> Arrays.fill(s, 0f);
            case "weak" -> scale(s, 0.1f);
            case "strong" -> scale(s, 10f);
            case "reversed" -> scale(s, -1f);
            case "spike" -> {
                float peak = 0;
                for (float v : s) {
                    peak = Math.max(peak, Math.abs(v));
                }
                s[random.nextInt(s.length)] = (random.nextBoolean() ? 1 : -1) * peak * (8 + 20 * random.nextFloat());
            }
            case "geometry" -> {
                // |offset| off by at least 300 m: about 180 ms of first-arrival time.
                double x = Math.abs(offset);
                double wrong = x >= 372 ? random.nextDouble() * (x - 300) : x + 300 + random.nextDouble() * 300;
                return (offset < 0 ? -1 : 1) * wrong;
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return offset;
    }

    private static void scale(float[] s, float factor) {
        for (int i = 0; i < s.length; i++) {
            s[i] *= factor;
        }
    }
}
