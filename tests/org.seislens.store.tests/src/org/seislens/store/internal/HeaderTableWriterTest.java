package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.segy.TraceHeaderColumns;
import org.seislens.segy.TraceHeaderField;
import org.seislens.store.internal.importer.HeaderTableWriter;

class HeaderTableWriterTest {

    @TempDir
    Path dir;

    @Test
    void everyTraceBecomesOneRowWithRawBytes() throws Exception {
        Path file = dir.resolve("headers.parquet");
        int traces = 5000;
        ByteBuffer block = ByteBuffer.allocate(240 * 10).order(ByteOrder.BIG_ENDIAN);
        TraceHeaderColumns columns = new TraceHeaderColumns(10);
        try (HeaderTableWriter writer = new HeaderTableWriter(file)) {
            for (int t0 = 0; t0 < traces; t0 += 10) {
                columns.clear(t0);
                for (int t = t0; t < t0 + 10; t++) {
                    int offset = (t - t0) * 240;
                    for (int i = 0; i < 240; i++) {
                        block.put(offset + i, (byte) 0);
                    }
                    TraceHeaderField.FIELD_RECORD.set(block, offset, 1000 + t / 100);
                    TraceHeaderField.CDP.set(block, offset, -t);
                    TraceHeaderField.OFFSET.set(block, offset, (t % 100) * 25 - 1250);
                    TraceHeaderField.SAMPLE_COUNT.set(block, offset, 1500);
                    columns.append(block, offset);
                }
                columns.decode();
                for (int i = 0; i < 10; i++) {
                    writer.write(columns, i);
                }
            }
        }

        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            assertEquals(HeaderTableWriter.schema(), schema);
            assertEquals(traces, reader.getRecordCount());
            int seen = 0;
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                MessageColumnIO io = new ColumnIOFactory().getColumnIO(schema);
                RecordReader<Group> records = io.getRecordReader(pages, new GroupRecordConverter(schema));
                for (long r = 0; r < pages.getRowCount(); r++) {
                    Group g = records.read();
                    int t = seen++;
                    assertEquals(t, g.getLong("trace_index", 0));
                    assertEquals(1000 + t / 100, g.getInteger("field_record", 0));
                    assertEquals(-t, g.getInteger("cdp", 0));
                    assertEquals((t % 100) * 25 - 1250, g.getInteger("offset", 0));
                    assertEquals(1500, g.getInteger("sample_count", 0));
                    byte[] raw = g.getBinary("raw", 0).getBytes();
                    ByteBuffer expected = ByteBuffer.allocate(240).order(ByteOrder.BIG_ENDIAN);
                    TraceHeaderField.FIELD_RECORD.set(expected, 0, 1000 + t / 100);
                    TraceHeaderField.CDP.set(expected, 0, -t);
                    TraceHeaderField.OFFSET.set(expected, 0, (t % 100) * 25 - 1250);
                    TraceHeaderField.SAMPLE_COUNT.set(expected, 0, 1500);
                    assertArrayEquals(expected.array(), raw);
                }
            }
            assertEquals(traces, seen);
        }
    }
}
