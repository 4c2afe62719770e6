package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetExistsException;
import org.seislens.core.ImportOptions;
import org.seislens.core.ImportSummary;
import org.seislens.core.SegyImportService;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.store.internal.layout.DatasetDraft;

/**
 * Tests what an import may replace (issue 10, finding 1): only a SeisLens dataset, only when asked, never one
 * that holds the source, never through a symbolic link; and what the loser of two concurrent imports into the
 * same directory is told (finding 7).
 */
class ImportTargetTest {

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

    private static ImportOptions force(boolean force) {
        return ImportOptions.defaults().withForce(force);
    }

    private static Path survey(Path dir, String name) throws Exception {
        return SegyImporterTest.survey(dir, name, SegyImporterTest.SMALL, SampleFormat.IEEE_FLOAT32,
                ByteOrder.BIG_ENDIAN);
    }

    @Test
    void aFolderWithAForeignMetadataJsonIsNeverReplaced(@TempDir Path dir) throws Exception {
        Path source = survey(dir, "f3.sgy");
        Path project = Files.createDirectory(dir.resolve("project"));
        Files.writeString(project.resolve("metadata.json"), "{\"name\":\"x\"}");
        Files.writeString(project.resolve("thesis.tex"), "\\chapter{Years of work}");
        for (boolean force : new boolean[] { false, true }) {
            DatasetException e = assertThrows(DatasetException.class,
                    () -> importer.importFile(source, project, force(force), new NullProgressMonitor()));
            assertFalse(e instanceof DatasetExistsException, "only a dataset may be replaced with force: " + e);
            assertTrue(e.getMessage().contains(project.toString()) && e.getMessage().contains("not a SeisLens dataset"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("--force"), "store messages do not speak CLI: " + e.getMessage());
        }
        assertEquals("\\chapter{Years of work}", Files.readString(project.resolve("thesis.tex")));
        DatasetFiles.assertHoldsExactly(project, "metadata.json", "thesis.tex");
        DatasetFiles.assertHoldsExactly(dir, "f3.sgy", "project");
    }

    @Test
    void theFormatMarkerWithoutASampleArrayIsNotADataset(@TempDir Path dir) throws Exception {
        Path source = survey(dir, "line.sgy");
        Path target = dir.resolve("ds");
        importer.importFile(source, target, force(false), new NullProgressMonitor());
        DatasetDraft.deleteTree(target.resolve("samples.zarr"));
        Files.writeString(target.resolve("notes.txt"), "kept");
        DatasetException e = assertThrows(DatasetException.class,
                () -> importer.importFile(source, target, force(true), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("not a SeisLens dataset"), e.getMessage());
        assertEquals("kept", Files.readString(target.resolve("notes.txt")));
    }

    @Test
    void anExistingDatasetIsReportedAsSuchWithoutForce(@TempDir Path dir) throws Exception {
        Path source = survey(dir, "line.sgy");
        Path target = dir.resolve("ds");
        importer.importFile(source, target, force(false), new NullProgressMonitor());
        DatasetExistsException e = assertThrows(DatasetExistsException.class,
                () -> importer.importFile(source, target, force(false), new NullProgressMonitor()));
        assertEquals(target.toAbsolutePath(), e.file());
        assertFalse(e.getMessage().contains("--force"), e.getMessage());
    }

    @Test
    void aDatasetHoldingTheSourceIsNotReplaced(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("ds");
        importer.importFile(survey(dir, "first.sgy"), target, force(false), new NullProgressMonitor());
        Path inside = Files.copy(dir.resolve("first.sgy"), target.resolve("raw.sgy"));
        byte[] bytes = Files.readAllBytes(inside);
        List<String> before = new DatasetFiles(target).tree();
        Path link = Files.createSymbolicLink(dir.resolve("link"), target);
        // The source named directly, through a symbolic link to the dataset, and with a detour in its path.
        for (Path source : List.of(inside, link.resolve("raw.sgy"), target.resolve("../ds/./raw.sgy"))) {
            DatasetException e = assertThrows(DatasetException.class,
                    () -> importer.importFile(source, target, force(true), new NullProgressMonitor()), source.toString());
            assertTrue(e.getMessage().contains("holds the source file"), e.getMessage());
        }
        assertArrayEquals(bytes, Files.readAllBytes(inside), "the source is untouched");
        assertEquals(before, new DatasetFiles(target).tree());
    }

    @Test
    void aSymbolicLinkTargetIsNotReplaced(@TempDir Path dir) throws Exception {
        Path source = survey(dir, "line.sgy");
        Path real = dir.resolve("real");
        importer.importFile(source, real, force(false), new NullProgressMonitor());
        List<String> before = new DatasetFiles(real).tree();
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        DatasetException e = assertThrows(DatasetException.class,
                () -> importer.importFile(source, link, force(true), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(before, new DatasetFiles(real).tree());
    }

    @Test
    void theLoserOfTwoConcurrentImportsIsToldAnotherFinishedFirst(@TempDir Path dir) throws Exception {
        SurveyGeometry bigger = new SurveyGeometry(40, 200, 500, 2000, 25.0, 12.5, 3);
        Path source = SegyImporterTest.survey(dir, "line.sgy", bigger, SampleFormat.IEEE_FLOAT32,
                ByteOrder.BIG_ENDIAN);
        Path target = dir.resolve("ds");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                outcomes.add(two.submit(() -> {
                    start.await();
                    try {
                        return importer.importFile(source, target, force(false), new NullProgressMonitor());
                    } catch (DatasetException e) {
                        return e;
                    }
                }));
            }
            int won = 0;
            for (Future<Object> outcome : outcomes) {
                Object o = outcome.get();
                if (o instanceof ImportSummary) {
                    won++;
                } else {
                    DatasetExistsException e = assertInstanceOf(DatasetExistsException.class, o);
                    assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
                    assertFalse(e.getMessage().contains("Directory not empty"), e.getMessage());
                }
            }
            assertEquals(1, won, "exactly one import wins");
        } finally {
            two.shutdownNow();
        }
        assertEquals(bigger.traces(), new DatasetFiles(target).metadata().get("trace_count").asLong());
        DatasetFiles.assertHoldsExactly(dir, "line.sgy", "ds");
    }
}
