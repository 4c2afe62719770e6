package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.ImportOptions;
import org.seislens.core.SegyImportService;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.store.internal.layout.DatasetLayout;

/**
 * Crashes (issue 10, finding 4): an import in a child JVM killed with {@code kill -9} at random moments (fixed
 * seed) leaves no partial dataset at the target, only a hidden temporary sibling whose lock died with it; the
 * source is untouched; the next import into the same directory removes every such leftover.
 */
class ImportKillTest {

    private static final int KILLS = 4;

    private static ServiceTracker<SegyImportService, SegyImportService> tracker;

    @BeforeAll
    static void findTheService() throws Exception {
        tracker = RegisteredImporter.track();
    }

    @AfterAll
    static void closeTracker() {
        if (tracker != null) {
            tracker.close();
        }
    }

    @Test
    void aKilledImportLeavesNoPartialDatasetAndTheNextImportRemovesItsLeftovers(@TempDir Path dir) throws Exception {
        // 4 000 traces of 600 samples: 10 MB, a second or a few of import.
        SurveyGeometry geometry = new SurveyGeometry(20, 200, 600, 2000, 25.0, 12.5, 3);
        Path sources = Files.createDirectory(dir.resolve("sources"));
        Path source = SegyImporterTest.survey(sources, "line.sgy", geometry, SampleFormat.IEEE_FLOAT32,
                ByteOrder.BIG_ENDIAN);
        String checksum = sha256(source);
        Path parent = Files.createDirectory(dir.resolve("datasets"));
        Path target = parent.resolve("line");
        Path log = dir.resolve("child.log");

        // One import to the end tells how long the import itself takes here, after the JVM has started.
        long duration = runToTheEnd(source, target, log);
        DatasetFilesCheck.assertComplete(target, geometry.traces());
        Files.walk(target).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());

        Random random = new Random(4);
        int leftovers = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = ChildJvm.startImport("256m", log, source.toString(), target.toString());
            waitForLine(child, log, "importing");
            long delay = (long) (random.nextDouble() * duration * 1.1);
            Thread.sleep(delay);
            child.destroyForcibly();
            assertTrue(child.waitFor(1, TimeUnit.MINUTES));
            // Nothing partial is visible: the target is absent, or a complete dataset when the kill came late.
            if (Files.exists(target)) {
                DatasetFilesCheck.assertComplete(target, geometry.traces());
                Files.walk(target).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            leftovers = temporarySiblings(parent).size();
            assertEquals(checksum, sha256(source), "the source is untouched after a kill at " + delay + " ms");
        }
        System.out.printf("kill test: import %d ms, %d leftover(s) after %d kills%n", duration, leftovers, KILLS);

        tracker.getService().importFile(source, target, ImportOptions.defaults(), new NullProgressMonitor());
        assertEquals(List.of(), temporarySiblings(parent), "the next import removes the leftovers");
        DatasetFilesCheck.assertComplete(target, geometry.traces());
        DatasetFiles.assertHoldsExactly(parent, "line");
        assertEquals(checksum, sha256(source));
    }

    private static long runToTheEnd(Path source, Path target, Path log) throws Exception {
        Process child = ChildJvm.startImport("256m", log, source.toString(), target.toString());
        long started = waitForLine(child, log, "importing");
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the import ends");
        long duration = (System.nanoTime() - started) / 1_000_000;
        assertEquals(0, child.exitValue(), ChildJvm.output(log));
        return duration;
    }

    /** @return System.nanoTime() when the line appeared */
    private static long waitForLine(Process child, Path log, String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!ChildJvm.output(log).contains(line)) {
            assertTrue(child.isAlive() || ChildJvm.output(log).contains(line), "the child ended early:\n"
                    + ChildJvm.output(log));
            assertTrue(System.nanoTime() < deadline, "the child did not start within 2 minutes");
            Thread.sleep(5);
        }
        return System.nanoTime();
    }

    private static List<Path> temporarySiblings(Path parent) throws IOException {
        List<Path> found = new ArrayList<>();
        try (var entries = Files.list(parent)) {
            for (Path p : entries.toList()) {
                if (p.getFileName().toString().startsWith(".")) {
                    assertTrue(DatasetLayout.isTemporarySibling(p), "only hidden temporary siblings: " + p);
                    found.add(p);
                }
            }
        }
        return found;
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** What a complete dataset of the survey holds. */
    private static final class DatasetFilesCheck {
        static void assertComplete(Path target, long traces) throws IOException {
            assertTrue(DatasetLayout.isDataset(target), target + " is a dataset");
            DatasetFiles dataset = new DatasetFiles(target);
            assertEquals(traces, dataset.metadata().get("trace_count").asLong());
            assertEquals(traces, dataset.headers().size());
            DatasetFiles.assertHoldsExactly(target, "metadata.json", "samples.zarr", "headers.parquet", "ensembles",
                    "file_headers.bin");
        }
    }
}
