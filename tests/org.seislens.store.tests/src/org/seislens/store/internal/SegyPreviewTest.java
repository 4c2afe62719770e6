package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.ByteOrders;
import org.seislens.core.DatasetException;
import org.seislens.core.ImportOptions;
import org.seislens.core.SegyImportService;
import org.seislens.core.SegyPreview;
import org.seislens.core.SourceKind;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyReader;
import org.seislens.segy.TraceCursor;
import org.seislens.segy.TraceHeaderField;
import org.seislens.segy.synthetic.SurveyGeometry;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Tests the import service's preview, as registered by Declarative Services: on generated surveys against
 * the SEG-Y reader, on corpus files against their oracle, and on files it must refuse.
 */
class SegyPreviewTest {

    private static ServiceTracker<SegyImportService, SegyImportService> tracker;
    private static SegyImportService importer;

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

    private static SegyPreview preview(Path file, ImportOptions options, int rows) throws DatasetException {
        return importer.preview(file, options, rows, new NullProgressMonitor());
    }

    @ParameterizedTest
    @ValueSource(strings = { "big", "little" })
    void aGeneratedSurveyIsPreviewedAsTheReaderReadsIt(String order, @TempDir Path dir) throws Exception {
        ByteOrder byteOrder = order.equals("big") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        SurveyGeometry g = SegyImporterTest.SMALL;
        Path file = SegyImporterTest.survey(dir, "small.sgy", g, SampleFormat.IEEE_FLOAT32, byteOrder);

        SegyPreview preview = preview(file, ImportOptions.defaults(), 20);

        assertEquals(file, preview.source());
        assertEquals(SourceKind.SEGY, preview.kind());
        assertEquals(byteOrder, preview.byteOrder());
        assertEquals(5, preview.sampleFormatCode());
        assertEquals("ieee_float32", preview.sampleFormat());
        assertEquals(g.samples(), preview.sampleCount());
        assertEquals(g.sampleIntervalUs(), preview.sampleIntervalUs());
        assertEquals(g.traces(), preview.traceCount());
        assertEquals(40, preview.textualHeader().size(), "40 lines");
        for (String line : preview.textualHeader()) {
            assertEquals(80, line.length(), "80 characters: " + line);
        }
        assertTrue(preview.textualHeader().get(0).startsWith("C 1"), preview.textualHeader().get(0));
        assertEquals(List.of(), preview.extendedTextualHeaders());
        Map<String, Number> binary = new java.util.LinkedHashMap<>();
        for (SegyPreview.BinaryWord word : preview.binaryHeader()) {
            binary.put(word.name(), word.value());
        }
        assertEquals(g.samples(), binary.get("samples_per_trace").intValue());
        assertEquals(g.sampleIntervalUs(), binary.get("sample_interval").intValue());
        assertEquals(TraceHeaderField.values().length, preview.traceHeaderColumns().size());
        assertEquals(TraceHeaderField.FIELD_RECORD.fieldName(), preview.traceHeaderColumns().get(2));

        assertEquals(20, preview.traceHeaders().size());
        try (SegyReader reader = SegyReader.open(file)) {
            TraceCursor cursor = reader.cursor(0, 20, SegyReader.DEFAULT_BLOCK_BYTES);
            assertTrue(cursor.next());
            for (int t = 0; t < 20; t++) {
                SegyPreview.TraceHeaderRow row = preview.traceHeaders().get(t);
                assertEquals(t, row.traceIndex());
                assertEquals(preview.traceHeaderColumns(), List.copyOf(row.values().keySet()), "column order");
                for (TraceHeaderField field : TraceHeaderField.values()) {
                    assertEquals(field.get(cursor.header(t)), row.get(field.fieldName()),
                            field.fieldName() + " of trace " + t);
                }
            }
        }
        // the synthetic survey numbers its field records from 1001, one per shot of 12 channels
        assertEquals(1001 + 19 / g.channels(), preview.traceHeaders().get(19).get("field_record"),
                "shot of trace 19");
    }

    @Test
    void fewerTraceHeadersThanAskedWhenTheFileHasFewer(@TempDir Path dir) throws Exception {
        Path file = SegyImporterTest.survey(dir, "small.sgy", SegyImporterTest.SMALL, SampleFormat.IBM_FLOAT32,
                ByteOrder.BIG_ENDIAN);
        SegyPreview preview = preview(file, ImportOptions.defaults(), 1000);
        assertEquals(SegyImporterTest.SMALL.traces(), preview.traceHeaders().size());
        assertEquals(1, preview.sampleFormatCode());
        assertEquals(0, preview(file, ImportOptions.defaults(), 0).traceHeaders().size());
    }

    @Test
    void theOverridesAreHonoured(@TempDir Path dir) throws Exception {
        Path file = SegyImporterTest.survey(dir, "small.sgy", SegyImporterTest.SMALL, SampleFormat.IEEE_FLOAT32,
                ByteOrder.BIG_ENDIAN);
        // Format 2 (int32) has the same size as the file's format 5, so the layout still fits the file.
        SegyPreview asInt32 = preview(file, new ImportOptions(ByteOrder.BIG_ENDIAN, 2, List.of(), false, SourceKind.SEGY), 3);
        assertEquals(2, asInt32.sampleFormatCode());
        assertEquals(ByteOrder.BIG_ENDIAN, asInt32.byteOrder());
        assertEquals(SegyImporterTest.SMALL.traces(), asInt32.traceCount());

        DatasetException wrongOrder = assertThrows(DatasetException.class,
                () -> preview(file, new ImportOptions(ByteOrder.LITTLE_ENDIAN, null, List.of(), false), 3));
        assertTrue(wrongOrder.getMessage().contains("small.sgy"), wrongOrder.getMessage());

        DatasetException notSu = assertThrows(DatasetException.class,
                () -> preview(file, new ImportOptions(null, null, List.of(), false, SourceKind.SU), 3));
        assertTrue(notSu.getMessage().contains("small.sgy"), notSu.getMessage());

        DatasetException badFormat = assertThrows(DatasetException.class,
                () -> preview(file, new ImportOptions(null, 4, List.of(), false), 3));
        assertTrue(badFormat.getMessage().contains("small.sgy"), badFormat.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "segyio/f3.sgy", "segyio/f3-lsb.sgy", "segyio/multi-text.sgy",
            "segyio/mapping-multiple-stanzas.sgy", "segyio/small.su", "segyio/small-lsb.su",
            "SeismicLab/gom_cdp_nmo.su", "lorenzo-benchmarks/WL1.sgy" })
    void corpusFilesArePreviewedAsTheOracleSays(String path) throws Exception {
        Path file = Corpus.require().resolve(path);
        JsonNode entry = Corpus.entry(path);
        SegyPreview preview = preview(file, ImportOptions.defaults(), 2);

        assertEquals(OracleChecks.kind(entry) == org.seislens.segy.FileKind.SU ? SourceKind.SU : SourceKind.SEGY, preview.kind(),
                path);
        assertEquals(entry.get("trace_count").asLong(), preview.traceCount(), path + ": traces");
        assertEquals(entry.get("samples_per_trace").asInt(), preview.sampleCount(), path + ": samples");
        assertEquals(entry.get("sample_interval_us").asDouble(), preview.sampleIntervalUs(), path + ": interval");
        assertEquals(entry.get("sample_format_code").asInt(), preview.sampleFormatCode(), path + ": format");
        assertEquals(entry.get("byte_order").asText(), ByteOrders.word(preview.byteOrder()), path + ": byte order");
        if (preview.kind() == SourceKind.SEGY) {
            assertEquals(40, preview.textualHeader().size(), path + ": textual header lines");
            assertEquals(entry.get("ext_textual_headers").asInt(), preview.extendedTextualHeaders().size(),
                    path + ": extended textual headers");
            Number samples = preview.binaryHeader().stream().filter(w -> w.name().equals("samples_per_trace"))
                    .findFirst().orElseThrow().value();
            assertEquals(entry.get("bin_samples").asInt(), samples.intValue(), path + ": binary samples");
        } else {
            assertEquals(List.of(), preview.textualHeader(), path);
            assertEquals(List.of(), preview.binaryHeader(), path);
        }
        JsonNode headers = entry.get("headers");
        int rows = (int) Math.min(2, entry.get("trace_count").asLong());
        assertEquals(rows, preview.traceHeaders().size(), path);
        for (Map.Entry<String, JsonNode> field : headers.properties()) {
            String column = OracleChecks.COLUMNS.get(field.getKey());
            for (int t = 0; t < rows; t++) {
                JsonNode expected = field.getValue().get("trace" + t);
                if (expected == null || expected.isNull()) {
                    continue;
                }
                int actual = preview.traceHeaders().get(t).get(column);
                // the oracle gives the sample count as a signed 16-bit word; compare the words
                int want = column.equals("sample_count") ? (short) expected.asInt() : expected.asInt();
                int got = column.equals("sample_count") ? (short) actual : actual;
                assertEquals(want, got, path + ": " + column + " of trace " + t);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "segyio/broken.sgy", "obspy/corrupt_sin_wave.sgy",
            "SeisIO-TestData/04.322.18.06.46.92C3.1.coords1.segy" })
    void corpusFilesTheOracleRejectsAreRefusedByName(String path) throws Exception {
        Path file = Corpus.require().resolve(path);
        assertEquals("reject", Corpus.entry(path).get("expect").asText());
        DatasetException e = assertThrows(DatasetException.class,
                () -> preview(file, ImportOptions.defaults(), 20));
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        assertEquals(file, e.file());
    }

    @Test
    void randomBytesAndMissingFilesAreRefusedByName(@TempDir Path dir) throws Exception {
        Path noise = dir.resolve("noise.sgy");
        byte[] bytes = new byte[20_000];
        new Random(7).nextBytes(bytes);
        Files.write(noise, bytes);
        DatasetException e = assertThrows(DatasetException.class, () -> preview(noise, ImportOptions.defaults(), 20));
        assertTrue(e.getMessage().startsWith(noise.toString() + ": "), e.getMessage());

        Path missing = dir.resolve("missing.sgy");
        DatasetException gone = assertThrows(DatasetException.class,
                () -> preview(missing, ImportOptions.defaults(), 20));
        assertTrue(gone.getMessage().contains("missing.sgy") && gone.getMessage().contains("does not exist"),
                gone.getMessage());

        DatasetException directory = assertThrows(DatasetException.class,
                () -> preview(dir, ImportOptions.defaults(), 20));
        assertTrue(directory.getMessage().contains(dir.toString()), directory.getMessage());
    }

    @Test
    void aCancelledMonitorStopsThePreview(@TempDir Path dir) throws Exception {
        Path file = SegyImporterTest.survey(dir, "small.sgy", SegyImporterTest.SMALL, SampleFormat.IEEE_FLOAT32,
                ByteOrder.BIG_ENDIAN);
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> importer.preview(file, ImportOptions.defaults(), 20, cancelled));
    }
}
