package org.seislens.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetService;
import org.seislens.core.WindowBounds;

/**
 * {@code window}: the .npy holds exactly the dataset's window, whether it is read at once, in blocks of
 * traces or in pieces of a trace; a file that cannot be written is refused with its cause and nothing
 * half-written stays.
 */
class WindowCommandTest {

    @TempDir
    static Path dir;
    private static Path dataset;
    private static final Cli cli = new Cli();

    @BeforeAll
    static void importSmall() {
        dataset = dir.resolve("small.seislens");
        assertEquals(0, cli.run("import", Cli.corpus("segyio/small.sgy").toString(), dataset.toString()), cli.err());
    }

    @AfterAll
    static void close() {
        cli.close();
    }

    private static float[] npyValues(Path npy, String shape) throws Exception {
        byte[] bytes = Files.readAllBytes(npy);
        assertEquals((byte) 0x93, bytes[0]);
        int headerLength = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        assertTrue(header.contains("'shape': (" + shape + ")"), header);
        assertEquals(0, (10 + headerLength) % 64, "data aligned to 64 bytes");
        ByteBuffer data = ByteBuffer.wrap(bytes, 10 + headerLength, bytes.length - 10 - headerLength)
                .order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[data.remaining() / 4];
        data.asFloatBuffer().get(values);
        return values;
    }

    private static float[] expected(WindowBounds bounds) throws Exception {
        try (Dataset d = cli.service(DatasetService.class).open(dataset, new NullProgressMonitor())) {
            return d.window(bounds, new NullProgressMonitor()).samples().clone();
        }
    }

    private static List<Path> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void writesTheWindowAsFloat32() throws Exception {
        Path npy = dir.resolve("w.npy");
        assertEquals(0, cli.run("window", dataset.toString(), "3", "20", "5", "45", "--npy", npy.toString()),
                cli.err());
        assertArrayEquals(expected(new WindowBounds(3, 20, 5, 45)), npyValues(npy, "17, 40"));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aChainWritesTheLazilyProcessedWindow() throws Exception {
        Path chain = Files.writeString(dir.resolve("polarity.json"),
                "{\"steps\":[{\"op\":\"polarity\"},{\"op\":\"scale\",\"factor\":2}]}");
        Path npy = dir.resolve("processed.npy");
        assertEquals(0, cli.run("window", dataset.toString(), "3", "20", "5", "45", "--npy", npy.toString(),
                "--chain", chain.toString()), cli.err());
        float[] raw = expected(new WindowBounds(3, 20, 5, 45));
        float[] processed = npyValues(npy, "17, 40");
        assertEquals(raw.length, processed.length);
        for (int i = 0; i < raw.length; i++) {
            assertEquals(-2.0 * raw[i], processed[i], 1e-6 * Math.abs(raw[i]), "sample " + i);
        }

        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"steps\":[{\"op\":\"nosuch\"}]}");
        Path never = dir.resolve("never.npy");
        assertEquals(2, cli.run("window", dataset.toString(), "0", "5", "0", "5", "--npy", never.toString(),
                "--chain", bad.toString()));
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
        assertTrue(cli.err().contains(bad.toString()), cli.err());
        assertFalse(Files.exists(never));
    }

    @Test
    void blocksOfTracesAndPiecesOfATraceWriteTheSameFile() throws Exception {
        WindowBounds bounds = new WindowBounds(0, 25, 0, 50);
        float[] whole = expected(bounds);
        // 3 traces per block (600 bytes), then 7 samples per piece of one trace (28 bytes).
        for (long blockBytes : new long[] { 3 * 50 * 4, 7 * 4, 1L << 30 }) {
            Path npy = dir.resolve("blocks-" + blockBytes + ".npy");
            try (Dataset d = cli.service(DatasetService.class).open(dataset, new NullProgressMonitor());
                    NpyWriter writer = new NpyWriter(npy, 25, 50)) {
                WindowCommand.copy(d, bounds, writer, blockBytes, new NullProgressMonitor());
                writer.publish();
            }
            assertArrayEquals(whole, npyValues(npy, "25, 50"), "blocks of " + blockBytes + " bytes");
        }
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aMissingDirectoryIsNamedAsTheCause() throws Exception {
        Path npy = dir.resolve("nodir").resolve("w.npy");
        assertEquals(2, cli.run("window", dataset.toString(), "0", "5", "0", "5", "--npy", npy.toString()));
        String line = cli.err().strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.contains(npy.toString()) && line.contains(dir.resolve("nodir") + " does not exist"), line);
    }

    @Test
    void aWindowOutsideTheDatasetLeavesNoFile() throws Exception {
        Path npy = dir.resolve("outside.npy");
        assertEquals(2, cli.run("window", dataset.toString(), "0", "26", "0", "5", "--npy", npy.toString()));
        assertTrue(cli.err().contains("outside the dataset"), cli.err());
        assertFalse(Files.exists(npy));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void anUnfinishedWriterLeavesNothing() throws Exception {
        Path npy = dir.resolve("unfinished.npy");
        try (NpyWriter writer = new NpyWriter(npy, 2, 2)) {
            writer.write(new float[] { 1, 2 }, 0, 2);
        }
        assertFalse(Files.exists(npy));
        assertEquals(List.of(), leftovers());
    }
}
