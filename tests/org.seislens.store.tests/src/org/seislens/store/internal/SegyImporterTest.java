package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.parquet.example.data.Group;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.ByteOrders;
import org.seislens.core.DatasetException;
import org.seislens.core.ImportOptions;
import org.seislens.core.ImportSummary;
import org.seislens.core.SegyImportService;
import org.seislens.core.SourceKind;
import org.seislens.segy.BinaryHeader;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyReader;
import org.seislens.segy.SegyWriter;
import org.seislens.segy.TextEncoding;
import org.seislens.segy.TextualHeader;
import org.seislens.segy.TraceCursor;
import org.seislens.segy.TraceHeaderField;
import org.seislens.segy.WriterSettings;
import org.seislens.segy.synthetic.ShotGatherModel;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.segy.synthetic.SyntheticSurveyWriter;
import org.seislens.store.internal.importer.SegyImporter;
import org.seislens.zarr.io.ZarrArray;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Tests the SEG-Y import service as registered by Declarative Services: against the oracle of the shared
 * corpus, on generated surveys, on refusals and cancellation (nothing may be left behind), and against
 * zarr-python and segyio reading the same data.
 */
class SegyImporterTest {

    private static ServiceTracker<SegyImportService, SegyImportService> tracker;
    private static SegyImportService importer;

    /** Seven shots of 23 channels: 161 traces (not a multiple of the trace chunk), 1300 samples (six chunks). */
    static final SurveyGeometry EDGES = new SurveyGeometry(7, 23, 1300, 2000, 25.0, 12.5, 11);
    /** Small and quick. */
    static final SurveyGeometry SMALL = new SurveyGeometry(4, 12, 60, 4000, 25.0, 12.5, 5);

    @BeforeAll
    static void findTheService() throws Exception {
        tracker = RegisteredImporter.track();
        importer = tracker.getService();
    }

    @AfterAll
    static void closeTracker() {
        if (tracker != null) {
            tracker.close();
        }
    }

    @Test
    void theServiceIsTheDeclarativeServicesComponentOfThisBundle() {
        ServiceReference<SegyImportService> reference = tracker.getServiceReference();
        assertEquals(SegyImporter.class.getName(), reference.getProperty("component.name"));
        assertEquals("org.seislens.store", reference.getBundle().getSymbolicName());
        assertInstanceOf(SegyImporter.class, importer);
    }

    static ImportOptions options(String byteOrder, boolean force) {
        return new ImportOptions(byteOrder == null ? null : ByteOrders.fromWord(byteOrder), null,
                ImportOptions.DEFAULT_KEYS, force);
    }

    static Path survey(Path dir, String name, SurveyGeometry geometry, SampleFormat format, ByteOrder order)
            throws IOException {
        Path file = dir.resolve(name);
        assertTrue(SyntheticSurveyWriter.write(file, geometry, format, order, shots -> true));
        return file;
    }

    /** @return the model's samples of every trace, trace after trace */
    static float[] modelSamples(SurveyGeometry g) {
        ShotGatherModel model = new ShotGatherModel(g);
        float[] all = new float[(int) g.traces() * g.samples()];
        float[] trace = new float[g.samples()];
        int t = 0;
        for (int shot = 0; shot < g.shots(); shot++) {
            for (int ch = 0; ch < g.channels(); ch++) {
                model.trace(shot, ch, trace);
                System.arraycopy(trace, 0, all, t++ * g.samples(), g.samples());
            }
        }
        return all;
    }

    static Stream<Arguments> corpus() throws IOException {
        List<JsonNode> entries = Corpus.entries();
        if (entries.isEmpty()) {
            return Stream.of(Arguments.of("(shared/testdata not found)", null));
        }
        List<Arguments> arguments = new ArrayList<>();
        for (JsonNode entry : entries) {
            arguments.add(Arguments.of(entry.get("path").asText(), entry));
        }
        return arguments.stream();
    }

    /** Every file of the corpus, imported as the oracle says it should be: read, rejected, or either. */
    @Nested
    class OracleCorpus {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.seislens.store.internal.SegyImporterTest#corpus")
        void importsAsTheOracleExpects(String path, JsonNode entry, @TempDir Path dir) throws Exception {
            Path root = Corpus.require();
            Path source = root.resolve(path);
            List<String> inputs = new ArrayList<>();
            Path input = source;
            String fileName = source.getFileName().toString();
            ImportOptions options = options(OracleChecks.endian(entry), false);
            if (OracleChecks.kind(entry) == org.seislens.segy.FileKind.SU && !fileName.endsWith(".su")) {
                // Without the .su extension the importer takes the file for SEG-Y: that must be a clean
                // refusal, never a misread. The oracle names the kind, as --kind su does on the command line.
                Path asNamed = dir.resolve("as-named");
                Object misnamed = attempt(source, asNamed, options);
                DatasetException refused = assertInstanceOf(DatasetException.class, misnamed,
                        path + " without the .su extension is read as SEG-Y and must be refused");
                assertTrue(refused.getMessage().contains(fileName), refused.getMessage());
                DatasetFiles.assertHoldsExactly(dir);
                options = new ImportOptions(options.byteOrder(), null, options.ensembleKeys(), false, SourceKind.SU);
            }
            Path target = dir.resolve("dataset");
            String expect = entry.get("expect").asText();
            Object outcome = attempt(input, target, options);
            switch (expect) {
                case "read" -> {
                    if (outcome instanceof DatasetException e) {
                        throw new AssertionError(path + " must be read but was refused: " + e.getMessage(), e);
                    }
                    checkImported(entry, input, target, (ImportSummary) outcome, dir, inputs);
                }
                case "reject" -> {
                    DatasetException e = assertInstanceOf(DatasetException.class, outcome,
                            path + " must be refused");
                    checkRefused(e, input, dir, inputs);
                }
                case "either" -> {
                    if (outcome instanceof DatasetException e) {
                        checkRefused(e, input, dir, inputs);
                    } else {
                        checkImported(entry, input, target, (ImportSummary) outcome, dir, inputs);
                    }
                }
                default -> fail("unknown expectation " + expect + " for " + path);
            }
        }

        /** @return the summary or the DatasetException; any other exception fails the test */
        private Object attempt(Path input, Path target, ImportOptions options) {
            try {
                return importer.importFile(input, target, options, new NullProgressMonitor());
            } catch (DatasetException e) {
                return e;
            } catch (RuntimeException | Error e) {
                throw new AssertionError(input + ": the importer failed with " + e + " instead of a DatasetException",
                        e);
            }
        }

        private void checkImported(JsonNode entry, Path input, Path target, ImportSummary summary, Path dir,
                List<String> inputs) throws IOException {
            new OracleChecks(entry, input, new DatasetFiles(target)).checkAll(summary);
            assertEquals(target.toAbsolutePath(), summary.dataset());
            // a SEG-Y source's file headers are kept raw; a Seismic Unix file has none
            if ("su".equals(new DatasetFiles(target).metadata().path("source").path("kind").asText())) {
                DatasetFiles.assertHoldsExactly(target, "metadata.json", "samples.zarr", "headers.parquet",
                        "ensembles");
            } else if (new DatasetFiles(target).metadata().path("source").path("additional_trace_headers")
                    .asInt() > 0) {
                // rev 2 additional trace headers are kept raw too
                DatasetFiles.assertHoldsExactly(target, "metadata.json", "samples.zarr", "headers.parquet",
                        "ensembles", "file_headers.bin", "additional_headers.bin");
            } else {
                DatasetFiles.assertHoldsExactly(target, "metadata.json", "samples.zarr", "headers.parquet",
                        "ensembles", "file_headers.bin");
            }
            DatasetFiles.assertHoldsExactly(target.resolve("ensembles"), "field_record.parquet", "cdp.parquet");
            List<String> all = new ArrayList<>(inputs);
            all.add(target.getFileName().toString());
            DatasetFiles.assertHoldsExactly(dir, all.toArray(String[]::new));
        }

        private void checkRefused(DatasetException e, Path input, Path dir, List<String> inputs) throws IOException {
            assertTrue(e.getMessage().contains(input.getFileName().toString()),
                    "the message names the file: " + e.getMessage());
            DatasetFiles.assertHoldsExactly(dir, inputs.toArray(String[]::new));
        }
    }

    /** What happens to what is already at the target. */
    @Nested
    class Targets {

        @Test
        void anExistingDatasetIsRefusedWithoutForceAndReplacedWithForce(@TempDir Path dir) throws Exception {
            Path first = survey(dir, "first.sgy", SMALL, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN);
            SurveyGeometry bigger = new SurveyGeometry(5, 14, 90, 2000, 25.0, 12.5, 9);
            Path second = survey(dir, "second.sgy", bigger, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN);
            Path target = dir.resolve("line");
            importer.importFile(first, target, options(null, false), new NullProgressMonitor());
            Files.writeString(target.resolve("notes.txt"), "left by the first import");

            DatasetException refused = assertThrows(DatasetException.class,
                    () -> importer.importFile(second, target, options(null, false), new NullProgressMonitor()));
            assertTrue(refused.getMessage().contains(target.toString()), refused.getMessage());
            assertTrue(refused.getMessage().contains("exists"), refused.getMessage());
            DatasetFiles dataset = new DatasetFiles(target);
            assertEquals(SMALL.traces(), dataset.metadata().get("trace_count").asLong(), "the old dataset stays");
            assertTrue(Files.exists(target.resolve("notes.txt")));

            ImportSummary summary = importer.importFile(second, target, options(null, true), new NullProgressMonitor());
            assertEquals(bigger.traces(), summary.traces());
            assertFalse(Files.exists(target.resolve("notes.txt")), "the old content is gone");
            JsonNode metadata = dataset.metadata();
            assertEquals(bigger.traces(), metadata.get("trace_count").asLong());
            assertEquals(second.toAbsolutePath().toString(), metadata.get("source").get("path").asText());
            assertArrayEquals(modelSamples(bigger), dataset.allFloats(), "the new samples are complete");
            List<Group> headers = dataset.headers();
            assertEquals(bigger.traces(), headers.size());
            assertEquals(bigger.shots(), dataset.assertEnsemblesPartitionTraces("field_record", headers).size());
            dataset.assertEnsemblesPartitionTraces("cdp", headers);
            DatasetFiles.assertHoldsExactly(dir, "first.sgy", "second.sgy", "line");
        }

        @Test
        void aDirectoryOrFileThatIsNotADatasetIsNeverReplaced(@TempDir Path dir) throws Exception {
            Path source = survey(dir, "line.sgy", SMALL, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN);
            Path photos = Files.createDirectory(dir.resolve("photos"));
            Files.writeString(photos.resolve("holiday.jpg"), "precious");
            Path report = Files.writeString(dir.resolve("report.txt"), "also precious");
            for (Path target : List.of(photos, report)) {
                for (boolean force : new boolean[] { false, true }) {
                    DatasetException e = assertThrows(DatasetException.class,
                            () -> importer.importFile(source, target, options(null, force), new NullProgressMonitor()));
                    assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
                    if (force) {
                        assertTrue(e.getMessage().contains("not a SeisLens dataset"), e.getMessage());
                    }
                }
            }
            assertEquals("precious", Files.readString(photos.resolve("holiday.jpg")));
            DatasetFiles.assertHoldsExactly(photos, "holiday.jpg");
            assertEquals("also precious", Files.readString(report));
            DatasetFiles.assertHoldsExactly(dir, "line.sgy", "photos", "report.txt");
        }
    }

    /** Refusals name the file and the cause, and leave nothing behind. */
    @Nested
    class Refusals {

        @Test
        void anUnknownEnsembleKeyIsRefusedWithTheCause(@TempDir Path dir) throws Exception {
            Path source = survey(dir, "line.sgy", SMALL, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN);
            ImportOptions options = new ImportOptions(null, null, List.of("field_record", "shot_gather_id"), false);
            DatasetException e = assertThrows(DatasetException.class,
                    () -> importer.importFile(source, dir.resolve("ds"), options, new NullProgressMonitor()));
            assertTrue(e.getMessage().contains("shot_gather_id"), e.getMessage());
            assertTrue(e.getMessage().contains("not a trace header column"), e.getMessage());
            assertTrue(e.getMessage().contains("cdp") && e.getMessage().contains("offset"),
                    "the message lists the known columns: " + e.getMessage());
            DatasetFiles.assertHoldsExactly(dir, "line.sgy");
        }

        @Test
        void aMissingSourceIsNamed(@TempDir Path dir) {
            Path missing = dir.resolve("nowhere.sgy");
            DatasetException e = assertThrows(DatasetException.class,
                    () -> importer.importFile(missing, dir.resolve("ds"), options(null, false),
                            new NullProgressMonitor()));
            assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
            assertEquals(missing, e.file());
            assertFalse(Files.exists(dir.resolve("ds")));
        }

        @Test
        void aDirectoryAsSourceIsNamed(@TempDir Path dir) throws Exception {
            Path folder = Files.createDirectory(dir.resolve("survey.sgy"));
            DatasetException e = assertThrows(DatasetException.class,
                    () -> importer.importFile(folder, dir.resolve("ds"), options(null, false),
                            new NullProgressMonitor()));
            assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("not a file"), e.getMessage());
            DatasetFiles.assertHoldsExactly(dir, "survey.sgy");
        }

        @Test
        void aWrongByteOrderIsRefusedCleanlyOrNoted(@TempDir Path dir) throws Exception {
            Path big = survey(dir, "big.sgy", SMALL, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN);
            Path target = dir.resolve("ds");
            try {
                ImportSummary summary = importer.importFile(big, target, options("little", false),
                        new NullProgressMonitor());
                assertFalse(summary.anomalies().isEmpty(), "a forced wrong byte order must at least be noted");
                assertEquals("little", new DatasetFiles(target).metadata().get("source").get("byte_order").asText());
            } catch (DatasetException e) {
                assertTrue(e.getMessage().contains("big.sgy"), e.getMessage());
                DatasetFiles.assertHoldsExactly(dir, "big.sgy");
            }
        }

        @Test
        void theRightByteOrderForcedGivesTheDetectedResult(@TempDir Path dir) throws Exception {
            Path little = survey(dir, "little.sgy", SMALL, SampleFormat.IEEE_FLOAT32, ByteOrder.LITTLE_ENDIAN);
            importer.importFile(little, dir.resolve("detected"), options(null, false), new NullProgressMonitor());
            importer.importFile(little, dir.resolve("forced"), options("little", false), new NullProgressMonitor());
            float[] model = modelSamples(SMALL);
            assertArrayEquals(model, new DatasetFiles(dir.resolve("detected")).allFloats());
            assertArrayEquals(model, new DatasetFiles(dir.resolve("forced")).allFloats());
            assertEquals("little",
                    new DatasetFiles(dir.resolve("detected")).metadata().get("source").get("byte_order").asText());
        }

        @ParameterizedTest(name = "format {0}")
        @ValueSource(ints = { 4, 13, 99 })
        void anUnsupportedFormatOverrideIsRefused(int code, @TempDir Path dir) throws Exception {
            Path source = survey(dir, "line.sgy", SMALL, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN);
            ImportOptions options = new ImportOptions(null, code, ImportOptions.DEFAULT_KEYS, false);
            DatasetException e = assertThrows(DatasetException.class,
                    () -> importer.importFile(source, dir.resolve("ds"), options, new NullProgressMonitor()));
            assertTrue(e.getMessage().contains("line.sgy"), e.getMessage());
            assertTrue(e.getMessage().contains(String.valueOf(code)), e.getMessage());
            DatasetFiles.assertHoldsExactly(dir, "line.sgy");
        }

        @ParameterizedTest(name = "format {0}")
        @ValueSource(ints = { 3, 8, 6 })
        void aMismatchedFormatOverrideIsRefusedCleanlyOrNoted(int code, @TempDir Path dir) throws Exception {
            Path source = survey(dir, "line.sgy", SMALL, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN);
            Path target = dir.resolve("ds");
            ImportOptions options = new ImportOptions(null, code, ImportOptions.DEFAULT_KEYS, false);
            try {
                ImportSummary summary = importer.importFile(source, target, options, new NullProgressMonitor());
                assertTrue(OracleChecks.mentions(new DatasetFiles(target).metadata().get("anomalies"),
                        "sample format " + code), "the override is noted: " + summary.anomalies());
            } catch (DatasetException e) {
                assertTrue(e.getMessage().contains("line.sgy"), e.getMessage());
                DatasetFiles.assertHoldsExactly(dir, "line.sgy");
            }
        }
    }

    /** A monitor that is cancelled once the import has reported some work. */
    static final class CancelAfter extends NullProgressMonitor {
        private final double threshold;
        private double worked;

        CancelAfter(double threshold) {
            this.threshold = threshold;
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void internalWorked(double work) {
            worked += work;
            if (worked >= threshold) {
                setCanceled(true);
            }
        }
    }

    @Nested
    class Cancellation {

        /**
         * 9000 traces read in blocks of 4096, 900 ticks for reading and 50 each for the ensemble indexes and the
         * metadata. SubMonitor reports a split's ticks when the next split starts, and checks for cancellation
         * then: so the import is cancelled in the middle of reading (after 1 tick), after the ensemble indexes
         * are written (900), and after metadata.json is written (950), just before the rename.
         */
        @ParameterizedTest(name = "after {0} of 1000 ticks")
        @ValueSource(ints = { 1, 900, 950 })
        void leavesNoTargetAndNoWorkDirectory(int ticks, @TempDir Path dir) throws Exception {
            SurveyGeometry many = new SurveyGeometry(90, 100, 20, 4000, 25.0, 12.5, 3);
            Path source = survey(dir, "many.sgy", many, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN);
            CancelAfter monitor = new CancelAfter(ticks);
            assertThrows(OperationCanceledException.class,
                    () -> importer.importFile(source, dir.resolve("ds"), options(null, false), monitor));
            assertTrue(monitor.isCanceled());
            DatasetFiles.assertHoldsExactly(dir, "many.sgy");
        }

        @Test
        void aCancelledReplacementKeepsTheOldDataset(@TempDir Path dir) throws Exception {
            Path source = survey(dir, "line.sgy", SMALL, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN);
            Path target = dir.resolve("ds");
            importer.importFile(source, target, options(null, false), new NullProgressMonitor());
            List<String> before = new DatasetFiles(target).tree();
            assertThrows(OperationCanceledException.class,
                    () -> importer.importFile(source, target, options(null, true), new CancelAfter(1)));
            assertEquals(before, new DatasetFiles(target).tree());
            assertArrayEquals(modelSamples(SMALL), new DatasetFiles(target).allFloats());
            DatasetFiles.assertHoldsExactly(dir, "line.sgy", "ds");
        }
    }

    /** Sample formats, byte orders and the format override, on generated files. */
    @Nested
    class Formats {

        @Test
        void ibmFloatsAreStoredAsFloat32(@TempDir Path dir) throws Exception {
            Path source = survey(dir, "ibm.sgy", EDGES, SampleFormat.IBM_FLOAT32, ByteOrder.BIG_ENDIAN);
            Path target = dir.resolve("ds");
            importer.importFile(source, target, options(null, false), new NullProgressMonitor());
            DatasetFiles dataset = new DatasetFiles(target);
            assertEquals("<f4", dataset.zarray().get("dtype").asText());
            JsonNode metadata = dataset.metadata();
            assertEquals("<f4", metadata.get("dtype").asText());
            assertEquals(1, metadata.get("source").get("sample_format_code").asInt());
            float[] stored = dataset.allFloats();
            float[] model = modelSamples(EDGES);
            for (int i = 0; i < model.length; i++) {
                // IBM floats keep at least 21 significant bits
                assertEquals(model[i], stored[i], Math.abs(model[i]) * 0x1p-20, "sample " + i);
            }
            assertArrayEquals(decodedBySegyReader(source), stored);
        }

        @Test
        void int16SamplesAreStoredAsInt16Exactly(@TempDir Path dir) throws Exception {
            int traces = 70;
            int samples = 33;
            Path source = dir.resolve("int16.sgy");
            float[] values = new float[traces * samples];
            for (int i = 0; i < values.length; i++) {
                values[i] = (i * 7919L % 65536) - 32768;
            }
            try (SegyWriter writer = SegyWriter.createAtomic(source,
                    WriterSettings.segy(SampleFormat.INT16, ByteOrder.LITTLE_ENDIAN, samples))) {
                writer.writeTextualHeader(TextualHeader.encode("C 1 INT16 TEST", TextEncoding.EBCDIC));
                writer.writeBinaryHeader(BinaryHeader.standard(ByteOrder.LITTLE_ENDIAN, SampleFormat.INT16, samples,
                        1000));
                ByteBuffer header = ByteBuffer.allocate(240).order(ByteOrder.LITTLE_ENDIAN);
                for (int t = 0; t < traces; t++) {
                    TraceHeaderField.FIELD_RECORD.set(header, 0, 1 + t / 10);
                    TraceHeaderField.CDP.set(header, 0, 100 + t % 10);
                    TraceHeaderField.SAMPLE_COUNT.set(header, 0, samples);
                    writer.writeTrace(header, values, t * samples);
                }
                writer.commit();
            }
            Path target = dir.resolve("ds");
            importer.importFile(source, target, options(null, false), new NullProgressMonitor());
            DatasetFiles dataset = new DatasetFiles(target);
            assertEquals("<i2", dataset.zarray().get("dtype").asText());
            JsonNode metadata = dataset.metadata();
            assertEquals("<i2", metadata.get("dtype").asText());
            assertEquals(3, metadata.get("source").get("sample_format_code").asInt());
            assertEquals("little", metadata.get("source").get("byte_order").asText());
            assertEquals(1000.0, metadata.get("sample_interval_us").asDouble());
            for (int t : new int[] { 0, 1, 63, 64, 69 }) {
                double[] stored = dataset.storedTrace(t);
                for (int s = 0; s < samples; s++) {
                    assertEquals(values[t * samples + s], stored[s], "trace " + t + " sample " + s);
                }
            }
            assertStatistics(values, metadata.get("statistics"));
            List<Group> headers = dataset.headers();
            assertEquals(7, dataset.assertEnsemblesPartitionTraces("field_record", headers).size());
            List<Group> cdps = dataset.assertEnsemblesPartitionTraces("cdp", headers);
            assertEquals(10, cdps.size());
            assertArrayEquals(new long[] { 3, 13, 23, 33, 43, 53, 63 }, ParquetFiles.longList(cdps.get(3), "trace_indices"));
        }

        @Test
        void aFormatOverrideReadsSamplesTheBinaryHeaderMisdescribes(@TempDir Path dir) throws Exception {
            Path source = survey(dir, "mislabelled.sgy", SMALL, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN);
            // Bytes 3225-3226 say IBM float although the samples are IEEE floats.
            try (FileChannel channel = FileChannel.open(source, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.allocate(2).order(ByteOrder.BIG_ENDIAN).putShort(0, (short) 1), 3224);
            }
            importer.importFile(source, dir.resolve("as-labelled"), options(null, false), new NullProgressMonitor());
            ImportOptions override = new ImportOptions(null, 5, ImportOptions.DEFAULT_KEYS, false);
            ImportSummary summary = importer.importFile(source, dir.resolve("overridden"), override,
                    new NullProgressMonitor());
            float[] model = modelSamples(SMALL);
            assertFalse(java.util.Arrays.equals(model, new DatasetFiles(dir.resolve("as-labelled")).allFloats()));
            DatasetFiles overridden = new DatasetFiles(dir.resolve("overridden"));
            assertArrayEquals(model, overridden.allFloats());
            assertEquals(5, overridden.metadata().get("source").get("sample_format_code").asInt());
            assertTrue(OracleChecks.mentions(overridden.metadata().get("anomalies"), "sample format 5"),
                    "the override is noted: " + summary.anomalies());
        }
    }

    /** Chunking, ensembles and statistics of a generated survey, checked against the survey's own model. */
    @Nested
    class GeneratedSurvey {

        @Test
        void edgeChunksReadBackExactly(@TempDir Path dir) throws Exception {
            Path source = survey(dir, "edges.sgy", EDGES, SampleFormat.IEEE_FLOAT32, ByteOrder.LITTLE_ENDIAN);
            Path target = dir.resolve("ds");
            ImportSummary summary = importer.importFile(source, target, options(null, false),
                    new NullProgressMonitor());
            assertEquals(161, summary.traces());
            assertEquals(1300, summary.samples());
            DatasetFiles dataset = new DatasetFiles(target);
            JsonNode zarray = dataset.zarray();
            assertEquals(128, zarray.get("chunks").get(0).asInt());
            // 1300 samples in six chunks of 217, the last one two samples short.
            assertEquals(217, zarray.get("chunks").get(1).asInt());
            float[] model = modelSamples(EDGES);
            assertArrayEquals(model, dataset.allFloats());
            try (ZarrArray array = dataset.samples()) {
                assertArrayEquals(new long[] { 2, 6 }, array.chunkGridShape());
                for (long row = 0; row < 2; row++) {
                    for (long col = 0; col < 6; col++) {
                        assertTrue(array.isChunkStored(new long[] { row, col }), "chunk " + row + "." + col);
                    }
                }
                // A window across chunk borders in both directions, up to the last trace and sample.
                float[] window = array.readFloats2D(60, 640, 101, 660);
                for (int t = 0; t < 101; t++) {
                    for (int s = 0; s < 660; s++) {
                        assertEquals(model[(60 + t) * 1300 + 640 + s], window[t * 660 + s], "trace " + (60 + t));
                    }
                }
            }
        }

        @Test
        void longTracesAreSplitIntoEqualChunksAndKeepTheirSampleCountUnsigned(@TempDir Path dir) throws Exception {
            int traces = 3;
            int samples = 40_000;
            Path source = dir.resolve("long.sgy");
            float[] values = new float[traces * samples];
            for (int i = 0; i < values.length; i++) {
                values[i] = (i % 2001) - 1000;
            }
            try (SegyWriter writer = SegyWriter.createAtomic(source,
                    WriterSettings.segy(SampleFormat.INT16, ByteOrder.BIG_ENDIAN, samples))) {
                writer.writeTextualHeader(TextualHeader.encode("C 1 LONG TRACES", TextEncoding.EBCDIC));
                writer.writeBinaryHeader(BinaryHeader.standard(ByteOrder.BIG_ENDIAN, SampleFormat.INT16, samples, 250));
                ByteBuffer header = ByteBuffer.allocate(240).order(ByteOrder.BIG_ENDIAN);
                for (int t = 0; t < traces; t++) {
                    // 40000 does not fit a signed 16-bit word: bytes 115-116 are unsigned
                    TraceHeaderField.SAMPLE_COUNT.set(header, 0, samples);
                    TraceHeaderField.SAMPLE_INTERVAL.set(header, 0, 250);
                    writer.writeTrace(header, values, t * samples);
                }
                writer.commit();
            }
            Path target = dir.resolve("ds");
            ImportSummary summary = importer.importFile(source, target, options(null, false),
                    new NullProgressMonitor());
            assertEquals(List.of(), summary.anomalies());
            DatasetFiles dataset = new DatasetFiles(target);
            JsonNode zarray = dataset.zarray();
            // 40000 samples in 157 equal chunks of 255, the smallest number of parts of at most 256
            assertEquals(255, zarray.get("chunks").get(1).asInt());
            assertEquals(samples, dataset.metadata().get("sample_count").asInt());
            assertArrayEquals(values, dataset.allFloats());
            for (Group row : dataset.headers()) {
                assertEquals(samples, row.getInteger("sample_count", 0));
                assertEquals(250, row.getInteger("sample_interval", 0));
            }
        }

        @Test
        void ensemblesFollowTheSurveyGeometry(@TempDir Path dir) throws Exception {
            SurveyGeometry g = new SurveyGeometry(12, 24, 40, 2000, 25.0, 12.5, 4);
            Path source = survey(dir, "line.sgy", g, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN);
            Path target = dir.resolve("ds");
            ImportSummary summary = importer.importFile(source, target, options(null, false),
                    new NullProgressMonitor());
            DatasetFiles dataset = new DatasetFiles(target);
            List<Group> headers = dataset.headers();

            List<Group> shots = dataset.assertEnsemblesPartitionTraces("field_record", headers);
            assertEquals(g.shots(), shots.size());
            for (int s = 0; s < g.shots(); s++) {
                Group row = shots.get(s);
                assertEquals(1001 + s, row.getLong("value", 0));
                assertEquals(g.channels(), row.getInteger("trace_count", 0));
                assertEquals((long) s * g.channels(), row.getLong("first_trace", 0));
                assertEquals(0, ParquetFiles.longList(row, "trace_indices").length, "a shot is contiguous");
            }

            // CDP numbers from the midpoints, binned at half the receiver spacing, as the survey describes.
            Map<Long, List<Long>> expected = new LinkedHashMap<>();
            double bin = g.receiverSpacing() / 2;
            long firstBin = Math.round((1000.0 - (g.channels() - 1) / 2.0 * g.receiverSpacing() / 2) / bin);
            for (int s = 0; s < g.shots(); s++) {
                for (int c = 0; c < g.channels(); c++) {
                    double offset = (c - (g.channels() - 1) / 2.0) * g.receiverSpacing();
                    double midpoint = 1000.0 + s * g.shotSpacing() + offset / 2;
                    long cdp = Math.round(midpoint / bin) - firstBin + 1;
                    expected.computeIfAbsent(cdp, k -> new ArrayList<>()).add((long) s * g.channels() + c);
                }
            }
            List<Group> cdps = dataset.assertEnsemblesPartitionTraces("cdp", headers);
            assertEquals(expected.size(), cdps.size());
            assertEquals(List.of((long) g.shots(), (long) expected.size()), summary.ensembleCounts());
            int i = 0;
            int maxFold = 0;
            for (Map.Entry<Long, List<Long>> e : expected.entrySet()) {
                Group row = cdps.get(i++);
                List<Long> traces = e.getValue();
                assertEquals(e.getKey(), row.getLong("value", 0));
                assertEquals(traces.size(), row.getInteger("trace_count", 0), "fold of cdp " + e.getKey());
                assertEquals(traces.get(0), row.getLong("first_trace", 0));
                long[] listed = ParquetFiles.longList(row, "trace_indices");
                boolean contiguous = traces.get(traces.size() - 1) - traces.get(0) == traces.size() - 1;
                if (!contiguous) {
                    assertArrayEquals(traces.stream().mapToLong(Long::longValue).toArray(), listed,
                            "traces of cdp " + e.getKey());
                }
                maxFold = Math.max(maxFold, traces.size());
            }
            // The midpoint moves by one bin per channel and by shotSpacing / bin bins per shot.
            assertEquals((int) (g.channels() * bin / g.shotSpacing()), maxFold, "full fold");
        }

        @Test
        void statisticsMatchTheSamples(@TempDir Path dir) throws Exception {
            Path source = survey(dir, "line.sgy", EDGES, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN);
            importer.importFile(source, dir.resolve("ds"), options(null, false), new NullProgressMonitor());
            JsonNode metadata = new DatasetFiles(dir.resolve("ds")).metadata();
            assertStatistics(modelSamples(EDGES), metadata.get("statistics"));
            assertEquals(2000.0, metadata.get("sample_interval_us").asDouble());
            assertEquals(EDGES.traces(), metadata.get("trace_count").asLong());
            assertEquals(EDGES.samples(), metadata.get("sample_count").asInt());
        }

        @Test
        void traceHeadersDisagreeingWithTheDataAreAnAnomaly(@TempDir Path dir) throws Exception {
            int traces = 161;
            int samples = 50;
            int[] liars = { 3, 7 };
            Path source = dir.resolve("liars.sgy");
            float[] values = new float[samples];
            try (SegyWriter writer = SegyWriter.createAtomic(source,
                    WriterSettings.segy(SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, samples))) {
                writer.writeTextualHeader(TextualHeader.encode("C 1 LIARS", TextEncoding.EBCDIC));
                writer.writeBinaryHeader(BinaryHeader.standard(ByteOrder.BIG_ENDIAN, SampleFormat.IEEE_FLOAT32,
                        samples, 4000));
                ByteBuffer header = ByteBuffer.allocate(240).order(ByteOrder.BIG_ENDIAN);
                for (int t = 0; t < traces; t++) {
                    boolean liar = t == liars[0] || t == liars[1];
                    TraceHeaderField.FIELD_RECORD.set(header, 0, 1 + t / 23);
                    TraceHeaderField.SAMPLE_COUNT.set(header, 0, liar ? samples + 5 : samples);
                    java.util.Arrays.fill(values, t);
                    writer.writeTrace(header, values, 0);
                }
                writer.commit();
            }
            ImportSummary summary = importer.importFile(source, dir.resolve("ds"), options(null, false),
                    new NullProgressMonitor());
            assertEquals(traces, summary.traces());
            assertEquals(samples, summary.samples());
            String anomaly = null;
            for (String a : summary.anomalies()) {
                if (a.contains("sample count")) {
                    anomaly = a;
                }
            }
            assertNotNull(anomaly, "no sample count anomaly in " + summary.anomalies());
            assertTrue(anomaly.contains("2 trace headers") && anomaly.contains(String.valueOf(samples + 5)), anomaly);
            assertTrue(OracleChecks.mentions(new DatasetFiles(dir.resolve("ds")).metadata().get("anomalies"), anomaly));
        }
    }

    static float[] decodedBySegyReader(Path source) throws Exception {
        return decodedBySegyReader(source, SourceKind.fromFileName(source));
    }

    static float[] decodedBySegyReader(Path source, SourceKind kind) throws Exception {
        try (SegyReader reader = SegyReader.open(source, org.seislens.segy.OpenOptions.DEFAULT
                .withKind(kind == SourceKind.SU ? org.seislens.segy.FileKind.SU : org.seislens.segy.FileKind.SEGY))) {
            int samples = reader.layout().samplesPerTrace();
            float[] all = new float[(int) reader.layout().traceCount() * samples];
            TraceCursor cursor = reader.cursor();
            while (cursor.next()) {
                for (int i = 0; i < cursor.size(); i++) {
                    cursor.toFloat(i, all, (int) cursor.index(i) * samples);
                }
            }
            return all;
        }
    }

    static void assertStatistics(float[] values, JsonNode statistics) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        double squares = 0;
        for (float v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
            squares += (double) v * v;
        }
        double scale = Math.max(Math.abs(min), Math.abs(max));
        assertEquals(min, statistics.get("min").asDouble(), "min");
        assertEquals(max, statistics.get("max").asDouble(), "max");
        assertEquals(sum / values.length, statistics.get("mean").asDouble(), 1e-9 * scale, "mean");
        assertEquals(Math.sqrt(squares / values.length), statistics.get("rms").asDouble(), 1e-9 * scale, "rms");
        assertEquals(values.length, statistics.get("count").asLong(), "count");
        assertEquals(0, statistics.get("non_finite").asLong(), "non-finite");
    }

    /**
     * zarr-python and segyio (Debian's python3-zarr and python3-segyio under /usr/bin/python3) read the
     * imported samples and the source file; the arrays must be equal.
     */
    @Nested
    class PythonReaders {

        private static final Path PYTHON = Path.of("/usr/bin/python3");

        private static final String SCRIPT = """
                import sys, numpy, segyio, zarr
                stored = zarr.open(sys.argv[1], mode='r')
                with segyio.open(sys.argv[2], ignore_geometry=True, endian=sys.argv[3]) as f:
                    source = f.trace.raw[:]
                print(stored.shape, stored.dtype, source.shape, source.dtype)
                print(numpy.array_equal(stored[:], source))
                """;

        @BeforeEach
        void requirePythonReaders() throws Exception {
            String problem = null;
            if (!Files.isExecutable(PYTHON)) {
                problem = PYTHON + " not found";
            } else {
                String[] result = run(null, "-c", "import zarr, segyio, numpy");
                if (!result[0].equals("0")) {
                    problem = PYTHON + " cannot import zarr, segyio and numpy: " + result[1].strip();
                }
            }
            if (problem != null) {
                String message = problem + " (install python3-zarr, python3-segyio, python3-numpy)";
                if ("true".equals(System.getenv("CI"))) {
                    fail(message + "; the Python interoperability tests must run on CI");
                }
                Assumptions.abort(message + "; Python interoperability tests skipped");
            }
        }

        @Test
        void anImportedCorpusFileReadsTheSameInZarrPythonAndSegyio(@TempDir Path dir) throws Exception {
            Path root = Corpus.require();
            String path = "tutorials-2014/penobscot_xl1155.sgy";
            JsonNode entry = Corpus.entry(path);
            Path source = root.resolve(path);
            Path target = dir.resolve("ds");
            importer.importFile(source, target, options(OracleChecks.endian(entry), false), new NullProgressMonitor());
            assertPythonSeesTheSame(dir, target, source, OracleChecks.endian(entry));
        }

        @Test
        void aGeneratedSurveyReadsTheSameInZarrPythonAndSegyio(@TempDir Path dir) throws Exception {
            Path source = survey(dir, "ibm-little.sgy", EDGES, SampleFormat.IBM_FLOAT32, ByteOrder.LITTLE_ENDIAN);
            Path target = dir.resolve("ds");
            importer.importFile(source, target, options(null, false), new NullProgressMonitor());
            assertPythonSeesTheSame(dir, target, source, "little");
        }

        private void assertPythonSeesTheSame(Path dir, Path dataset, Path source, String endian) throws Exception {
            Path script = Files.writeString(dir.resolve("compare.py"), SCRIPT, StandardCharsets.UTF_8);
            String[] result = run(dir, script.toString(), dataset.resolve("samples.zarr").toString(),
                    source.toString(), endian);
            assertEquals("0", result[0], "the script failed:\n" + result[1]);
            String[] lines = result[1].strip().split("\n");
            assertEquals("True", lines[lines.length - 1].strip(), "zarr-python and segyio disagree:\n" + result[1]);
        }

        /** @return the exit code and the merged output */
        private static String[] run(Path workDir, String... args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>();
            command.add(PYTHON.toString());
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (workDir != null) {
                builder.directory(workDir.toFile());
            }
            builder.environment().remove("PYTHONPATH");
            builder.environment().remove("PYTHONHOME");
            Path log = Files.createTempFile("seislens-store-python", ".log");
            try {
                builder.redirectOutput(log.toFile());
                Process process = builder.start();
                process.getOutputStream().close();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail(command + " did not finish within 120 s");
                }
                return new String[] { String.valueOf(process.exitValue()),
                        Files.readString(log, StandardCharsets.UTF_8) };
            } finally {
                Files.deleteIfExists(log);
            }
        }
    }
}
