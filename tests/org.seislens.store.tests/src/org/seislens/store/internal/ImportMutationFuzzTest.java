package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.DatasetException;
import org.seislens.core.ImportOptions;
import org.seislens.core.ImportSummary;
import org.seislens.core.SegyImportService;
import org.seislens.core.SourceKind;
import org.seislens.store.internal.layout.DatasetDraft;
import org.seislens.store.internal.layout.DatasetLayout;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The mutation fuzzer of issue 10: readable files of the shared corpus with bytes of their headers and
 * lengths changed (fixed seeds, 150 mutants). Every mutant must import right (the dataset holds what the SEG-Y
 * reader decodes from the mutant) or be refused with a {@link DatasetException} naming the file: never another
 * exception, never a hang, never anything left beside the mutant but a complete dataset.
 */
class ImportMutationFuzzTest {

    private static final int MUTANTS_PER_SEED = 50;
    private static final long MAX_SOURCE_BYTES = 2L << 20;
    /** Binary header words whose damage changes the layout: sample count, format, revision, lengths. */
    private static final int[] BINARY_WORDS = { 3216, 3220, 3224, 3254, 3268, 3296, 3500, 3502, 3504, 3506 };

    private static ServiceTracker<SegyImportService, SegyImportService> tracker;
    private static SegyImportService importer;
    private static ExecutorService thread;

    @BeforeAll
    static void findTheService() throws Exception {
        tracker = RegisteredImporter.track();
        importer = tracker.getService();
        thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzzed import");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void closeTracker() {
        if (thread != null) {
            thread.shutdownNow();
        }
        if (tracker != null) {
            tracker.close();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 10, 11, 12 })
    void everyMutantImportsRightOrIsRefusedNamingTheFile(long seed, @TempDir Path dir) throws Exception {
        Path root = Corpus.require();
        List<Path> sources = new ArrayList<>();
        List<SourceKind> kinds = new ArrayList<>();
        for (JsonNode entry : Corpus.entries()) {
            Path file = root.resolve(entry.get("path").asText());
            if (entry.get("expect").asText().equals("read") && Files.isRegularFile(file)
                    && Files.size(file) <= MAX_SOURCE_BYTES) {
                sources.add(file);
                kinds.add(OracleChecks.kind(entry) == org.seislens.segy.FileKind.SU ? SourceKind.SU : SourceKind.SEGY);
            }
        }
        assertTrue(sources.size() >= 10, "readable corpus files: " + sources.size());
        Random random = new Random(seed);
        int imported = 0;
        int refused = 0;
        for (int m = 0; m < MUTANTS_PER_SEED; m++) {
            int pick = random.nextInt(sources.size());
            Path mutant = dir.resolve("mutant-" + seed + "-" + m + (kinds.get(pick) == SourceKind.SU ? ".su" : ".sgy"));
            String mutation = mutate(sources.get(pick), mutant, kinds.get(pick), random);
            Path target = dir.resolve("ds");
            Object outcome = importWithin(mutant, target, new ImportOptions(null, null, ImportOptions.DEFAULT_KEYS,
                    false, kinds.get(pick)), mutation);
            if (outcome instanceof DatasetException e) {
                refused++;
                assertTrue(e.getMessage().contains(mutant.getFileName().toString()),
                        mutation + ": the refusal names the file: " + e.getMessage());
                DatasetFiles.assertHoldsExactly(dir, mutant.getFileName().toString());
            } else {
                imported++;
                ImportSummary summary = (ImportSummary) outcome;
                assertTrue(DatasetLayout.isDataset(target), mutation);
                DatasetFiles dataset = new DatasetFiles(target);
                assertEquals(summary.traces(), dataset.metadata().get("trace_count").asLong(), mutation);
                assertArrayEquals(SegyImporterTest.decodedBySegyReader(mutant, kinds.get(pick)), dataset.allFloats(),
                        mutation + ": the dataset holds what the reader decodes");
                DatasetFiles.assertHoldsExactly(dir, mutant.getFileName().toString(), "ds");
                DatasetDraft.deleteTree(target);
            }
            Files.delete(mutant);
        }
        System.out.printf("fuzz seed %d: %d mutants imported, %d refused%n", seed, imported, refused);
        assertEquals(MUTANTS_PER_SEED, imported + refused);
    }

    private static Object importWithin(Path mutant, Path target, ImportOptions options, String mutation)
            throws InterruptedException {
        Future<ImportSummary> future = thread
                .submit(() -> importer.importFile(mutant, target, options, new NullProgressMonitor()));
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return fail(mutation + ": the import did not end within 60 s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DatasetException refused) {
                return refused;
            }
            throw new AssertionError(mutation + ": failed with " + e.getCause() + " instead of a DatasetException",
                    e.getCause());
        }
    }

    /** Copies {@code source} to {@code mutant} with one to three header or length mutations; returns them. */
    private static String mutate(Path source, Path mutant, SourceKind kind, Random random) throws Exception {
        byte[] bytes = Files.readAllBytes(source);
        StringBuilder what = new StringBuilder(source.getFileName() + " ->");
        int dataStart = kind == SourceKind.SU ? 0 : 3600;
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            int choice = random.nextInt(kind == SourceKind.SU ? 3 : 5);
            switch (choice) {
                case 0 -> { // a trace header byte of a random trace near the start
                    int at = dataStart + random.nextInt(4 * 240);
                    if (at < bytes.length) {
                        bytes[at] = (byte) random.nextInt(256);
                        what.append(" byte ").append(at + 1);
                    }
                }
                case 1 -> { // the trace header sample count (bytes 115-116) of the first trace, extreme values
                    int at = dataStart + 114;
                    if (at + 1 < bytes.length) {
                        int value = new int[] { 0, 1, 0xFFFF, 0x7FFF, random.nextInt(0x10000) }[random.nextInt(5)];
                        bytes[at] = (byte) (value >> 8);
                        bytes[at + 1] = (byte) value;
                        what.append(" trace samples ").append(value);
                    }
                }
                case 2 -> { // the length: truncated or extended
                    int length = random.nextBoolean() ? random.nextInt(bytes.length + 1)
                            : bytes.length + 1 + random.nextInt(4096);
                    bytes = java.util.Arrays.copyOf(bytes, length);
                    what.append(" length ").append(length);
                }
                case 3 -> { // a layout word of the binary header, extreme values in either byte order
                    int word = BINARY_WORDS[random.nextInt(BINARY_WORDS.length)];
                    int value = new int[] { 0, -1, 1, 0x7FFF, 0x10000, 0x7FFFFFFF, random.nextInt() }[random.nextInt(7)];
                    if (word + 4 <= bytes.length) {
                        ByteBuffer.wrap(bytes)
                                .order(random.nextBoolean() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
                                .putInt(word, value);
                        what.append(" binary ").append(word + 1).append('=').append(value);
                    }
                }
                default -> { // any byte of the binary header
                    int at = 3200 + random.nextInt(400);
                    if (at < bytes.length) {
                        bytes[at] = (byte) random.nextInt(256);
                        what.append(" binary byte ").append(at + 1);
                    }
                }
            }
        }
        try (FileChannel out = FileChannel.open(mutant, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
        }
        return what.toString();
    }
}
