package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.DatasetException;
import org.seislens.core.ImportOptions;
import org.seislens.core.SegyImportService;
import org.seislens.segy.BinaryHeader;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyWriter;
import org.seislens.segy.TextEncoding;
import org.seislens.segy.TextualHeader;
import org.seislens.segy.TraceHeaderField;
import org.seislens.segy.WriterSettings;

/**
 * A full disk (issue 10, findings 2 and 7): imports onto an 8 MB tmpfs, with more or less of it taken by a
 * filler file so that the space runs out in the samples, the header table (also while it is closed), the
 * ensemble indexes or metadata.json. Each must end in a {@link DatasetException} naming the target and leave
 * nothing behind. Needs root to mount the tmpfs; skipped with a message otherwise.
 */
class ImportDiskFullTest {

    private static ServiceTracker<SegyImportService, SegyImportService> tracker;
    private static Path source;
    private static long datasetBytes;

    @TempDir
    static Path sources;

    private Path mount;

    @BeforeAll
    static void findTheServiceAndWriteTheSource() throws Exception {
        tracker = RegisteredImporter.track();
        // 6 000 traces of 250 random samples: 7.4 MB of SEG-Y that lz4 cannot shrink, headers with random
        // words that zstd cannot either, and cdp values scattered so the index lists every trace.
        source = sources.resolve("noise.sgy");
        Random random = new Random(7);
        int samples = 250;
        float[] values = new float[samples];
        ByteBuffer header = ByteBuffer.allocate(240).order(ByteOrder.BIG_ENDIAN);
        try (SegyWriter writer = SegyWriter.create(source,
                WriterSettings.segy(SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, samples))) {
            writer.writeTextualHeader(TextualHeader.encode("C 1 NOISE", TextEncoding.EBCDIC));
            writer.writeBinaryHeader(BinaryHeader.standard(ByteOrder.BIG_ENDIAN, SampleFormat.IEEE_FLOAT32, samples,
                    2000));
            for (int t = 0; t < 6_000; t++) {
                TraceHeaderField.FIELD_RECORD.set(header, 0, 1 + t / 60);
                TraceHeaderField.CDP.set(header, 0, random.nextInt(500));
                TraceHeaderField.SOURCE_X.set(header, 0, random.nextInt());
                TraceHeaderField.GROUP_X.set(header, 0, random.nextInt());
                TraceHeaderField.UNASSIGNED_1.set(header, 0, random.nextInt());
                TraceHeaderField.SAMPLE_COUNT.set(header, 0, samples);
                for (int s = 0; s < samples; s++) {
                    values[s] = random.nextFloat() - 0.5f;
                }
                writer.writeTrace(header, values, 0);
            }
        }
        Path reference = sources.resolve("reference");
        tracker.getService().importFile(source, reference, ImportOptions.defaults(), new NullProgressMonitor());
        try (var files = Files.walk(reference)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                datasetBytes += (Files.size(file) + 4095) / 4096 * 4096;
            }
        }
        assertTrue(datasetBytes < 7L << 20, "the dataset fits the tmpfs: " + datasetBytes);
    }

    @AfterAll
    static void closeTracker() {
        if (tracker != null) {
            tracker.close();
        }
    }

    @BeforeEach
    void mountASmallTmpfs(@TempDir Path dir) throws Exception {
        Path point = Files.createDirectory(dir.resolve("small"));
        String failure = run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", point.toString());
        if (failure != null) {
            Assumptions.abort("cannot mount a tmpfs (" + failure.strip() + "); disk-full tests skipped");
        }
        mount = point;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            // A file the import left open keeps the file system busy: that is a failure too, after which the
            // mount is detached anyway so no test leaves one behind.
            String failure = run("umount", mount.toString());
            if (failure != null) {
                run("umount", "-l", mount.toString());
            }
            assertEquals(null, failure, "unmounting " + mount + " (a file left open?)");
        }
    }

    /** Free space left for the import, in thousandths of what the dataset needs. */
    @ParameterizedTest(name = "{0}/1000 of the space needed")
    @ValueSource(ints = { 0, 10, 200, 500, 800, 900, 950, 980, 995 })
    void aFullDiskIsADatasetExceptionAndLeavesNothing(int perMille) throws Exception {
        long fill = Files.getFileStore(mount).getUsableSpace() - datasetBytes * perMille / 1000;
        Path filler = mount.resolve("filler");
        if (fill > 0) {
            Files.write(filler, new byte[(int) fill]);
        }
        Path target = mount.resolve("ds");
        DatasetException e = assertThrows(DatasetException.class, () -> tracker.getService().importFile(source, target,
                ImportOptions.defaults(), new NullProgressMonitor()));
        System.out.printf("disk full at %d/1000: %s%n", perMille, e.getMessage());
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("No space left on device") || e.getMessage().contains("space"),
                "the message says why: " + e.getMessage());
        try (var entries = Files.list(mount)) {
            assertEquals(fill > 0 ? List.of(filler) : List.of(), entries.toList(), "nothing is left behind");
        }
    }

    /** @return null when the command succeeded, else its output */
    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return String.join(" ", command) + " did not end";
        }
        String output = new String(process.getInputStream().readAllBytes());
        return process.exitValue() == 0 ? null : String.join(" ", command) + ": " + output;
    }
}
