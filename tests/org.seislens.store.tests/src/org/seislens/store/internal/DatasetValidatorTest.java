package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.ImportOptions;
import org.seislens.core.SegyImportService;
import org.seislens.core.WindowBounds;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.segy.synthetic.SyntheticSurveyWriter;

/**
 * Untrusted dataset files that claim absurd shapes or chunk sizes are refused with an error naming the
 * file, before anything is allocated for them.
 */
class DatasetValidatorTest {

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
        BundleContext context = FrameworkUtil.getBundle(DatasetValidatorTest.class).getBundleContext();
        services = new ServiceTracker<>(context, DatasetService.class, null);
        services.open();
        service = services.waitForService(10_000);
        ServiceTracker<SegyImportService, SegyImportService> importers = new ServiceTracker<>(context,
                SegyImportService.class, null);
        importers.open();
        SegyImportService importer = importers.waitForService(10_000);
        assertNotNull(importer);
        Path segy = tmp.resolve("small.sgy");
        SyntheticSurveyWriter.write(segy, new SurveyGeometry(2, 10, 50, 4000, 25.0, 12.5, 1),
                SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, shots -> true);
        original = tmp.resolve("small.seislens");
        importer.importFile(segy, original, ImportOptions.defaults(), new NullProgressMonitor());
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

    private void edit(String relative, String from, String to) throws Exception {
        Path file = dataset.resolve(relative);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String edited = text.replaceFirst(from, to);
        assertTrue(!edited.equals(text), "edit of " + relative + " matched nothing: " + from);
        Files.writeString(file, edited, StandardCharsets.UTF_8);
    }

    private DatasetException refused(String fileName) {
        DatasetException e = assertThrows(DatasetException.class,
                () -> service.open(dataset, new NullProgressMonitor()).close());
        assertTrue(e.file().toString().endsWith(fileName), "names " + e.file() + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith(e.file().toString()), e.getMessage());
        return e;
    }

    @Test
    void theUnmodifiedCopyOpens() throws Exception {
        try (Dataset d = service.open(dataset, new NullProgressMonitor())) {
            assertTrue(d.descriptor().traceCount() == 20);
        }
    }

    @Test
    void absurdTraceCountInMetadataIsRefused() throws Exception {
        edit("metadata.json", "\"trace_count\" : 20", "\"trace_count\" : 1000000000000000");
        assertTrue(refused("metadata.json").getMessage().contains("trace_count"));
    }

    @Test
    void absurdSampleCountInMetadataIsRefused() throws Exception {
        edit("metadata.json", "\"sample_count\" : 50", "\"sample_count\" : 2147483647");
        assertTrue(refused("metadata.json").getMessage().contains("sample_count"));
    }

    @Test
    void absurdChunksInMetadataAreRefused() throws Exception {
        edit("metadata.json", "\"chunks\" : \\[ 128, 50 \\]", "\"chunks\" : [ 2000000000, 2000000000 ]");
        assertTrue(refused("metadata.json").getMessage().contains("chunk"));
    }

    @Test
    void metadataThatIsNotJsonIsRefused() throws Exception {
        Files.writeString(dataset.resolve("metadata.json"), "{ not json");
        assertTrue(refused("metadata.json").getMessage().contains("not valid"));
    }

    @Test
    void absurdChunksInZarrayAreRefused() throws Exception {
        edit("samples.zarr/.zarray", "\"chunks\"\\s*:\\s*\\[\\s*128,\\s*50\\s*\\]", "\"chunks\": [1000000, 1000000]");
        refused(".zarray");
    }

    @Test
    void absurdShapeInZarrayIsRefused() throws Exception {
        edit("samples.zarr/.zarray", "\"shape\"\\s*:\\s*\\[\\s*20,\\s*50\\s*\\]",
                "\"shape\": [9223372036854775807, 9223372036854775807]");
        refused(".zarray");
    }

    @Test
    void aMissingDirectoryIsRefused() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> service.open(work.resolve("nothing"), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("nothing"));
    }

    @Test
    void aNullEnsembleKeyIsRefusedNamingMetadata() throws Exception {
        edit("metadata.json", "\"ensemble_keys\" : \\[ \"field_record\"", "\"ensemble_keys\" : [ null");
        assertTrue(refused("metadata.json").getMessage().contains("ensemble key null"));
    }

    @Test
    void anEnsembleKeyLeadingOutOfTheDatasetIsRefused() throws Exception {
        edit("metadata.json", "\"ensemble_keys\" : \\[ \"field_record\"", "\"ensemble_keys\" : [ \"../../../evil\"");
        assertTrue(refused("metadata.json").getMessage().contains("../../../evil"));
    }

    @Test
    void anAbsoluteEnsembleKeyIsRefused() throws Exception {
        Path outside = work.resolve("evil");
        edit("metadata.json", "\"ensemble_keys\" : \\[ \"field_record\"",
                "\"ensemble_keys\" : [ \"" + outside.toString().replace("\\", "/") + "\"");
        refused("metadata.json");
    }

    @Test
    void anEnsembleKeyOutsideTheKeyAlphabetIsRefused() throws Exception {
        edit("metadata.json", "\"ensemble_keys\" : \\[ \"field_record\"", "\"ensemble_keys\" : [ \"Field-Record\"");
        refused("metadata.json");
    }

    @Test
    void aSlashDimensionSeparatorIsRefused() throws Exception {
        edit("samples.zarr/.zarray", "\"dimension_separator\"\\s*:\\s*\"\\.\"", "\"dimension_separator\": \"/\"");
        assertTrue(refused(".zarray").getMessage().contains("dimension_separator"));
    }

    @Test
    void aZarrayDtypeInTheOtherByteOrderIsRefused() throws Exception {
        edit("samples.zarr/.zarray", "\"dtype\"\\s*:\\s*\"<f4\"", "\"dtype\": \">f4\"");
        assertTrue(refused(".zarray").getMessage().contains(">f4"));
    }

    @Test
    void aBigEndianDtypeInMetadataIsRefused() throws Exception {
        edit("metadata.json", "\"dtype\" : \"<f4\"", "\"dtype\" : \">f4\"");
        edit("samples.zarr/.zarray", "\"dtype\"\\s*:\\s*\"<f4\"", "\"dtype\": \">f4\"");
        assertTrue(refused("metadata.json").getMessage().contains(">f4"));
    }

    @Test
    void aCompressorOtherThanTheMetadataSaysIsRefused() throws Exception {
        edit("samples.zarr/.zarray", "\"id\"\\s*:\\s*\"lz4\"", "\"id\": \"zlib\"");
        edit("samples.zarr/.zarray", "\"acceleration\"\\s*:\\s*1", "\"level\": 1");
        assertTrue(refused(".zarray").getMessage().contains("compressor"));
    }

    @Test
    void aMissingChunkIsDamageNamingTheChunkNotZeros() throws Exception {
        Path chunk = dataset.resolve("samples.zarr").resolve("0.0");
        Files.delete(chunk);
        try (Dataset d = service.open(dataset, new NullProgressMonitor())) {
            DatasetException e = assertThrows(DatasetException.class,
                    () -> d.window(new WindowBounds(0, 20, 0, 50), new NullProgressMonitor()));
            assertTrue(e.file().equals(chunk), "names " + e.file());
            assertTrue(e.getMessage().contains("missing"), e.getMessage());
        }
    }

    @Test
    void anEnsembleIndexLinkedOutOfTheDatasetIsRefused() throws Exception {
        Path index = dataset.resolve("ensembles/field_record.parquet");
        Path outside = Files.copy(index, work.resolve("elsewhere.parquet"));
        Files.delete(index);
        Files.createSymbolicLink(index, outside);
        try (Dataset d = service.open(dataset, new NullProgressMonitor())) {
            DatasetException e = assertThrows(DatasetException.class, () -> d.ensembleCount("field_record"));
            assertTrue(e.file().equals(index), "names " + e.file());
            assertTrue(e.getMessage().contains("outside"), e.getMessage());
        }
    }
}
