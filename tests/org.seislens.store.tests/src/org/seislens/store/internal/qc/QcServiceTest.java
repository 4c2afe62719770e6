package org.seislens.store.internal.qc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.ImportOptions;
import org.seislens.core.QcAttributes;
import org.seislens.core.QcService;
import org.seislens.core.QcSummary;
import org.seislens.core.QcThresholds;
import org.seislens.core.SegyImportService;
import org.seislens.core.TraceEdit;
import org.seislens.core.WindowBounds;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.segy.synthetic.SyntheticSurveyWriter;
import org.seislens.store.internal.layout.DatasetLayout;

/** The QC service on an imported synthetic survey: attributes file, its columns, and the edits round trip. */
class QcServiceTest {

    @TempDir
    static Path tmp;

    private static ServiceTracker<QcService, QcService> qcs;
    private static ServiceTracker<DatasetService, DatasetService> datasets;
    private static QcService qc;
    private static Path dataset;

    @BeforeAll
    static void importSurvey() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(QcServiceTest.class).getBundleContext();
        qcs = new ServiceTracker<>(context, QcService.class, null);
        qcs.open();
        qc = qcs.waitForService(10_000);
        assertNotNull(qc);
        datasets = new ServiceTracker<>(context, DatasetService.class, null);
        datasets.open();
        ServiceTracker<SegyImportService, SegyImportService> importers = new ServiceTracker<>(context,
                SegyImportService.class, null);
        importers.open();
        SegyImportService importer = importers.waitForService(10_000);
        Path segy = tmp.resolve("line.sgy");
        SyntheticSurveyWriter.write(segy, new SurveyGeometry(6, 48, 500, 2000, 25.0, 12.5, 5),
                SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, shots -> true);
        dataset = tmp.resolve("line.seislens");
        importer.importFile(segy, dataset, ImportOptions.defaults(), new NullProgressMonitor());
        importers.close();
    }

    @AfterAll
    static void close() {
        qcs.close();
        datasets.close();
    }

    @Test
    void writesAttributesOfEveryTraceWithoutTouchingTheDataset() throws Exception {
        DatasetLayout layout = new DatasetLayout(dataset);
        byte[] headers = Files.readAllBytes(layout.headers());
        QcSummary summary = qc.run(dataset, QcThresholds.DEFAULTS, new NullProgressMonitor());
        assertEquals(288, summary.traces());
        assertEquals(EnsembleQcService.REASONS.size(), summary.flagged().size());
        assertTrue(Files.isRegularFile(layout.qcAttributes()));
        assertArrayEquals(headers, Files.readAllBytes(layout.headers()));
        try (var files = Files.list(layout.qc())) {
            assertEquals(List.of(layout.qcAttributes()), files.toList(), "no temporary file is left");
        }
        QcAttributes a = qc.readAttributes(dataset);
        assertEquals(288, a.traceIndices().length);
        assertEquals(TraceAttributes.NAMES, List.copyOf(a.values().keySet()));
        try (Dataset d = datasets.getService().open(dataset, new NullProgressMonitor())) {
            float[] s = d.window(new WindowBounds(0, 288, 0, 500), new NullProgressMonitor()).samples();
            for (int t = 0; t < 288; t += 17) {
                assertEquals(t, a.traceIndices()[t]);
                double sum = 0;
                for (int i = 0; i < 500; i++) {
                    sum += s[t * 500 + i] * s[t * 500 + i];
                }
                assertEquals(Math.sqrt(sum / 500), a.values().get("rms")[t], 1e-6);
            }
        }
        long flaggedTraces = a.flags().stream().filter(f -> !f.isEmpty()).count();
        assertTrue(flaggedTraces <= 288 / 20, "a clean survey is hardly flagged: " + summary.flagged());
        readableByPyarrow(layout.qcAttributes());
    }

    /**
     * Batches of several ensembles read past the cache, in runs that cross the reader's slices, give every trace
     * exactly the attributes and flags its ensemble has when analysed alone from the dataset's gathers; so do
     * scattered ensembles ({@code cdp} of a shot line), whose rows cannot be written while the run goes on.
     */
    @ParameterizedTest
    @ValueSource(strings = { "field_record", "cdp" })
    void batchesGiveEachEnsembleTheAttributesItHasAlone(String key) throws Exception {
        EnsembleQcService small = new EnsembleQcService(datasets.getService(), 100 * 500);
        small.run(dataset, QcThresholds.DEFAULTS.withKey(key), new NullProgressMonitor());
        QcAttributes a = qc.readAttributes(dataset);
        int checked = 0;
        try (Dataset d = datasets.getService().open(dataset, new NullProgressMonitor())) {
            for (long e = 0; e < d.ensembleCount(key); e++) {
                long[] traces = d.ensembleAt(key, e, new NullProgressMonitor()).toTraceIndices();
                float[] s = d.traces(traces, 0, 500, new NullProgressMonitor()).samples();
                long[] offset = d.headers(traces, List.of("offset"), new NullProgressMonitor()).column("offset");
                double[] offsets = new double[traces.length];
                for (int i = 0; i < traces.length; i++) {
                    offsets[i] = offset[i];
                }
                TraceAttributes alone = new GatherAnalyzer(QcThresholds.DEFAULTS.withKey(key), 2.0).analyze(s, 500,
                        offsets);
                for (int i = 0; i < traces.length; i++) {
                    int t = (int) traces[i];
                    for (int k = 0; k < TraceAttributes.NAMES.size(); k++) {
                        String name = TraceAttributes.NAMES.get(k);
                        assertEquals(alone.values[k][i], a.values().get(name)[t], 0, name + " of trace " + t);
                    }
                    assertEquals(alone.flags[i], a.flags().get(t), "flags of trace " + t);
                    checked++;
                }
            }
        }
        assertEquals(288, checked);
        assertEquals(288, a.traceIndices().length);
        for (int t = 0; t < 288; t++) {
            assertEquals(t, a.traceIndices()[t]);
        }
    }

    /**
     * The batches run on threads of a lower priority than the caller's (the compiler threads and the thread
     * writing the attribute file go first where priorities reach the operating system), and no batch runs on the
     * caller's thread.
     */
    @Test
    void batchesRunBelowTheCallersPriority() throws Exception {
        Set<Integer> priorities = ConcurrentHashMap.newKeySet();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        qc.run(dataset, QcThresholds.DEFAULTS, new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                if (Thread.currentThread().getName().equals("SeisLens QC")) {
                    priorities.add(Thread.currentThread().getPriority());
                    threads.add(Thread.currentThread());
                }
                return false;
            }
        });
        assertEquals(Set.of(EnsembleQcService.WORKER_PRIORITY), priorities);
        assertFalse(threads.isEmpty() || threads.contains(Thread.currentThread()));
        assertTrue(EnsembleQcService.WORKER_PRIORITY < Thread.currentThread().getPriority());
    }

    @Test
    void unknownKeyIsNamed() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> qc.run(dataset, QcThresholds.DEFAULTS.withKey("nothing"), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("nothing"), e.getMessage());
    }

    @Test
    void editsRoundTrip() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<TraceEdit> edits = List.of(new TraceEdit(10, TraceEdit.Action.REVERSE, "reversed", now),
                new TraceEdit(3, TraceEdit.Action.KILL, "dead", now));
        qc.writeEdits(dataset, edits);
        assertEquals(List.of(edits.get(1), edits.get(0)), qc.readEdits(dataset));
        assertThrows(DatasetException.class,
                () -> qc.writeEdits(dataset, List.of(new TraceEdit(288, TraceEdit.Action.KILL, "", now))));
        assertEquals(2, qc.readEdits(dataset).size(), "a refused write leaves the edits as they were");
        qc.writeEdits(dataset, List.of());
        assertEquals(List.of(), qc.readEdits(dataset));
    }

    /** Reads the file with pyarrow when the machine's Python has it: the file must not need SeisLens. */
    private static void readableByPyarrow(Path file) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        boolean available = Files.isExecutable(python)
                && new ProcessBuilder(python.toString(), "-c", "import pyarrow.parquet").start().waitFor() == 0;
        if (!available) {
            System.out.println("QcServiceTest: pyarrow is not installed, " + file + " was not read by another reader");
            return;
        }
        Process p = new ProcessBuilder(python.toString(), "-c",
                "import pyarrow.parquet as pq, sys; t = pq.read_table(sys.argv[1]); "
                        + "print(t.num_rows, ','.join(t.column_names), t.schema.field('trace_index').type)",
                file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assertEquals(0, p.waitFor(), out);
        assertEquals("288 trace_index,rms,peak_abs,zero_fraction,spike_ratio,first_break_ms,polarity_corr,flags int64",
                out);
    }
}
