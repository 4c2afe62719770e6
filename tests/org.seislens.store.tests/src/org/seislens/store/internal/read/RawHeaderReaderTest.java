package org.seislens.store.internal.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;

import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.format.Util;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seislens.core.DatasetException;
import org.seislens.store.internal.importer.ParquetColumnsWriter;
import org.seislens.store.internal.importer.ParquetRowWriter;

/**
 * The raw trace header column read back as written: straight from the pages for the column the importer writes
 * (plain fixed-length values, or delta-encoded as earlier imports wrote them; several pages and row groups;
 * forward, backward and jumping reads), through the general Parquet reader for a column written otherwise.
 */
class RawHeaderReaderTest {

    private static final int H = RawHeaderReader.HEADER_BYTES;
    private static final int ROWS = 20_000;

    @TempDir
    Path dir;

    @Test
    void fixedLengthColumnOverPagesAndRowGroupsReadsAsWritten() throws Exception {
        Path file = dir.resolve("headers.parquet");
        MessageType schema = MessageTypeParser
                .parseMessageType("message headers { required int32 other; required fixed_len_byte_array(240) raw; }");
        // row groups of ~1 MB, each about one page: several of both
        try (ParquetColumnsWriter writer = new ParquetColumnsWriter(file, schema, Set.of(), 1 << 20)) {
            for (int first = 0; first < ROWS; first += 1000) {
                ColumnWriter[] columns = writer.columns();
                for (int i = first; i < first + 1000; i++) {
                    columns[0].write(i, 0, 0);
                    columns[1].write(Binary.fromConstantByteArray(header(i)), 0, 0);
                }
                writer.endRows(1000);
            }
        }
        assertTrue(footer(file).contains("encodings:[PLAIN]"), () -> footer(file)); //$NON-NLS-1$
        assertReadsAsWritten(file, true);
    }

    @ParameterizedTest
    @ValueSource(strings = { "fixed_len_byte_array(240)", "binary" })
    void deltaEncodedColumnOfEarlierImportsReadsAsWritten(String type) throws Exception {
        Path file = dir.resolve("headers.parquet");
        // record by record through parquet-hadoop's writer, as imports did before the raw column was plain
        MessageType schema = MessageTypeParser.parseMessageType("message headers { required " + type + " raw; }");
        try (ParquetRowWriter<Integer> writer = new ParquetRowWriter<>(file, schema, (consumer, row) -> {
            consumer.startField("raw", 0); //$NON-NLS-1$
            consumer.addBinary(Binary.fromConstantByteArray(header(row.intValue())));
            consumer.endField("raw", 0); //$NON-NLS-1$
        })) {
            for (int i = 0; i < ROWS; i++) {
                writer.write(Integer.valueOf(i));
            }
        }
        assertTrue(footer(file).contains("encodings:[DELTA_BYTE_ARRAY]"), () -> footer(file)); //$NON-NLS-1$
        assertReadsAsWritten(file, true);
    }

    @Test
    void optionalColumnIsReadByTheGeneralReader() throws Exception {
        Path file = dir.resolve("headers.parquet");
        MessageType schema = MessageTypeParser.parseMessageType("message headers { optional binary raw; }");
        try (ParquetRowWriter<Integer> writer = new ParquetRowWriter<>(file, schema, (consumer, row) -> {
            consumer.startField("raw", 0); //$NON-NLS-1$
            consumer.addBinary(Binary.fromConstantByteArray(header(row.intValue())));
            consumer.endField("raw", 0); //$NON-NLS-1$
        })) {
            for (int i = 0; i < ROWS; i++) {
                writer.write(Integer.valueOf(i));
            }
        }
        assertReadsAsWritten(file, false);
    }

    @Test
    void aRowCountOtherThanTheDatasetsIsRefusedNamingTheFile() throws Exception {
        Path file = tenRawHeaders();
        try (RawHeaderReader reader = new RawHeaderReader(file, 11, ByteOrder.BIG_ENDIAN)) {
            DatasetException e = assertThrows(DatasetException.class,
                    () -> reader.read(0, 1, new NullProgressMonitor()));
            assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("10 rows for 11 traces"), e.getMessage()); //$NON-NLS-1$
        }
    }

    @Test
    void warmUpReadsTheFirstHeaderFromPagesAndNeverFails() throws Exception {
        Path file = tenRawHeaders();
        assertTrue(RawHeaderReader.warmUp(file));
        // a file the page reader leaves to the general one, a missing file, a damaged one: nothing read, no failure
        Path optional = dir.resolve("optional.parquet");
        try (ParquetRowWriter<Integer> writer = new ParquetRowWriter<>(optional,
                MessageTypeParser.parseMessageType("message headers { optional binary raw; }"), (consumer, row) -> {
                    consumer.startField("raw", 0); //$NON-NLS-1$
                    consumer.addBinary(Binary.fromConstantByteArray(header(row.intValue())));
                    consumer.endField("raw", 0); //$NON-NLS-1$
                })) {
            writer.write(Integer.valueOf(0));
        }
        assertFalse(RawHeaderReader.warmUp(optional));
        assertFalse(RawHeaderReader.warmUp(dir.resolve("missing.parquet")));
        Path damaged = dir.resolve("damaged.parquet");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertFalse(RawHeaderReader.warmUp(damaged));
        // the file itself is still read whole afterwards
        try (RawHeaderReader reader = new RawHeaderReader(file, 10, ByteOrder.BIG_ENDIAN)) {
            assertHeaders(0, 10, reader.read(0, 10, new NullProgressMonitor()));
        }
    }

    private static void assertReadsAsWritten(Path file, boolean fromPages) throws IOException, DatasetException {
        assertTrue(Files.size(file) > 0);
        try (RawHeaderReader reader = new RawHeaderReader(file, ROWS, ByteOrder.BIG_ENDIAN)) {
            NullProgressMonitor monitor = new NullProgressMonitor();
            // forward in export-sized blocks, across page and row group borders
            for (int first = 0; first < ROWS; first += 128) {
                int n = Math.min(128, ROWS - first);
                assertHeaders(first, n, reader.read(first, n, monitor));
            }
            assertEquals(fromPages, reader.readsPages(), () -> footer(file));
            // backward, one long read over everything, and random jumps
            assertHeaders(5, 3, reader.read(5, 3, monitor));
            assertHeaders(0, ROWS, reader.read(0, ROWS, monitor));
            Random random = new Random(14);
            for (int i = 0; i < 200; i++) {
                int first = random.nextInt(ROWS);
                int n = 1 + random.nextInt(Math.min(600, ROWS - first));
                assertHeaders(first, n, reader.read(first, n, monitor));
            }
            assertEquals(fromPages, reader.readsPages());
            assertEquals(0, reader.read(ROWS, 0, monitor).remaining());
        }
    }

    /** @return the file's footer, in words */
    private static String footer(Path file) {
        try {
            byte[] all = Files.readAllBytes(file);
            int length = ByteBuffer.wrap(all, all.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            return Util.readFileMetaData(new ByteArrayInputStream(all, all.length - 8 - length, length)).toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void assertHeaders(int first, int n, ByteBuffer read) {
        assertEquals(n * H, read.remaining());
        for (int t = 0; t < n; t++) {
            byte[] got = new byte[H];
            read.get(t * H, got);
            assertArrayEquals(header(first + t), got, "trace " + (first + t)); //$NON-NLS-1$
        }
    }

    /** @return a header whose bytes depend on the trace and the byte's place, not compressible to nothing */
    private static byte[] header(int trace) {
        byte[] h = new byte[H];
        long x = trace * 0x9E3779B97F4A7C15L + 1;
        for (int i = 0; i < H; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            h[i] = (byte) (i < 8 ? trace >>> (8 * (i % 4)) : x);
        }
        return h;
    }

    /** @return headers.parquet of ten raw headers, as the importer writes them */
    private Path tenRawHeaders() throws Exception {
        Path file = dir.resolve("headers.parquet");
        MessageType schema = MessageTypeParser
                .parseMessageType("message headers { required fixed_len_byte_array(240) raw; }");
        try (ParquetColumnsWriter writer = new ParquetColumnsWriter(file, schema, Set.of(), 1 << 20)) {
            for (int i = 0; i < 10; i++) {
                writer.columns()[0].write(Binary.fromConstantByteArray(header(i)), 0, 0);
            }
            writer.endRows(10);
        }
        return file;
    }
}
