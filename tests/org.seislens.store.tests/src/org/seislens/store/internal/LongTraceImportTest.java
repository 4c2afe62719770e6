package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetService;
import org.seislens.core.ImportOptions;
import org.seislens.core.ImportSummary;
import org.seislens.core.SegyImportService;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;
import org.seislens.segy.BinaryHeader;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyWriter;
import org.seislens.segy.TextEncoding;
import org.seislens.segy.TextualHeader;
import org.seislens.segy.TraceHeaderField;
import org.seislens.segy.WriterSettings;
import org.seislens.store.internal.importer.SlabPlan;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Long traces (issue 10, finding 3): valid SEG-Y rev 2 files whose traces hold 1 000 000 and 6 000 000 samples
 * (the extended sample count; more than the 4 194 303 past which slab sizes overflowed an int) import in slabs
 * bounded by bytes, in this JVM and in one with a 256 MB heap, and read back right through the dataset service.
 */
class LongTraceImportTest {

    private static ServiceTracker<SegyImportService, SegyImportService> importers;
    private static ServiceTracker<DatasetService, DatasetService> datasets;

    @BeforeAll
    static void findTheServices() throws Exception {
        importers = RegisteredImporter.track();
        datasets = new ServiceTracker<>(importers.getServiceReference().getBundle().getBundleContext(),
                DatasetService.class, null);
        datasets.open();
        datasets.waitForService(20_000);
    }

    @AfterAll
    static void closeTrackers() {
        if (datasets != null) {
            datasets.close();
        }
        if (importers != null) {
            importers.close();
        }
    }

    /** @return sample {@code s} of trace {@code t}: exact in float32, different across 65 521 neighbours */
    static float value(int t, int s) {
        return (s % 65_521) + t * 100_000f;
    }

    static Path write(Path file, int traces, int samples) throws Exception {
        float[] values = new float[samples];
        ByteBuffer header = ByteBuffer.allocate(240).order(ByteOrder.BIG_ENDIAN);
        try (SegyWriter writer = SegyWriter.createAtomic(file,
                WriterSettings.segy(SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, samples))) {
            writer.writeTextualHeader(TextualHeader.encode("C 1 PASSIVE RECORDING, LONG TRACES", TextEncoding.EBCDIC));
            // Over 65 535 samples the header is rev 2 with the extended sample count (bytes 3269-3272).
            writer.writeBinaryHeader(BinaryHeader.standard(ByteOrder.BIG_ENDIAN, SampleFormat.IEEE_FLOAT32, samples,
                    1000));
            for (int t = 0; t < traces; t++) {
                TraceHeaderField.FIELD_RECORD.set(header, 0, 1);
                TraceHeaderField.CDP.set(header, 0, 10 + t);
                TraceHeaderField.SAMPLE_INTERVAL.set(header, 0, 1000);
                for (int s = 0; s < samples; s++) {
                    values[s] = value(t, s);
                }
                writer.writeTrace(header, values, 0);
            }
            writer.commit();
        }
        return file;
    }

    /** 1 000 000 samples here; 6 000 000 in the child JVM below, which keeps the suite's time down. */
    @ParameterizedTest(name = "{0} samples per trace")
    @ValueSource(ints = { 1_000_000 })
    void importsInBoundedSlabsAndReadsBackRight(int samples, @TempDir Path dir) throws Exception {
        int traces = 3;
        Path source = write(dir.resolve("passive.sgy"), traces, samples);
        Path target = dir.resolve("ds");
        ImportSummary summary = importers.getService().importFile(source, target, ImportOptions.defaults(),
                new NullProgressMonitor());
        assertEquals(traces, summary.traces());
        assertEquals(samples, summary.samples());
        assertEquals(List.of(), summary.anomalies(), "a valid rev 2 file has no anomalies");
        JsonNode zarray = new DatasetFiles(target).zarray();
        assertTrue(zarray.get("chunks").get(1).asInt() <= SlabPlan.MAX_SAMPLE_CHUNK, "long traces are split");
        assertReadsBack(target, traces, samples);
    }

    @Test
    void importsWithA256MegabyteHeapInAChildJvm(@TempDir Path dir) throws Exception {
        int traces = 3;
        int samples = 6_000_000;
        Path source = write(dir.resolve("passive.sgy"), traces, samples);
        Path target = dir.resolve("ds");
        Path log = dir.resolve("child.log");
        Process child = ChildJvm.startImport("256m", log, source.toString(), target.toString());
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the import ends");
        assertEquals(0, child.exitValue(), ChildJvm.output(log));
        assertReadsBack(target, traces, samples);
    }

    private static void assertReadsBack(Path target, int traces, int samples) throws Exception {
        try (Dataset dataset = datasets.getService().open(target, new NullProgressMonitor())) {
            assertEquals(traces, dataset.descriptor().traceCount());
            assertEquals(samples, dataset.descriptor().sampleCount());
            // Windows at the start, across a band boundary of the import's slabs, and at the very end.
            for (int start : new int[] { 0, 65_000, samples / 2 - 777, samples - 5_000 }) {
                WindowData window = dataset.window(new WindowBounds(0, traces, start, start + 5_000),
                        new NullProgressMonitor());
                for (int t = 0; t < traces; t++) {
                    for (int s = start; s < start + 5_000; s++) {
                        if (window.value(t, s) != value(t, s)) {
                            assertEquals(value(t, s), window.value(t, s), "trace " + t + " sample " + s);
                        }
                    }
                }
            }
        }
    }
}
