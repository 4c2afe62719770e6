package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.store.internal.importer.ParquetColumnsWriter;

class ParquetColumnsWriterTest {

    private static final MessageType SCHEMA = Types.buildMessage().required(PrimitiveTypeName.INT64).named("index")
            .required(PrimitiveTypeName.INT32).named("word").required(PrimitiveTypeName.INT32).named("noise")
            .required(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY).length(16).named("bytes").named("table");

    @TempDir
    Path dir;

    /** Batches of uneven sizes across several row groups and pages read back, row for row, by Parquet's reader. */
    @Test
    void batchesWrittenColumnByColumnReadBackAsRows() throws Exception {
        Path file = dir.resolve("t.parquet");
        int rows = 100_000;
        Random random = new Random(7);
        int[] noise = new int[rows];
        byte[][] bytes = new byte[rows][16];
        for (int r = 0; r < rows; r++) {
            noise[r] = random.nextInt();
            random.nextBytes(bytes[r]);
        }
        // A small row group threshold: several groups, each of several batches.
        try (ParquetColumnsWriter writer = new ParquetColumnsWriter(file, SCHEMA, Set.of("index"), 256 * 1024)) {
            int r = 0;
            for (int batch = 1; r < rows; batch = batch * 3 % 4099 + 1) {
                int n = Math.min(batch, rows - r);
                ColumnWriter[] columns = writer.columns();
                for (int i = r; i < r + n; i++) {
                    columns[0].write((long) i, 0, 0);
                }
                for (int i = r; i < r + n; i++) {
                    columns[1].write(i / 500, 0, 0);
                }
                for (int i = r; i < r + n; i++) {
                    columns[2].write(noise[i], 0, 0);
                }
                for (int i = r; i < r + n; i++) {
                    columns[3].write(Binary.fromConstantByteArray(bytes[i]), 0, 0);
                }
                writer.endRows(n);
                r += n;
            }
        }

        List<Group> read = ParquetFiles.rows(file);
        assertEquals(rows, read.size());
        for (int r = 0; r < rows; r++) {
            Group g = read.get(r);
            assertEquals(r, g.getLong("index", 0));
            assertEquals(r / 500, g.getInteger("word", 0));
            assertEquals(noise[r], g.getInteger("noise", 0));
            assertArrayEquals(bytes[r], g.getBinary("bytes", 0).getBytes(), "row " + r);
        }
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            assertEquals(SCHEMA, reader.getFooter().getFileMetaData().getSchema());
            List<BlockMetaData> groups = reader.getRowGroups();
            assertTrue(groups.size() > 2, groups.size() + " row groups");
            long first = 0;
            for (BlockMetaData group : groups) {
                List<ColumnChunkMetaData> chunks = group.getColumns();
                // Statistics only where asked for; they agree with the group's rows.
                assertEquals(first, ((Number) chunks.get(0).getStatistics().genericGetMin()).longValue());
                assertEquals(first + group.getRowCount() - 1,
                        ((Number) chunks.get(0).getStatistics().genericGetMax()).longValue());
                assertFalse(chunks.get(2).getStatistics().hasNonNullValue());
                assertTrue(chunks.get(1).getEncodings().contains(Encoding.DELTA_BINARY_PACKED));
                assertTrue(chunks.get(3).getEncodings().contains(Encoding.PLAIN));
                for (ColumnChunkMetaData chunk : chunks) {
                    assertEquals(CompressionCodecName.ZSTD, chunk.getCodec(), chunk.getPath().toString());
                }
                // The counting column's pages are compressed, not only declared so.
                assertTrue(chunks.get(0).getTotalSize() < chunks.get(0).getTotalUncompressedSize(),
                        chunks.get(0).getTotalSize() + " of " + chunks.get(0).getTotalUncompressedSize() + " bytes");
                first += group.getRowCount();
            }
        }
    }

    @Test
    void noRowsMakeAReadableEmptyTable() throws Exception {
        Path file = dir.resolve("empty.parquet");
        try (ParquetColumnsWriter writer = new ParquetColumnsWriter(file, SCHEMA, Set.of(), 1 << 20)) {
            writer.endRows(0);
        }
        assertEquals(0, ParquetFiles.rows(file).size());
        assertEquals(SCHEMA, ParquetFiles.schema(file));
    }
}
