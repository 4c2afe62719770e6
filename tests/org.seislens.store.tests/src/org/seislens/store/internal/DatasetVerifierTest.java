package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.DatasetVerification;
import org.seislens.core.ImportOptions;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.TraceHeaderColumns;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.segy.synthetic.SyntheticSurveyWriter;
import org.seislens.store.internal.importer.EnsembleIndexBuilder;
import org.seislens.store.internal.importer.HeaderTableWriter;
import org.seislens.store.internal.importer.ParquetRowWriter;

/**
 * {@link DatasetService#verify} on damaged copies of a generated dataset of 300 traces of 500 samples (chunks
 * of 128 x 250: a grid of 3 x 2): each damage is found and named by its path, a sound copy has no problem.
 */
class DatasetVerifierTest {

    private static final int TRACES = 300;
    private static final int CHUNKS = 6;

    @TempDir
    static Path tmp;

    @TempDir
    Path work;

    private static ServiceTracker<DatasetService, DatasetService> services;
    private static DatasetService service;
    private static Path original;
    private Path dataset;

    @BeforeAll
    static void importSurvey() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(DatasetVerifierTest.class).getBundleContext();
        services = new ServiceTracker<>(context, DatasetService.class, null);
        services.open();
        service = services.waitForService(10_000);
        assertNotNull(service);
        var importers = RegisteredImporter.track();
        Path segy = tmp.resolve("line.sgy");
        SyntheticSurveyWriter.write(segy, new SurveyGeometry(3, 100, 500, 4000, 25.0, 12.5, 7),
                SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, shots -> true);
        original = tmp.resolve("line.seislens");
        importers.getService().importFile(segy, original, ImportOptions.defaults(), new NullProgressMonitor());
        importers.close();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @BeforeEach
    void copy() throws Exception {
        dataset = work.resolve("copy.seislens");
        try (var walk = Files.walk(original)) {
            for (Path p : walk.toList()) {
                Path target = dataset.resolve(original.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private DatasetVerification verify() throws DatasetException {
        return service.verify(dataset, new NullProgressMonitor());
    }

    /** Asserts that the only problem found concerns {@code relative} and returns its description. */
    private String onlyProblemIn(String relative) throws DatasetException {
        DatasetVerification v = verify();
        assertFalse(v.sound(), "damage in " + relative + " is found");
        assertEquals(1, v.problems().size(), v.problems().toString());
        assertEquals(dataset.resolve(relative), v.problems().get(0).path(), v.problems().toString());
        return v.problems().get(0).problem();
    }

    @Test
    void aSoundDatasetHasNoProblemAndEveryChunkIsRead() throws Exception {
        DatasetVerification v = verify();
        assertTrue(v.sound(), v.problems().toString());
        assertEquals(CHUNKS, v.chunksChecked());
        assertEquals(dataset, v.dataset());
    }

    @Test
    void progressTicksOncePerChunkAndCancellingStops() throws Exception {
        List<String> ticks = new ArrayList<>();
        NullProgressMonitor counting = new NullProgressMonitor() {
            @Override
            public void worked(int work) {
                ticks.add("tick");
            }
        };
        service.verify(dataset, counting);
        assertTrue(ticks.size() >= CHUNKS, ticks.size() + " ticks for " + CHUNKS + " chunks");
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> service.verify(dataset, cancelled));
    }

    @Test
    void aDeletedChunkIsNamed() throws Exception {
        Files.delete(dataset.resolve("samples.zarr/1.1"));
        assertTrue(onlyProblemIn("samples.zarr/1.1").contains("missing"));
    }

    @Test
    void aTruncatedChunkIsNamed() throws Exception {
        Path chunk = dataset.resolve("samples.zarr/2.0");
        byte[] bytes = Files.readAllBytes(chunk);
        Files.write(chunk, Arrays.copyOf(bytes, bytes.length / 2));
        onlyProblemIn("samples.zarr/2.0");
    }

    @Test
    void aCorruptZarrayIsNamed() throws Exception {
        Files.writeString(dataset.resolve("samples.zarr/.zarray"), "{ \"zarr_format\": 2, ");
        onlyProblemIn("samples.zarr/.zarray");
    }

    @Test
    void aMissingHeaderRowIsFound() throws Exception {
        writeHeaders(TRACES - 1, 0);
        assertTrue(onlyProblemIn("headers.parquet").contains("rows"));
    }

    @Test
    void aWrongTraceIndexInTheHeadersIsFound() throws Exception {
        writeHeaders(TRACES, 1);
        assertTrue(onlyProblemIn("headers.parquet").contains("trace_index"));
    }

    @Test
    void aHeaderTableWithoutTheHeaderColumnsIsFound() throws Exception {
        Path file = dataset.resolve("headers.parquet");
        Files.delete(file);
        MessageType onlyIndex = Types.buildMessage().required(PrimitiveTypeName.INT64).named("trace_index")
                .named("trace_headers");
        try (ParquetRowWriter<Long> writer = new ParquetRowWriter<>(file, onlyIndex, (c, row) -> {
            c.startField("trace_index", 0);
            c.addLong(row);
            c.endField("trace_index", 0);
        })) {
            for (long t = 0; t < TRACES; t++) {
                writer.write(t);
            }
        }
        onlyProblemIn("headers.parquet");
    }

    @Test
    void anEnsembleIndexThatMissesATraceIsFound() throws Exception {
        // Alternating values: two scattered ensembles listing traces 0 .. TRACES - 2, the last trace in none.
        writeCdpIndex(TRACES - 1);
        assertTrue(onlyProblemIn("ensembles/cdp.parquet").contains((TRACES - 1) + " traces"));
    }

    @Test
    void anEnsembleIndexListingTracesBeyondTheEndIsFound() throws Exception {
        writeCdpIndex(TRACES + 2);
        onlyProblemIn("ensembles/cdp.parquet");
    }

    private void writeCdpIndex(int traces) throws Exception {
        Path file = dataset.resolve("ensembles/cdp.parquet");
        Files.delete(file);
        try (EnsembleIndexBuilder builder = new EnsembleIndexBuilder("cdp", work)) {
            for (int t = 0; t < traces; t++) {
                builder.add(t % 2);
            }
            builder.write(file);
        }
    }

    @Test
    void anUnreadableEnsembleIndexIsFound() throws Exception {
        Files.writeString(dataset.resolve("ensembles/field_record.parquet"), "not parquet");
        onlyProblemIn("ensembles/field_record.parquet");
    }

    @Test
    void statisticsThatDisagreeWithTheSamplesAreFound() throws Exception {
        Path metadata = dataset.resolve("metadata.json");
        String text = Files.readString(metadata, StandardCharsets.UTF_8);
        String edited = text.replaceFirst("\"count\" : \\d+", "\"count\" : 1");
        assertFalse(edited.equals(text));
        Files.writeString(metadata, edited, StandardCharsets.UTF_8);
        assertTrue(onlyProblemIn("metadata.json").contains("statistics"));
    }

    @Test
    void severalProblemsAreAllListed() throws Exception {
        Files.delete(dataset.resolve("samples.zarr/0.0"));
        writeHeaders(TRACES - 1, 0);
        DatasetVerification v = verify();
        assertEquals(2, v.problems().size(), v.problems().toString());
        assertEquals(CHUNKS, v.chunksChecked());
    }

    @Test
    void aStoreWithoutItsChunksListsAHundredAndCountsTheRest() throws Exception {
        // 11 x 128 traces of 2560 samples: 11 x 10 chunks of 128 x 256.
        Path segy = work.resolve("wide.sgy");
        SyntheticSurveyWriter.write(segy, new SurveyGeometry(11, 128, 2560, 4000, 25.0, 12.5, 3),
                SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, shots -> true);
        Path wide = work.resolve("wide.seislens");
        var importers = RegisteredImporter.track();
        importers.getService().importFile(segy, wide, ImportOptions.defaults(), new NullProgressMonitor());
        importers.close();
        try (var chunks = Files.list(wide.resolve("samples.zarr"))) {
            for (Path chunk : chunks.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                Files.delete(chunk);
            }
        }
        DatasetVerification v = service.verify(wide, new NullProgressMonitor());
        assertEquals(110, v.chunksChecked());
        assertEquals(101, v.problems().size());
        assertEquals(wide.resolve("samples.zarr"), v.problems().get(100).path());
        assertTrue(v.problems().get(100).problem().startsWith("10 more chunks"), v.problems().get(100).problem());
    }

    @Test
    void aDirectoryThatIsNoDatasetIsRefused() throws Exception {
        Path folder = Files.createDirectory(work.resolve("thesis"));
        Files.writeString(folder.resolve("metadata.json"), "{\"name\":\"x\"}");
        DatasetException e = assertThrows(DatasetException.class,
                () -> service.verify(folder, new NullProgressMonitor()));
        assertEquals(folder, e.file());
    }

    /** Replaces headers.parquet by one of {@code rows} rows whose trace indices start at {@code first}. */
    private void writeHeaders(int rows, long first) throws Exception {
        Path file = dataset.resolve("headers.parquet");
        Files.delete(file);
        ByteBuffer header = ByteBuffer.allocate(240);
        TraceHeaderColumns columns = new TraceHeaderColumns(Math.max(1, rows));
        columns.clear(first);
        for (int i = 0; i < rows; i++) {
            columns.append(header, 0);
        }
        columns.decode();
        try (HeaderTableWriter writer = new HeaderTableWriter(file)) {
            for (int i = 0; i < rows; i++) {
                writer.write(columns, i);
            }
        }
    }
}
