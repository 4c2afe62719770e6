package org.seislens.export.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetService;
import org.seislens.core.ExportOptions;
import org.seislens.core.ImportOptions;
import org.seislens.core.ProcessingService;
import org.seislens.core.QcService;
import org.seislens.core.SegyExportService;
import org.seislens.core.SegyImportService;
import org.seislens.core.TraceEdit;
import org.seislens.core.WindowBounds;
import org.seislens.segy.OpenOptions;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyReader;
import org.seislens.segy.Trace;
import org.seislens.segy.TraceHeaderField;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.segy.synthetic.SyntheticSurveyWriter;

/**
 * The export honours a dataset's trace edits (6 generated shots of 20 channels, IBM floats, big-endian):
 * killed traces written as zeros marked dead (code 2) or left out with drop-killed, reversed traces negated,
 * each checked trace by trace against the source; a processed export does not apply them twice.
 */
class ExportEditsTest {

    private static final SurveyGeometry GEOMETRY = new SurveyGeometry(6, 20, 200, 2000, 25.0, 12.5, 7);
    private static final Set<Long> KILLED = Set.of(Long.valueOf(1), Long.valueOf(3), Long.valueOf(25));
    private static final Set<Long> REVERSED = Set.of(Long.valueOf(2), Long.valueOf(30));

    @TempDir
    static Path dir;
    private static Services services;
    private static SegyExportService exporter;
    private static QcService qc;
    private static Path source;
    private static Path dataset;

    @BeforeAll
    static void survey() throws Exception {
        services = new Services();
        exporter = services.get(SegyExportService.class);
        qc = services.get(QcService.class);
        source = dir.resolve("survey.sgy");
        assertTrue(SyntheticSurveyWriter.write(source, GEOMETRY, SampleFormat.IBM_FLOAT32, ByteOrder.BIG_ENDIAN,
                shots -> true));
        dataset = dir.resolve("survey.seislens");
        services.get(SegyImportService.class).importFile(source, dataset, ImportOptions.defaults(),
                new NullProgressMonitor());
        writeEdits();
    }

    private static void writeEdits() throws Exception {
        List<TraceEdit> edits = new ArrayList<>();
        for (Long t : KILLED) {
            edits.add(new TraceEdit(t.longValue(), TraceEdit.Action.KILL, "dead", Instant.now()));
        }
        for (Long t : REVERSED) {
            edits.add(new TraceEdit(t.longValue(), TraceEdit.Action.REVERSE, "reversed", Instant.now()));
        }
        qc.writeEdits(dataset, edits);
    }

    @AfterAll
    static void release() {
        services.close();
    }

    private static ExportOptions options(ByteOrder order, ExportOptions.Range traces, String key, List<Long> values,
            Path chain, boolean dropKilled) {
        return new ExportOptions(null, order, null, traces, key, values, null, null, false, chain, false, dropKilled);
    }

    private static Path export(String name, ExportOptions options) throws Exception {
        Path out = dir.resolve(name);
        exporter.export(dataset, out, options, new NullProgressMonitor());
        return out;
    }

    @Test
    void killedTracesAreDeadZerosAndReversedOnesNegatedInEitherByteOrder() throws Exception {
        for (ByteOrder order : List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN)) {
            Path out = export("edited-" + order + ".sgy", options(order, null, null, List.of(), null, false));
            try (SegyReader in = SegyReader.open(source);
                    SegyReader back = SegyReader.open(out, OpenOptions.DEFAULT.withByteOrder(order))) {
                assertEquals(GEOMETRY.traces(), back.layout().traceCount());
                String text = Objects.requireNonNull(back.layout().textualHeader()).text();
                assertTrue(text.contains("3 traces killed, 2 traces reversed"), text);
                long[] all = new long[(int) GEOMETRY.traces()];
                for (int t = 0; t < all.length; t++) {
                    all[t] = t;
                }
                assertEdited(in, back, all, order);
            }
        }
    }

    @Test
    void dropKilledLeavesThemOutOfRangesAndEnsembles() throws Exception {
        Path out = export("dropped.sgy", options(null, null, null, List.of(), null, true));
        List<Long> kept = new ArrayList<>();
        for (long t = 0; t < GEOMETRY.traces(); t++) {
            if (!KILLED.contains(Long.valueOf(t))) {
                kept.add(Long.valueOf(t));
            }
        }
        try (SegyReader in = SegyReader.open(source); SegyReader back = SegyReader.open(out)) {
            assertEquals(GEOMETRY.traces() - 3, back.layout().traceCount());
            String text = Objects.requireNonNull(back.layout().textualHeader()).text();
            assertTrue(text.contains("3 killed traces left out, 2 traces reversed"), text);
            assertEdited(in, back, kept.stream().mapToLong(Long::longValue).toArray(), ByteOrder.BIG_ENDIAN);
        }
        long shot = 0;
        try (SegyReader in = SegyReader.open(source)) {
            shot = TraceHeaderField.FIELD_RECORD.get(in.readTrace(20).header());
        }
        // the second shot (traces 20 to 39) holds killed trace 25 and reversed trace 30
        Path ensemble = export("shot.sgy", options(null, null, "field_record", List.of(Long.valueOf(shot)), null,
                true));
        long[] expected = new long[19];
        for (int i = 0, t = 20; t < 40; t++) {
            if (t != 25) {
                expected[i++] = t;
            }
        }
        try (SegyReader in = SegyReader.open(source); SegyReader back = SegyReader.open(ensemble)) {
            assertEquals(19, back.layout().traceCount());
            assertEdited(in, back, expected, ByteOrder.BIG_ENDIAN);
        }
    }

    @Test
    void aProcessedExportHasTheEditsAppliedOnce() throws Exception {
        Path chain = Files.writeString(dir.resolve("chain.json"),
                "{\"steps\":[{\"op\":\"bandpass\",\"f1\":5,\"f2\":10,\"f3\":60,\"f4\":80}]}");
        Path out = export("processed.sgy", options(null, new ExportOptions.Range(0, 40), null, List.of(), chain,
                false));
        ProcessingService processing = services.get(ProcessingService.class);
        try (Dataset stored = services.get(DatasetService.class).open(dataset, new NullProgressMonitor());
                Dataset processed = processing.open(stored, processing.readChain(chain));
                SegyReader in = SegyReader.open(source); SegyReader back = SegyReader.open(out)) {
            float[] expected = processed.window(new WindowBounds(0, 40, 0, GEOMETRY.samples()),
                    new NullProgressMonitor()).samples();
            for (int t = 0; t < 40; t++) {
                Trace b = back.readTrace(t);
                float[] want = java.util.Arrays.copyOfRange(expected, t * GEOMETRY.samples(),
                        (t + 1) * GEOMETRY.samples());
                assertArrayEquals(want, b.toFloats(), "trace " + t);
                assertEquals(KILLED.contains(Long.valueOf(t)) ? 2 : TraceHeaderField.TRACE_ID_CODE.get(in.readTrace(t).header()),
                        TraceHeaderField.TRACE_ID_CODE.get(b.header()), "trace " + t);
            }
            float[] reversed = back.readTrace(2).toFloats();
            assertTrue(maxAbs(reversed) > 0, "a reversed trace is not killed");
        }
    }

    @Test
    void withoutEditsTheExportReproducesTheSourceAgain(@TempDir Path work) throws Exception {
        qc.writeEdits(dataset, List.of());
        try {
            Path out = work.resolve("again.sgy");
            exporter.export(dataset, out, ExportOptions.reproduce(false), new NullProgressMonitor());
            assertEquals(-1, Files.mismatch(source, out));
        } finally {
            writeEdits();
        }
    }

    /** Checks each written trace against its source trace: dead zeros, negated or equal, headers alike. */
    private static void assertEdited(SegyReader in, SegyReader back, long[] traces, ByteOrder order)
            throws Exception {
        for (int i = 0; i < traces.length; i++) {
            long t = traces[i];
            Trace a = in.readTrace(t);
            Trace b = back.readTrace(i);
            float[] x = a.toFloats();
            float[] y = b.toFloats();
            boolean killed = KILLED.contains(Long.valueOf(t));
            boolean reversed = REVERSED.contains(Long.valueOf(t));
            assertEquals(killed ? 2 : TraceHeaderField.TRACE_ID_CODE.get(a.header()),
                    TraceHeaderField.TRACE_ID_CODE.get(b.header()), "trace " + t);
            assertNotEquals(2, TraceHeaderField.TRACE_ID_CODE.get(a.header()), "the source trace is live");
            for (TraceHeaderField f : TraceHeaderField.values()) {
                if (f != TraceHeaderField.TRACE_ID_CODE) {
                    assertEquals(f.get(a.header()), f.get(b.header()), f + " of trace " + t + " " + order);
                }
            }
            assertTrue(maxAbs(x) > 0, "source trace " + t + " has energy");
            for (int s = 0; s < x.length; s++) {
                float want = killed ? 0f : reversed ? -x[s] : x[s];
                assertEquals(want, y[s], "sample " + s + " of trace " + t + " " + order);
            }
        }
    }

    private static float maxAbs(float[] samples) {
        float max = 0;
        for (float v : samples) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
