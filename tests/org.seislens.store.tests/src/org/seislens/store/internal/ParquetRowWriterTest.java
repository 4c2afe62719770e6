package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.store.internal.importer.ParquetRowWriter;

class ParquetRowWriterTest {

    private static final MessageType SCHEMA = Types.buildMessage().required(PrimitiveTypeName.INT64).named("row")
            .required(PrimitiveTypeName.INT64).named("shot").named("rows");

    @TempDir
    Path dir;

    /**
     * Rows go through the writer's own ZSTD compressor (not Parquet's Hadoop codec): Parquet's reader reads them
     * back, and every column chunk is ZSTD and smaller than its pages before compression.
     */
    @Test
    void rowsAreWrittenAsZstdPagesThatParquetReads() throws Exception {
        Path file = dir.resolve("rows.parquet");
        int rows = 300_000;
        try (ParquetRowWriter<Long> writer = new ParquetRowWriter<>(file, SCHEMA, (c, row) -> {
            c.startField("row", 0);
            c.addLong(row);
            c.endField("row", 0);
            c.startField("shot", 1);
            c.addLong(row / 500);
            c.endField("shot", 1);
        })) {
            for (long r = 0; r < rows; r++) {
                writer.write(r);
            }
        }

        List<Group> read = ParquetFiles.rows(file);
        assertEquals(rows, read.size());
        for (int r = 0; r < rows; r += 997) {
            assertEquals(r, read.get(r).getLong("row", 0));
            assertEquals(r / 500, read.get(r).getLong("shot", 0));
        }
        assertEquals(rows - 1, read.get(rows - 1).getLong("row", 0));
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            for (BlockMetaData group : reader.getRowGroups()) {
                for (ColumnChunkMetaData chunk : group.getColumns()) {
                    assertEquals(CompressionCodecName.ZSTD, chunk.getCodec(), chunk.getPath().toString());
                    assertTrue(chunk.getTotalSize() < chunk.getTotalUncompressedSize(),
                            chunk.getPath() + ": " + chunk.getTotalSize() + " of " + chunk.getTotalUncompressedSize());
                }
            }
        }
    }
}
